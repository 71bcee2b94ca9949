// Small pieces of the crawl pipeline: failure classification, provenance stamping, progress text.
import { describe, expect, it } from 'vitest';
import type { FetchedPage } from '../../crawler/fetch/fetcher.ts';
import { classifyFailure, kindFromName, stampProvenance } from '../../crawler/jobs/outcome.ts';
import { runKey } from '../../crawler/jobs/crawl.ts';
import { keepLastGood } from '../../crawler/jobs/last-good.ts';
import { normaliseAppId, storeOfId } from '../../crawler/jobs/session.ts';
import { Progress, etaMs, formatDuration, formatProgress, plainStep } from '../../crawler/progress.ts';
import { AppRemovedError, FetchError, LayoutChangedError, NotFoundError, RegionLockedError, UnexpectedStatusError } from '../../crawler/errors.ts';
import { ValidationError } from '../../shared/schema/validate.ts';
import type { Listing } from '../../shared/schema/listing.ts';

describe('classifyFailure', () => {
  it.each<[string, unknown, Record<string, unknown>]>([
    ['a fetch timeout', new FetchError('timeout', 'https://x/a', 'no answer'), { kind: 'timeout', url: 'https://x/a' }],
    ['robots', new FetchError('robots-disallowed', 'https://x/p', 'robots.txt disallows /p'), { kind: 'robots-disallowed' }],
    ['a 404', new NotFoundError('not found (404)', 'https://x', 404), { kind: 'not-found', url: 'https://x' }],
    ['a removed app', new AppRemovedError('gone (410)', 'https://x', 410), { kind: 'app-removed' }],
    ['a region lock', new RegionLockedError('not available', 'https://x', 404), { kind: 'region-locked' }],
    ['a 503 handed back', new UnexpectedStatusError('HTTP 503', 'https://x', 503), { kind: 'server-error' }],
    ['a 429 handed back', new UnexpectedStatusError('HTTP 429', 'https://x', 429), { kind: 'rate-limited' }],
    ['a 400', new UnexpectedStatusError('HTTP 400', 'https://x', 400), { kind: 'unexpected-status' }],
    ['a fetch given up after retries', new FetchError('server-error', 'https://x/a', 'HTTP 503 after 4 attempts', 503, 4), { kind: 'server-error', attempts: 4 }],
    [
      'a changed layout',
      new LayoutChangedError(['title', 'description'], 'https://x', 'Play details page'),
      { kind: 'layout-changed', fields: ['title', 'description'], message: 'extraction failed: title, description (Play details page)' },
    ],
    ['an invalid listing', new ValidationError('invalid listing: title: too small', []), { kind: 'invalid-listing' }],
    ['a bug in a parser', new TypeError("Cannot read properties of undefined (reading '0')"), { kind: 'error' }],
    ['something thrown that is not an Error', 'boom', { kind: 'error', message: 'boom' }],
  ])('%s', (_name, error, expected) => {
    expect(classifyFailure(error)).toMatchObject(expected);
  });

  it('an error with missing fields but no kind is an extraction failure naming them', () => {
    const error = Object.assign(new Error('parse'), { missingFields: ['rating', 'installs'] });
    expect(classifyFailure(error)).toEqual({ kind: 'extraction-failed', message: 'extraction failed: rating, installs', fields: ['rating', 'installs'] });
  });

  it.each([
    ['AppNotFoundError', 'app-not-found'],
    ['TimeoutError', 'timeout'],
    ['Error', ''],
  ])('kindFromName(%s) = %j', (name, kind) => expect(kindFromName(name)).toBe(kind));
});

describe('stampProvenance', () => {
  const page = (url: string, origin: FetchedPage['origin'], capturedAt: string, status = 200): FetchedPage => ({
    url, status, body: '', fetchedAt: '2026-11-27T10:00:00.000Z', kind: 'x', contentType: 'text/html', origin, capturedAt, attempts: 1, rendered: false,
  });
  const listing: Listing = {
    store: 'play',
    appId: 'org.example.moodharbour',
    title: 'Mood Harbour',
    description: 'CBT',
    provenance: {
      details: { origin: 'live', url: 'https://play.google.com/store/apps/details?id=org.example.moodharbour&hl=en&gl=gb', capturedAt: '2026-11-27T10:00:00.000Z' },
      privacyPolicy: { origin: 'live', url: 'https://moodharbour.example/privacy', capturedAt: '2026-11-27T10:00:01.000Z' },
    },
  };

  it('takes each part’s origin and capture time from the page it was read from', () => {
    const stamped = stampProvenance(listing, [
      page('https://play.google.com/store/apps/details?id=org.example.moodharbour&hl=en&gl=gb', 'fixture', '2026-01-15T09:00:00.000Z'),
      page('https://moodharbour.example/privacy', 'recorded', '2025-06-01T00:00:00.000Z'),
    ]);
    expect(stamped.provenance).toEqual({
      details: { origin: 'fixture', url: listing.provenance!.details!.url, capturedAt: '2026-01-15T09:00:00.000Z' },
      privacyPolicy: { origin: 'recorded', url: 'https://moodharbour.example/privacy', capturedAt: '2025-06-01T00:00:00.000Z' },
    });
  });

  it('gives a listing without provenance its details part from the first page that answered', () => {
    const { provenance: _p, ...bare } = listing;
    const stamped = stampProvenance(bare, [page('https://x/404', 'replay', '2026-01-01T00:00:00.000Z', 404), page('https://x/ok', 'replay', '2026-02-01T00:00:00.000Z')]);
    expect(stamped.provenance).toEqual({ details: { origin: 'replay', url: 'https://x/ok', capturedAt: '2026-02-01T00:00:00.000Z' } });
  });
});

