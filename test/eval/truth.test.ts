// The listing truth set and `npm run eval:truth`: scoring, agreement, quote location, the split, and
// the committed truth file itself against the corpus texts it was labelled on.
import { describe, expect, it } from 'vitest';
import { hasCorpus, NO_CORPUS_MESSAGE } from '../../crawler/corpus.ts';
import { categoricalKappa } from '../../crawler/eval/metrics.ts';
import { explain, judgeTexts, macroF1, parseArgs, score, scoreCriteria, engineSays, UsageError } from '../../crawler/eval/truth.ts';
import { locateQuote, splitOf } from '../../crawler/eval/truth/merge.ts';
import { loadTruthTexts, textDigest, type TruthText } from '../../crawler/eval/truth/texts.ts';
import { agreedStatus, isPositive, readTruthSet, TRUTH_CRITERIA, type TruthItem } from '../../crawler/eval/truth/truth-set.ts';
import type { Listing } from '../../shared/schema/listing.ts';

const p = (predicted: boolean, actual: boolean) => ({ predicted, actual });

describe('scores per criterion', () => {
  it.each([
    { why: 'one of each', pairs: [p(true, true), p(true, false), p(false, true), p(false, false)], want: { tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 } },
    { why: 'all found, one false hit', pairs: [p(true, true), p(true, true), p(true, false)], want: { tp: 2, fp: 1, fn: 0, precision: 0.667, recall: 1, f1: 0.8 } },
    { why: 'positives, none found: F1 is 0, precision undefined', pairs: [p(false, true), p(false, false)], want: { tp: 0, fp: 0, fn: 1, precision: null, recall: 0, f1: 0 } },
    { why: 'nothing to find and nothing claimed: F1 undefined', pairs: [p(false, false)], want: { tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null } },
  ])('$why', ({ pairs, want }) => {
    expect(score(pairs)).toMatchObject({ ...want, n: pairs.length, positives: want.tp + want.fn });
  });

  it('macro-F1 averages the criteria that have an F1', () => {
    const s = (f1: number | null) => ({ n: 1, positives: 1, tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1 });
    expect(macroF1({ a: s(1), b: s(0.5), c: s(null) })).toBe(0.75);
    expect(macroF1({ c: s(null) })).toBeNull();
  });
});

describe("raters' agreement", () => {
  it("computes Cohen's kappa over several categories", () => {
    // po = 0.8; pa(m)=0.4 pb(m)=0.4, pa(n)=0.6 pb(n)=0.6 → pe = 0.52 → κ = 0.5833…
    expect(categoricalKappa(['m', 'm', 'n', 'n', 'n'], ['m', 'n', 'm', 'n', 'n'])).toBeCloseTo((0.6 - 0.52) / 0.48, 10);
    expect(categoricalKappa(['m', 'p', 'n'], ['m', 'p', 'n'])).toBe(1);
    expect(categoricalKappa(['n', 'n'], ['n', 'n'])).toBeNull();
  });

  it('keeps a label only when both raters gave it; partial, met and flag are positive', () => {
    const item = { raters: ['mpnnnfnnnnnnn', 'mnnnnfnnnnnnn'] as [string, string] };
    expect(agreedStatus(item, 'evidence.citation')).toBe('met');
    expect(agreedStatus(item, 'evidence.study-type')).toBeNull();
    expect(agreedStatus(item, 'evidence.unbacked-claim')).toBe('flag');
    expect(['met', 'partial', 'flag'].every(isPositive)).toBe(true);
    expect(isPositive('not_met')).toBe(false);
  });
});

function text(id: string, description: string, title = 'Calm Steps'): TruthText {
  const listing: Listing = { store: 'apple', appId: id, title, description };
  return { id, group: `g-${id}`, listing, digest: textDigest(listing) };
}

describe('quotes and the split', () => {
  const t = text('1', 'Breathe with us.\nThis app is  not a substitute\nfor professional care.');
  it.each([
    { why: 'exact words in the description', quote: 'Breathe with us.', want: { source: 'description', start: 0, end: 16 } },
    { why: 'white space folded (a double space, a line break)', quote: 'not a substitute for professional care.', want: { source: 'description', start: 30, end: 69 } },
    { why: 'the title', quote: 'Calm Steps', want: { source: 'title', start: 0, end: 10 } },
    { why: 'words that are not there', quote: 'a substitute for therapy', want: null },
  ])('locates a quote: $why', ({ quote, want }) => {
    expect(locateQuote(t, quote)).toEqual(want);
  });

  it('splits by app group, stably, into both parts', () => {
    const groups = Array.from({ length: 200 }, (_, i) => `name:app ${i}`);
    const splits = groups.map(splitOf);
    expect(new Set(splits)).toEqual(new Set(['tune', 'measure']));
    expect(groups.map(splitOf)).toEqual(splits);
    const tune = splits.filter((s) => s === 'tune').length;
    expect(tune).toBeGreaterThan(70);
    expect(tune).toBeLessThan(130);
  });
});

