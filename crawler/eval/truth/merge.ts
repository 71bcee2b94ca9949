// npx tsx crawler/eval/truth/merge.ts --a DIR --b DIR [--out FILE]
// Joins two raters' JSON-lines outputs (the labelling guide's format) into the committed truth set:
// ids, both raters' labels, quote offsets and the tune/measure split – never the texts.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { categoricalKappa } from '../metrics.ts';
import { loadTruthTexts, type TruthText } from './texts.ts';
import {
  agreedStatus,
  isPositive,
  STATUS_LETTERS,
  TRUTH_CRITERIA,
  TRUTH_FILE,
  TruthStatus,
  type Split,
  type TruthItem,
  type TruthQuote,
} from './truth-set.ts';

interface RaterLine {
  id: string;
  labels: Record<string, string>;
  quotes?: Record<string, string>;
}

function readRater(dir: string): Map<string, RaterLine> {
  const out = new Map<string, RaterLine>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    readFileSync(path.join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        let parsed: RaterLine;
        try {
          parsed = JSON.parse(line) as RaterLine;
        } catch (error) {
          throw new Error(`${file} line ${i + 1}: not JSON (${(error as Error).message})`);
        }
        if (out.has(parsed.id)) throw new Error(`${file} line ${i + 1}: ${parsed.id} labelled twice`);
        out.set(parsed.id, parsed);
      });
  }
  return out;
}

function letters(line: RaterLine): string {
  return TRUTH_CRITERIA.map((c) => {
    const status = TruthStatus.safeParse(line.labels[c]);
    if (!status.success) throw new Error(`${line.id}: ${c} has no valid status ("${line.labels[c]}")`);
    return STATUS_LETTERS[status.data];
  }).join('');
}

/** Where a rater's quote is: exact first, then with runs of white space folded. */
export function locateQuote(text: TruthText, quote: string): TruthQuote | null {
  for (const source of ['description', 'title'] as const) {
    const body = source === 'title' ? text.listing.title : text.listing.description;
    const at = body.indexOf(quote);
    if (at >= 0) return { source, start: at, end: at + quote.length };
  }
  const words = quote.trim().split(/\s+/u).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  if (words.length === 0 || !words[0]) return null;
  const loose = new RegExp(words.join('\\s+'), 'u');
  for (const source of ['description', 'title'] as const) {
    const body = source === 'title' ? text.listing.title : text.listing.description;
    const m = loose.exec(body);
    if (m) return { source, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/** Tune or measure, by a stable hash of the app's group: one app never sits in both. */
export function splitOf(group: string): Split {
  return createHash('sha256').update(`truth-split:${group}`).digest()[0]! < 128 ? 'tune' : 'measure';
}

function main(argv: readonly string[]): void {
  const arg = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const dirA = arg('--a');
  const dirB = arg('--b');
  const out = arg('--out') ?? TRUTH_FILE;
  if (!dirA || !dirB) throw new Error('usage: merge.ts --a DIR --b DIR [--out FILE]');
  const a = readRater(dirA);
  const b = readRater(dirB);
  const texts = new Map(loadTruthTexts().map((t) => [t.id, t]));
  const items: TruthItem[] = [];
  let lostQuotes = 0;
  for (const [id, text] of texts) {
    const la = a.get(id);
    const lb = b.get(id);
    if (!la || !lb) continue;
    const item: TruthItem = { id, digest: text.digest, split: splitOf(text.group), raters: [letters(la), letters(lb)], quotes: {} };
    for (const c of TRUTH_CRITERIA) {
      const agreed = agreedStatus(item, c);
      if (!agreed || !isPositive(agreed)) continue;
      const found: TruthQuote[] = [];
      for (const line of [la, lb]) {
        const q = line.quotes?.[c];
        const at = q ? locateQuote(text, q) : null;
        if (!at) lostQuotes += 1;
        else if (!found.some((f) => f.source === at.source && f.start === at.start && f.end === at.end)) found.push(at);
      }
      if (found.length) item.quotes[c] = found;
    }
    items.push(item);
  }
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        description:
          'Listing truth set: real store descriptions from the corpus (MIND dev file and iTunes export), each labelled for the 13 listing criteria by two raters working independently from the labelling guide and the text only. Texts are read in place from the corpus; this file holds ids, text digests, both raters\u2019 labels (one letter per criterion: m met, p partial, n not met, f flag), the agreed quotes\u2019 offsets and the tune/measure split (by app).',
        criteria: [...TRUTH_CRITERIA],
        items,
      },
      null,
      0,
    ).replace(/\{"id"/gu, '\n{"id"')}\n`,
  );
  console.log(`${items.length} texts labelled by both raters (${items.filter((i) => i.split === 'tune').length} tune, ${items.filter((i) => i.split === 'measure').length} measure); ${lostQuotes} quotes not found in their text → ${out}`);
  for (const c of TRUTH_CRITERIA) {
    const ra = items.map((i) => i.raters[0][TRUTH_CRITERIA.indexOf(c)]!);
    const rb = items.map((i) => i.raters[1][TRUTH_CRITERIA.indexOf(c)]!);
    const k = categoricalKappa(ra, rb);
    console.log(`${c.padEnd(26)} kappa ${k === null ? 'n/a' : k.toFixed(3)}`);
  }
}

if (process.argv[1]?.endsWith('merge.ts')) main(process.argv.slice(2));