describe('targets', () => {
  it.each([
    ['org.example.moodharbour', 'play', 'org.example.moodharbour'],
    ['6400000101', 'apple', '6400000101'],
    ['id6400000101', 'apple', '6400000101'],
  ])('%s is a %s id (%s)', (id, store, appId) => {
    expect(storeOfId(id)).toBe(store);
    expect(normaliseAppId(storeOfId(id), id)).toBe(appId);
  });

  it('a run is the same run only for the same targets, region, language and source', () => {
    const base = { targets: [{ store: 'play' as const, appId: 'a.b' }], region: 'gb', language: 'en', source: 'live' };
    expect(runKey(base)).toBe(runKey({ ...base }));
    expect(runKey(base)).not.toBe(runKey({ ...base, region: 'us' }));
    expect(runKey(base)).not.toBe(runKey({ ...base, source: 'replay http://127.0.0.1:1' }));
    expect(runKey(base)).not.toBe(runKey({ ...base, targets: [...base.targets, { store: 'apple', appId: '1' }] }));
  });
});

describe('progress', () => {
  it.each([
    [0, '0s'],
    [44_600, '45s'],
    [185_000, '3m 05s'],
    [3_720_000, '1h 02m'],
  ])('formatDuration(%i) = %s', (ms, text) => expect(formatDuration(ms)).toBe(text));

  it.each([
    [{ label: 'crawl', done: 12, total: 40, failed: 1, elapsedMs: 5000, unit: 'apps' }, 'crawl 12/40 (30%) · 2.4 apps/s · ETA 12s · 1 failed'],
    [{ label: 'crawl', done: 0, total: 40, failed: 0, elapsedMs: 0, unit: 'apps' }, 'crawl 0/40 (0%)'],
    [{ label: 'reassess', done: 750, total: 750, failed: 0, elapsedMs: 5000, unit: 'listings' }, 'reassess 750/750 (100%) · 150 listings/s'],
  ])('formatProgress %#', (state, text) => expect(formatProgress(state)).toBe(text));

  it('ETA is unknown before anything is done', () => {
    expect(etaMs(0, 10, 1000)).toBeNull();
    expect(etaMs(5, 10, 1000)).toBe(1000);
  });

  it('writes about ten plain lines when not on a terminal, and one rewritten line on a terminal', () => {
    expect(plainStep(3)).toBe(1);
    expect(plainStep(95)).toBe(10);
    let t = 0;
    const plain: string[] = [];
    const p = new Progress('crawl', 25, { write: (s: string) => plain.push(s) }, { unit: 'apps', now: () => (t += 100), interactive: false });
    for (let i = 0; i < 25; i++) p.tick(i === 3);
    p.finish();
    expect(plain.every((l) => l.endsWith('\n') && !l.includes('\r'))).toBe(true);
    expect(plain).toHaveLength(9);
    expect(plain.at(-1)).toMatch(/^crawl 25\/25 \(100%\) · .* · 1 failed · done in \ds\n$/);

    const tty: string[] = [];
    const q = new Progress('crawl', 3, { write: (s: string) => tty.push(s), isTTY: true }, { unit: 'apps', now: () => (t += 200), interactive: true });
    q.tick();
    q.note('  play:x: not-found');
    q.tick();
    q.tick();
    q.finish();
    expect(tty.every((l) => l.startsWith('\r\x1b[K'))).toBe(true);
    expect(tty.filter((l) => l.endsWith('\n'))).toEqual(['\r\x1b[K  play:x: not-found\n', expect.stringMatching(/done in/)]);
  });
});

