// npx tsx crawler/eval/truth/merge-reviews.ts --a DIR --b DIR [--out FILE]
// Joins two raters' review labels (felt-worse, crisis) into the committed review truth set: ids,
// stratum, split, agreed labels (null where the raters disagreed) and quote offsets – never the texts.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../corpus.ts';
import { normaliseReviewText } from '../../reviews/text.ts';
import { categoricalKappa } from '../metrics.ts';
import { loadReviewTexts, reviewSample } from './review-texts.ts';

export const REVIEW_THEMES = ['felt-worse', 'crisis'] as const;
type Theme = (typeof REVIEW_THEMES)[number];
export const REVIEWS_TRUTH_FILE = path.join(projectRoot, 'test/fixtures/truth/reviews.json');

interface RaterLine {
  id: string;
  'felt-worse': 0 | 1;
  crisis: 0 | 1;
  quotes?: Partial<Record<Theme, string>>;
}

/** The text raters saw: white space folded to single spaces. */
export function raterText(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Tune (~60%) or measure, by a hash of the review's normalised text, as `eval:reviews` splits CSVs. */
export function reviewSplitOf(text: string): 'tune' | 'measure' {
  const key = normaliseReviewText(text).replace(/\s+/g, ' ').toLowerCase();
  return createHash('sha1').update(key).digest().readUInt32BE(0) / 2 ** 32 < 0.6 ? 'tune' : 'measure';
}

function readRater(dir: string): Map<string, RaterLine> {
  const out = new Map<string, RaterLine>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const parsed = JSON.parse(line) as RaterLine;
      if (out.has(parsed.id)) throw new Error(`${file}: ${parsed.id} labelled twice`);
      out.set(parsed.id, parsed);
    }
  }
  return out;
}

function main(argv: readonly string[]): void {
  const arg = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const dirA = arg('--a');
  const dirB = arg('--b');
  if (!dirA || !dirB) throw new Error('usage: merge-reviews.ts --a DIR --b DIR [--out FILE]');
  const a = readRater(dirA);
  const b = readRater(dirB);
  const sample = reviewSample(loadReviewTexts());
  const items: { id: string; stratum: string; split: 'tune' | 'measure'; labels: Record<string, 0 | 1 | null>; quotes: Record<string, { start: number; end: number }[]> }[] = [];
  const kappaLabels: Record<Theme, [string[], string[]]> = { 'felt-worse': [[], []], crisis: [[], []] };
  for (const { text, stratum } of sample) {
    const la = a.get(text.id);
    const lb = b.get(text.id);
    if (!la || !lb) continue;
    const body = raterText(text.review.text);
    const labels: Record<string, 0 | 1 | null> = {};
    const quotes: Record<string, { start: number; end: number }[]> = {};
    for (const theme of REVIEW_THEMES) {
      kappaLabels[theme][0].push(String(la[theme]));
      kappaLabels[theme][1].push(String(lb[theme]));
      labels[theme] = la[theme] === lb[theme] ? la[theme] : null;
      if (labels[theme] !== 1) continue;
      const spans = [la, lb]
        .map((l) => l.quotes?.[theme])
        .filter((q): q is string => !!q && body.includes(q))
        .map((q) => ({ start: body.indexOf(q), end: body.indexOf(q) + q.length }));
      quotes[theme] = spans.filter((s, i) => spans.findIndex((o) => o.start === s.start && o.end === s.end) === i);
    }
    items.push({ id: text.id, stratum, split: reviewSplitOf(text.review.text), labels, quotes });
  }
  const kappa = Object.fromEntries(REVIEW_THEMES.map((t) => [t, categoricalKappa(...kappaLabels[t])]));
  const out = arg('--out') ?? REVIEWS_TRUTH_FILE;
  writeFileSync(
    out,
    `${JSON.stringify({
      description:
        'Review truth set: corpus reviews labelled for the felt-worse and crisis themes by two raters working independently from REVIEW_LABELLING.md and the text only. Texts are read in place from the corpus (ids: <file>:<record number>, see crawler/eval/truth/review-texts.ts); quotes are offsets into the review text with white space folded. labels: 1/0 agreed, null where the raters disagreed.',
      kappa,
      items,
    }).replace(/\{"id"/gu, '\n{"id"')}\n`,
  );
  const count = (theme: Theme, v: 0 | 1 | null) => items.filter((i) => i.labels[theme] === v).length;
  console.log(`${items.length} reviews labelled by both raters → ${out}`);
  for (const t of REVIEW_THEMES) console.log(`${t}: agreed 1 ${count(t, 1)}, agreed 0 ${count(t, 0)}, disagreed ${count(t, null)}, kappa ${kappa[t]?.toFixed(3)}`);
}

if (process.argv[1]?.endsWith('merge-reviews.ts')) main(process.argv.slice(2));
