// Discovery: search URLs, result parsing and the classifier filter, on fixtures written here.
import { describe, expect, it } from 'vitest';
import { discover, type FetchPage, type PageKind } from '../../crawler/discovery/discover.ts';
import { parseItunesSearch, parsePlaySearch } from '../../crawler/discovery/parse.ts';
import { SEARCH_TERMS } from '../../crawler/discovery/terms.ts';
import { itunesSearchUrl, playDetailsUrl, playSearchUrl } from '../../crawler/discovery/urls.ts';

const itunesResponse = JSON.stringify({
  resultCount: 3,
  results: [
    {
      kind: 'software',
      trackId: 1000000001,
      trackName: 'Worry Less: CBT for Anxiety',
      artistName: 'Made-up Health Ltd',
      primaryGenreName: 'Health & Fitness',
      description: 'Learn cognitive behavioural therapy skills for anxiety and panic attacks. Track your mood and practise mindfulness.',
      trackViewUrl: 'https://apps.apple.com/gb/app/worry-less/id1000000001',
    },
    {
      kind: 'software',
      trackId: 1000000002,
      trackName: 'Gem Blast Saga',
      artistName: 'Made-up Games',
      primaryGenreName: 'Games',
      description: 'Match gems, beat 500 levels and climb the leaderboard in this puzzle game. A relaxing way to relieve stress!',
    },
    { kind: 'song', trackId: 55, trackName: 'Calm Song' },
    { kind: 'software', trackName: 'No id here' },
    { kind: 'software', trackId: 1000000001, trackName: 'Duplicate', description: '' },
  ],
});

const playSearchPage = `<!doctype html><html><body>
<a href="/store/apps/details?id=com.example.moodcoach">Mood Coach</a>
<a href="/store/apps/details?id=com.example.moodcoach&amp;hl=en">Mood Coach again</a>
<a href="https://play.google.com/store/apps/details?hl=en_GB&amp;id=org.example.tapgame">Tap game</a>
<script>AF_initDataCallback({data:["/store/apps/details?id\\u003dnet.example.breathe", "x"]});</script>
<a href="/store/apps/dev?id=12345">A developer</a>
</body></html>`;

function detailsPage(title: string, description: string, category: string): string {
  return `<html><head><meta property="og:title" content="${title} - Apps on Google Play">
<script type="application/ld+json">${JSON.stringify({ '@type': 'SoftwareApplication', name: title, applicationCategory: category })}</script></head>
<body><div class="x" data-g-id="description">${description}</div></body></html>`;
}

const pages: Record<string, string> = {
  'com.example.moodcoach': detailsPage(
    'Mood Coach: Depression Help',
    'Daily exercises for low mood and depression, based on CBT.<br>Check in with your feelings and see your progress.',
    'HEALTH_AND_FITNESS',
  ),
  'org.example.tapgame': detailsPage('Tap Tap Heroes', 'Tap to fight monsters, collect loot and win boss fights in this arcade game.', 'GAME_ARCADE'),
  'net.example.breathe': detailsPage('Breathe Easy', 'Breathing exercises and guided meditation for stress and anxiety relief.', 'HEALTH_AND_FITNESS'),
};

function fakeFetch(log: { url: string; kind: PageKind }[], failing: Set<string> = new Set()): FetchPage {
  return async (url, kind) => {
    log.push({ url, kind });
    const fetchedAt = '2026-01-15T10:00:00.000Z';
    if (failing.has(kind)) return { url, status: 503, body: '', fetchedAt };
    if (kind === 'itunes-search') return { url, status: 200, body: itunesResponse, fetchedAt };
    if (kind === 'play-search') return { url, status: 200, body: playSearchPage, fetchedAt };
    const id = new URL(url).searchParams.get('id') ?? '';
    const body = pages[id];
    return body ? { url, status: 200, body, fetchedAt } : { url, status: 404, body: 'not found', fetchedAt };
  };
}