describe('keepLastGood', () => {
  const JAN = '2026-01-15T00:00:00.000Z';
  const MAR = '2026-03-01T00:00:00.000Z';
  const safety = (detailed: boolean) => ({ noDataShared: true, noDataCollected: false, shared: [], collected: [], encryptedInTransit: true, deletionRequest: true, independentReview: null, detailed });
  const previous: Listing = {
    store: 'play',
    appId: 'org.example.moodharbour',
    title: 'Mood Harbour',
    description: 'CBT for anxiety.',
    privacyPolicyUrl: 'https://moodharbour.example/privacy',
    privacyPolicy: { url: 'https://moodharbour.example/privacy', text: 'We never sell your data.' },
    dataSafety: safety(true),
    reviews: { items: [{ text: 'Helped me.', rating: 5 }] },
    provenance: {
      details: { origin: 'live', url: 'https://play.google.com/store/apps/details?id=org.example.moodharbour', capturedAt: JAN },
      dataSafety: { origin: 'live', url: 'https://play.google.com/store/apps/datasafety?id=org.example.moodharbour', capturedAt: JAN },
      privacyPolicy: { origin: 'live', url: 'https://moodharbour.example/privacy', capturedAt: JAN },
      reviews: { origin: 'live', url: 'https://play.google.com/_/PlayStoreUi/data/batchexecute', capturedAt: JAN },
    },
  };
  // This crawl: the details page read, the other parts not (the data-safety summary stands in).
  const { privacyPolicy: _p, reviews: _r, ...bare } = previous;
  const current: Listing = {
    ...bare,
    dataSafety: safety(false),
    missingFields: ['dataSafety'],
    provenance: { details: { ...previous.provenance!.details!, capturedAt: MAR }, dataSafety: { ...previous.provenance!.details!, capturedAt: MAR } },
  };
  const failed = (part: string, kind: string) => ({ part, kind, message: `${part}: ${kind}`, url: 'https://x.example/' });

  it.each<[string, ReturnType<typeof failed>[], Partial<Record<'dataSafety' | 'privacyPolicy' | 'reviews', boolean>>]>([
    ['a cut data-safety page keeps the detailed section', [failed('dataSafety', 'truncated')], { dataSafety: true }],
    ['a policy server answering 500 keeps the policy', [failed('privacyPolicy', 'server-error')], { privacyPolicy: true }],
    ['a reviews rpc rate-limited keeps the reviews', [failed('reviews', 'rate-limited')], { reviews: true }],
    ['timeouts and resets keep every part they cost', [failed('privacyPolicy', 'timeout'), failed('reviews', 'network'), failed('dataSafety', 'truncated')], { dataSafety: true, privacyPolicy: true, reviews: true }],
    // Must NOT be kept: the store or the site said so.
    ['a policy that is gone (404) is not kept', [failed('privacyPolicy', 'not-found')], {}],
    ['a policy page that is no policy is not kept', [failed('privacyPolicy', 'not-a-policy')], {}],
    ['a data-safety page in a new layout is not kept', [failed('dataSafety', 'layout-changed')], {}],
    ['a failure that cost no part keeps nothing', [failed('itunesLookup', 'server-error')], {}],
  ])('%s', (_name, failures, kept) => {
    const result = keepLastGood(previous, current, failures);
    expect(result.failure).toBeNull();
    const listing = result.listing!;
    expect(listing.dataSafety).toEqual(kept.dataSafety ? previous.dataSafety : current.dataSafety);
    expect(listing.privacyPolicy).toEqual(kept.privacyPolicy ? previous.privacyPolicy : undefined);
    expect(listing.reviews).toEqual(kept.reviews ? previous.reviews : undefined);
    for (const part of ['dataSafety', 'privacyPolicy', 'reviews'] as const) {
      if (kept[part]) expect(listing.provenance![part]).toEqual(previous.provenance![part]);
    }
    expect(listing.missingFields).toEqual(kept.dataSafety ? [] : ['dataSafety']);
    expect(listing.provenance!.details!.capturedAt).toBe(MAR);
    const noted = result.partFailures.filter((f) => /; kept the last good \w+ \(captured 2026-01-15\)$/.test(f.message));
    expect(noted).toHaveLength(Object.keys(kept).length);
  });

  it('the app’s own page failing for a passing reason keeps the archived listing: no new version', () => {
    const result = keepLastGood(previous, current, [failed('details', 'truncated'), failed('reviews', 'timeout')]);
    expect(result.listing).toBeNull();
    expect(result.failure).toMatchObject({ kind: 'truncated', part: 'details', message: 'details: truncated; the archived listing is kept' });
    expect(result.partFailures.map((f) => f.part)).toEqual(['reviews']);
  });

  it('a policy the page now links elsewhere is not kept', () => {
    const moved = { ...current, privacyPolicyUrl: 'https://moodharbour.example/legal/privacy' };
    expect(keepLastGood(previous, moved, [failed('privacyPolicy', 'timeout')]).listing!.privacyPolicy).toBeUndefined();
  });

  it('without an archived listing, the listing is stored as gathered', () => {
    expect(keepLastGood(null, current, [failed('details', 'truncated'), failed('dataSafety', 'timeout')])).toEqual({ listing: current, partFailures: [failed('details', 'truncated'), failed('dataSafety', 'timeout')], failure: null });
  });
});
