import { describe, expect, it } from 'vitest';
import { assess } from '../../shared/assess.ts';
import type { ReviewSummary } from '../../shared/schema/listing.ts';
import { badgeName, badgeText, checkedLine, helpNow, labelText, reviewsAnswer } from '../../shared/summary.ts';
import { isEasyRead, readability } from '../../shared/text/readability.ts';

const now = new Date('2026-03-12T10:00:00Z');

describe('If you need help now', () => {
  it.each(['gb', 'ie', 'us', 'ca', 'au', 'nz'])('%s: names each service, what it offers and how to reach it, in easy words', (region) => {
    const help = helpNow(region);
    expect(help.region).toBe(region);
    expect(help.services.length).toBeGreaterThan(0);
    for (const s of help.services) {
      expect(s.offers.length).toBeGreaterThan(10);
      expect(s.reach.length).toBeGreaterThan(0);
    }
    const text = [...help.intro, ...help.services.map((s) => s.offers), ...help.closing].join(' ');
    expect(readability(text).grade).toBeLessThanOrEqual(6);
    expect(readability(text).ease).toBeGreaterThanOrEqual(70);
  });

  it('tells UK readers about Samaritans, Shout and NHS 111, and 999 or A&E for danger', () => {
    const help = helpNow('GB');
    expect(help.services.map((s) => s.name)).toEqual(expect.arrayContaining(['Samaritans', 'Shout', 'NHS 111']));
    expect(help.services.find((s) => s.name === 'Shout')!.reach[0]).toEqual({ kind: 'text', value: '85258', label: 'Text SHOUT to 85258' });
    expect(help.closing.join(' ')).toContain('call 999 or go to A&E');
  });

  it('gives general advice and the international directory where no region matches', () => {
    const help = helpNow('fr');
    expect(help.region).toBeNull();
    expect(help.services[0]!.reach[0]!.value).toBe('https://findahelpline.com');
    expect(help.closing.join(' ')).toContain('local emergency number');
  });
});

describe('reviews answer', () => {
  const summary: ReviewSummary = {
    count: 120,
    averageRating: 4.16,
    themes: [
      { theme: 'helped', count: 40, share: 0.33, trend: 'steady', quotes: ['It really helped me sleep.'] },
      { theme: 'felt-worse', count: 6, share: 0.05, trend: 'rising', quotes: ['It made my anxiety worse.'] },
      { theme: 'cost', count: 0, share: 0, trend: null, quotes: [] },
    ],
  };
  it('says how many reviews, the rating and the main themes, plainly', () => {
    const a = reviewsAnswer(summary);
    expect(a.sentences).toEqual([
      'We read 120 reviews.',
      'They give it 4.2 stars out of 5 on average.',
      'About 1 in 3 reviews say the app helped them.',
      'A few reviews say it made them feel worse, more often in newer reviews.',
      'Reviews are what people felt. They do not show if an app works.',
    ]);
    expect(isEasyRead(a.sentences.join(' '))).toBe(true);
  });

  it('always tells of reviews about feeling worse or a crisis, however few', () => {
    const many: ReviewSummary = {
      count: 200,
      averageRating: 3.9,
      themes: [
        { theme: 'helped', count: 80, share: 0.4, trend: null, quotes: [] },
        { theme: 'cost', count: 40, share: 0.2, trend: null, quotes: [] },
        { theme: 'technical', count: 30, share: 0.15, trend: null, quotes: [] },
        { theme: 'no-effect', count: 20, share: 0.1, trend: null, quotes: [] },
        { theme: 'privacy', count: 10, share: 0.05, trend: null, quotes: [] },
        { theme: 'felt-worse', count: 2, share: 0.01, trend: null, quotes: ['It made me more anxious.'] },
      ],
    };
    const told = reviewsAnswer(many).sentences.slice(2, -1);
    expect(told).toEqual([
      'About 1 in 3 reviews say the app helped them.',
      'About 1 in 5 reviews complain about the price or the subscription.',
      'About 1 in 10 reviews say it crashed or had bugs.',
      'A few reviews say it made them feel worse.',
    ]);
  });
});

describe('badge and checked line', () => {
  const a = assess(
    { store: 'play', appId: 'org.example.quiet', title: 'Quiet', description: 'A calm app.', provenance: { details: { origin: 'live', capturedAt: now.toISOString() } } },
    { now },
  );

  it.each([
    [['some', false], ['little', true], ['clear', false], 'MindLabel check. Evidence: some information. Data: little information, with a warning. Safety: clear information. Open the label.', 'Evidence: some  ·  Data: little ⚠  ·  Safety: clear'],
    [['not_checked', false], ['not_checked', false], ['little', false], 'MindLabel check. Evidence: not checked. Data: not checked. Safety: little information. Open the label.', 'Evidence: not checked  ·  Data: not checked  ·  Safety: little'],
  ] as const)('reads the three levels out in words: %j %j %j', (e, p, s, name, text) => {
    const result = (domain: string, [level, flagged]: readonly [string, boolean]) => ({ domain, level, flagged, score: null, judged: 1, total: 1 });
    const domains = { evidence: result('evidence', e), privacy: result('privacy', p), safety: result('safety', s) } as unknown as Parameters<typeof badgeName>[0]['domains'];
    expect(badgeName({ domains })).toBe(name);
    expect(badgeText({ domains })).toBe(text);
  });

  it('names the date and the sources read', () => {
    expect(checkedLine(now.toISOString(), ['details', 'dataSafety', 'privacyPolicy'])).toBe(
      'Checked on 12 March 2026 from the app’s store page, the data safety section and the privacy policy.',
    );
    expect(checkedLine(now.toISOString(), ['details'], { details: { origin: 'page', capturedAt: now.toISOString() } })).toBe(
      'Checked on 12 March 2026 from this page only – the privacy policy and reviews were not read.',
    );
  });

  it('prints a label a person can read at a terminal', () => {
    const text = labelText(a);
    expect(text.split('\n')[0]).toBe('MindLabel – Quiet');
    expect(text).toContain('Rubric 1.0.0.');
    expect(text).toContain('Checked on 12 March 2026');
  });
});

describe('easy-read answers', () => {
  it('shows words two findings rest on only once', () => {
    const a = assess(
      {
        store: 'play',
        appId: 'org.example.twice',
        title: 'Twice',
        description: 'Research-backed techniques of cognitive behavioural therapy (CBT) help you with low mood.',
      },
      { now },
    );
    const quotes = a.easyRead.evidence.quotes.map((q) => `${q.source}:${q.start}-${q.end}`);
    expect(quotes.length).toBeGreaterThan(0);
    expect(new Set(quotes).size).toBe(quotes.length);
  });
});