describe('search URLs', () => {
  it.each([
    ['depression', 'gb', 'en', 'https://play.google.com/store/search?q=depression&c=apps&hl=en&gl=GB'],
    ['eating disorder', 'us', 'en-US', 'https://play.google.com/store/search?q=eating+disorder&c=apps&hl=en-US&gl=US'],
    ['self-harm & urges', 'ie', 'en', 'https://play.google.com/store/search?q=self-harm+%26+urges&c=apps&hl=en&gl=IE'],
  ])('Play search for %s in %s', (term, region, language, expected) => {
    expect(playSearchUrl(term, { region, language })).toBe(expected);
  });

  it.each([
    ['anxiety', 'gb', 'https://itunes.apple.com/search?term=anxiety&entity=software&country=gb&lang=en&limit=50'],
    ['CBT app', 'US', 'https://itunes.apple.com/search?term=CBT+app&entity=software&country=us&lang=en&limit=50'],
  ])('iTunes search for %s in %s', (term, region, expected) => {
    expect(itunesSearchUrl(term, { region })).toBe(expected);
  });

  it('builds a details URL and refuses a malformed region', () => {
    expect(playDetailsUrl('com.example.app', { region: 'de', language: 'de' })).toBe(
      'https://play.google.com/store/apps/details?id=com.example.app&hl=de&gl=DE',
    );
    expect(() => playSearchUrl('ocd', { region: 'united kingdom' })).toThrow(/two-letter/);
  });

  it('has search terms for the conditions the issue names, without repeats', () => {
    for (const term of ['depression', 'anxiety', 'CBT', 'self-harm', 'eating disorder', 'insomnia', 'PTSD']) expect(SEARCH_TERMS).toContain(term);
    expect(new Set(SEARCH_TERMS.map((t) => t.toLowerCase())).size).toBe(SEARCH_TERMS.length);
  });
});

describe('parsing search results', () => {
  it('reads software results from an iTunes search response, once each', () => {
    const apps = parseItunesSearch(itunesResponse);
    expect(apps.map((a) => a.appleId)).toEqual(['1000000001', '1000000002']);
    expect(apps[0]).toMatchObject({ title: 'Worry Less: CBT for Anxiety', category: 'Health & Fitness', developer: 'Made-up Health Ltd' });
  });

  it.each([
    ['not JSON', 'oops', /not JSON/],
    ['no results list', '{"resultCount":0}', /no "results" list/],
  ])('says what is wrong with an iTunes response that is %s', (_, body, message) => {
    expect(() => parseItunesSearch(body)).toThrow(message);
  });

  it('finds package names in Play search pages, including escaped links, in order', () => {
    expect(parsePlaySearch(playSearchPage)).toEqual(['com.example.moodcoach', 'org.example.tapgame', 'net.example.breathe']);
  });

  it('finds nothing in a page without app links', () => {
    expect(parsePlaySearch('<html><a href="/store/apps/dev?id=1">dev</a><a href="/store/books/details?id=abc">book</a></html>')).toEqual([]);
  });
});

describe('discover', () => {
  it('keeps mental-health apps from both stores and rejects the rest', async () => {
    const log: { url: string; kind: PageKind }[] = [];
    const result = await discover(['anxiety', 'depression'], fakeFetch(log), { region: 'gb' });
    const accepted = result.accepted.map((a) => `${a.store}:${a.appId}`).sort();
    expect(accepted).toEqual(['apple:1000000001', 'play:com.example.moodcoach', 'play:net.example.breathe']);
    expect(result.rejected.map((a) => `${a.store}:${a.appId}`).sort()).toEqual(['apple:1000000002', 'play:org.example.tapgame']);
    // Found by both terms, fetched once.
    expect(result.accepted.find((a) => a.appId === 'com.example.moodcoach')?.terms).toEqual(['anxiety', 'depression']);
    expect(log.filter((l) => l.kind === 'play-details')).toHaveLength(3);
    expect(result.problems).toEqual([]);
  });

  it('records failed fetches as problems and carries on', async () => {
    const result = await discover(['ptsd'], fakeFetch([], new Set(['itunes-search'])));
    expect(result.problems).toEqual([expect.objectContaining({ kind: 'itunes-search', reason: 'HTTP 503' })]);
    expect(result.accepted.map((a) => a.appId)).toContain('com.example.moodcoach');
  });

  it('records a thrown fetch error and a search page without links', async () => {
    const fetchPage: FetchPage = async (url, kind) => {
      if (kind === 'itunes-search') throw new Error('connection reset');
      return { url, status: 200, body: '<html>changed layout</html>', fetchedAt: '2026-01-15T10:00:00.000Z' };
    };
    const result = await discover(['ocd'], fetchPage);
    expect(result.problems.map((p) => p.reason)).toEqual(['connection reset', 'no app links found (layout changed?)']);
    expect(result.accepted).toEqual([]);
  });

  it('searches only the stores asked for', async () => {
    const log: { url: string; kind: PageKind }[] = [];
    await discover(['insomnia'], fakeFetch(log), { stores: ['apple'] });
    expect(new Set(log.map((l) => l.kind))).toEqual(new Set(['itunes-search']));
  });
});