describe('eval:truth', () => {
  it.each([
    [['--split', 'half'], /--split must be one of tune, measure, all/],
    [['--explain', 'safety.nonsense'], /--explain needs one of/],
    [['--split'], /--split needs a value/],
    [['--verbose'], /unknown argument "--verbose"/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });

  it('scores the engine against agreed labels and explains misses and false hits', () => {
    const texts = [
      text('a', 'Calm Steps is not a substitute for professional care.'),
      text('b', 'Relax with gentle sounds.'),
      text('c', 'If you are in crisis, call 999.'),
    ];
    const n = 'n'.repeat(TRUTH_CRITERIA.length);
    const at = (c: string) => TRUTH_CRITERIA.indexOf(c as (typeof TRUTH_CRITERIA)[number]);
    const with_ = (letters: string, c: string, l: string) => letters.slice(0, at(c)) + l + letters.slice(at(c) + 1);
    const items: TruthItem[] = [
      { id: 'a', digest: texts[0]!.digest, split: 'measure', raters: [with_(n, 'safety.not-a-substitute', 'm'), with_(n, 'safety.not-a-substitute', 'm')], quotes: {} },
      // The raters say b signposts crisis help (it does not): the engine's "no" counts as a miss.
      { id: 'b', digest: texts[1]!.digest, split: 'measure', raters: [with_(n, 'safety.crisis', 'm'), with_(n, 'safety.crisis', 'm')], quotes: { 'safety.crisis': [{ source: 'description', start: 0, end: 5 }] } },
      // c's crisis line is real, but the raters disagree: left out.
      { id: 'c', digest: texts[2]!.digest, split: 'measure', raters: [with_(n, 'safety.crisis', 'm'), n], quotes: {} },
      // A label for text that has changed since is never scored.
      { id: 'a', digest: '0000000000000000', split: 'measure', raters: [n, n], quotes: {} },
    ];
    const { judged, stale } = judgeTexts(items, new Map(texts.map((t) => [t.id, t])));
    expect(stale).toEqual(['a']);
    const scores = scoreCriteria(judged, engineSays);
    expect(scores['safety.not-a-substitute']).toMatchObject({ n: 3, tp: 1, fp: 0, fn: 0 });
    expect(scores['safety.crisis']).toMatchObject({ n: 2, tp: 0, fp: 0, fn: 1 });
    const why = explain(judged, 'safety.crisis');
    expect(why).toContain('MISS  b');
    expect(why).toContain('raters\u2019 words'.replace('\u2019', "'"));
    expect(why).not.toContain('  c  ');
  });
});

describe.skipIf(!hasCorpus())('the committed truth set', () => {
  it('labels at least 500 real descriptions, each on the text it was given, split by app', () => {
    const set = readTruthSet();
    const texts = new Map(loadTruthTexts().map((t) => [t.id, t]));
    expect(set.items.length).toBeGreaterThanOrEqual(500);
    const splitOfGroup = new Map<string, string>();
    for (const item of set.items) {
      const t = texts.get(item.id);
      expect(t, item.id).toBeDefined();
      expect(item.digest, item.id).toBe(t!.digest);
      expect(splitOfGroup.get(t!.group) ?? item.split, `${item.id}: its app is in both parts`).toBe(item.split);
      splitOfGroup.set(t!.group, item.split);
      for (const [criterion, quotes] of Object.entries(item.quotes)) {
        expect(isPositive(agreedStatus(item, criterion as (typeof TRUTH_CRITERIA)[number]) ?? 'not_met'), `${item.id} ${criterion}`).toBe(true);
        for (const q of quotes ?? []) {
          const body = q.source === 'title' ? t!.listing.title : t!.listing.description;
          expect(q.end, `${item.id} ${criterion}`).toBeLessThanOrEqual(body.length);
          expect(body.slice(q.start, q.end).trim().length, `${item.id} ${criterion}`).toBeGreaterThan(0);
        }
      }
    }
    expect(new Set(set.items.map((i) => i.split))).toEqual(new Set(['tune', 'measure']));
  });
});

if (!hasCorpus()) console.warn(NO_CORPUS_MESSAGE);
