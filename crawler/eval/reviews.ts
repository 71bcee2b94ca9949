// npm run eval:reviews -- --file CSV [--theme privacy] [--label Privacy-related] [--split all|tune|measure] [--errors]
// npm run eval:reviews -- --truth [FILE] [--theme felt-worse] [--split all|tune|measure] [--errors]
// How well the review theme miner finds what people labelled: precision, recall and F1, then one
// line of JSON. With --file, any CSV with a `content` column and a 0/1 label column; with --truth,
// the review truth set (default test/fixtures/truth/reviews.json), its texts read from the corpus.
// Rows are split once by a stable hash of the review text into a tune part (~60%), the only part
// whose errors are read when cues are written, and a measure part (~40%) that reports.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ReviewTheme } from '../../shared/schema/listing.ts';
import { ValidationError } from '../../shared/schema/validate.ts';
import { hasCorpus, NO_CORPUS_MESSAGE, projectRoot } from '../corpus.ts';
import { UsageError, UserError } from '../errors.ts';
import { parseCsv } from '../import/csv.ts';
import { themeReview, type ThemeMatch } from '../reviews/mine.ts';
import { normaliseReviewText, shortQuote } from '../reviews/text.ts';
import { confusion } from './metrics.ts';
import { labelledThemes, raterQuotes, readReviewTruth, textsOf, type ReviewTruthItem } from './truth/review-truth.ts';
import { loadReviewTexts } from './truth/review-texts.ts';

export const SPLITS = ['all', 'tune', 'measure'] as const;
export type Split = (typeof SPLITS)[number];
const STRATA = ['all', 'random', 'strong-feeling'] as const;
type Stratum = (typeof STRATA)[number];

export const DEFAULT_LABEL = 'Privacy-related';
export const DEFAULT_TRUTH = 'test/fixtures/truth/reviews.json';
const TUNE_SHARE = 0.6;

/** Which part a review belongs to: a hash of its normalised text, so order and duplicates never matter. */
export function splitOf(text: string): 'tune' | 'measure' {
  const key = normaliseReviewText(text).replace(/\s+/g, ' ').toLowerCase();
  return createHash('sha1').update(key).digest().readUInt32BE(0) / 2 ** 32 < TUNE_SHARE ? 'tune' : 'measure';
}

export interface Scores {
  n: number;
  /** Reviews labelled 1. */
  positives: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** null when nothing was found (precision undefined), or nothing labelled 1 (recall undefined). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function scores(pairs: readonly { predicted: boolean; actual: boolean }[]): Scores {
  const { n, tp, fp, fn, tn } = confusion(pairs);
  return {
    n,
    positives: tp + fn,
    tp,
    fp,
    fn,
    tn,
    precision: tp + fp > 0 ? round3(tp / (tp + fp)) : null,
    recall: tp + fn > 0 ? round3(tp / (tp + fn)) : null,
    f1: tp + fp + fn > 0 ? round3((2 * tp) / (2 * tp + fp + fn)) : null,
  };
}

/** One labelled review, mined once. */
export interface Judged {
  where: string;
  text: string;
  split: 'tune' | 'measure';
  stratum?: 'random' | 'strong-feeling';
  labels: Partial<Record<ReviewTheme, 0 | 1 | null>>;
  matches: ThemeMatch[];
  /** The raters' words per theme, when the truth file gives them. */
  quotes?: Partial<Record<ReviewTheme, string[]>>;
}

function judge(where: string, text: string, labels: Judged['labels'], split = splitOf(text), stratum?: Judged['stratum']): Judged {
  return { where, text, split, labels, matches: themeReview(text), ...(stratum ? { stratum } : {}) };
}

/** Scores for one theme over the reviews that have an agreed label for it. */
export function scoreTheme(judged: readonly Judged[], theme: ReviewTheme): Scores {
  return scores(
    judged
      .filter((j) => j.labels[theme] === 0 || j.labels[theme] === 1)
      .map((j) => ({ predicted: j.matches.some((m) => m.theme === theme), actual: j.labels[theme] === 1 })),
  );
}

const inSplit = (split: Split) => (j: Judged) => split === 'all' || j.split === split;
const inStratum = (stratum: Stratum) => (j: Judged) => stratum === 'all' || j.stratum === stratum;

// ---- reading the inputs -------------------------------------------------------------------------

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? 'unreadable')}`);
  }
}

/** A labelled CSV's rows, mined. Errors name the file, the row and the column. */
export function judgeCsv(csvText: string, fileName: string, theme: ReviewTheme, labelColumn: string): Judged[] {
  const table = parseCsv(csvText);
  if (table.header.length === 0) throw new UserError(`${fileName}: the file is empty`);
  for (const column of ['content', labelColumn]) {
    if (!table.header.includes(column)) throw new UserError(`${fileName}: no "${column}" column (found: ${table.header.join(', ')})`);
  }
  if (table.records.length === 0) throw new UserError(`${fileName}: no rows under the header`);
  return table.records.map(({ row, fields }) => {
    const raw = (fields[labelColumn] ?? '').trim();
    if (raw !== '0' && raw !== '1') throw new UserError(`${fileName} row ${row}: "${labelColumn}" must be 0 or 1, got ${raw ? `"${raw}"` : 'nothing'}`);
    return judge(`row ${row}`, fields.content ?? '', { [theme]: raw === '1' ? 1 : 0 });
  });
}

/** The truth set's items, mined, with texts looked up by id. */
export function judgeTruth(items: readonly ReviewTruthItem[], texts: ReadonlyMap<string, string>, fileName: string): Judged[] {
  const found = textsOf(items, texts, fileName);
  return items.map((item, i) => {
    const judged = judge(item.id, found[i]!, item.labels, item.split, item.stratum);
    const quotes = Object.fromEntries(labelledThemes([item]).map((theme) => [theme, raterQuotes(item, theme, found[i]!)]));
    return { ...judged, quotes };
  });
}

// ---- reporting ----------------------------------------------------------------------------------

const fmt = (x: number | null) => (x === null ? '–' : x.toFixed(3));

export interface Row {
  theme: ReviewTheme;
  split: Split;
  stratum: Stratum;
  scores: Scores;
}

export function table(rows: readonly Row[]): string {
  const lines = [['theme', 'split', 'stratum', 'n', 'labelled 1', 'tp', 'fp', 'fn', 'precision', 'recall', 'F1']];
  for (const { theme, split, stratum, scores: s } of rows) {
    lines.push([theme, split, stratum, String(s.n), String(s.positives), String(s.tp), String(s.fp), String(s.fn), fmt(s.precision), fmt(s.recall), fmt(s.f1)]);
  }
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  return lines.map((l) => l.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

/** JSON on one line with a space after each colon and comma, as the summary line is specified. */
export function jsonLine(value: Record<string, unknown>): string {
  return `{${Object.entries(value)
    .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
    .join(', ')}}`;
}

const summary = (theme: ReviewTheme, s: Scores) => jsonLine({ theme, n: s.n, precision: s.precision, recall: s.recall, f1: s.f1 });

/** Misses and false hits of one theme, with the sentence a false hit rests on. */
export function errors(judged: readonly Judged[], theme: ReviewTheme): string[] {
  const out: string[] = [];
  for (const j of judged) {
    const label = j.labels[theme];
    if (label !== 0 && label !== 1) continue;
    const match = j.matches.find((m) => m.theme === theme);
    if (match && label === 0) out.push(`FALSE HIT ${theme} ${j.where}: “${shortQuote(match.sentence, match.index)}”  in: ${shortQuote(j.text, 0, 300)}`);
    const said = j.quotes?.[theme]?.length ? `raters quote: ${j.quotes[theme]!.map((q) => `“${q}”`).join(' / ')}` : shortQuote(j.text, 0, 300);
    if (!match && label === 1) out.push(`MISS ${theme} ${j.where}: ${said}`);
  }
  return out;
}

// ---- the command --------------------------------------------------------------------------------

interface Options {
  file?: string;
  truth?: string;
  theme?: ReviewTheme;
  label: string;
  split: Split;
  errors: boolean;
}

const USAGE = 'usage: --file CSV [--theme T] [--label COLUMN] [--split all|tune|measure] [--errors], or --truth [FILE] [--theme T] [--split …]';

export function parseArgs(argv: readonly string[]): Options {
  const options: Options = { label: DEFAULT_LABEL, split: 'all', errors: false };
  let label: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const [flag, inline] = arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const next = argv[i + 1];
    const hasNext = next !== undefined && !next.startsWith('--');
    const value = () => {
      if (inline !== undefined) return inline;
      if (!hasNext) throw new UsageError(`${flag} needs a value (${USAGE})`);
      i += 1;
      return next;
    };
    if (flag === '--file') options.file = value();
    else if (flag === '--truth') options.truth = inline ?? (hasNext ? (i++, next) : DEFAULT_TRUTH);
    else if (flag === '--label') label = value();
    else if (flag === '--errors') options.errors = true;
    else if (flag === '--theme') {
      const v = value();
      const parsed = ReviewTheme.safeParse(v);
      if (!parsed.success) throw new UsageError(`--theme must be one of ${ReviewTheme.options.join(', ')}, got "${v}"`);
      options.theme = parsed.data;
    } else if (flag === '--split') {
      const v = value();
      if (!(SPLITS as readonly string[]).includes(v)) throw new UsageError(`--split must be one of ${SPLITS.join(', ')}, got "${v}"`);
      options.split = v as Split;
    } else throw new UsageError(`unknown argument "${arg}" (${USAGE})`);
  }
  if (options.file && options.truth) throw new UsageError('give --file or --truth, not both');
  if (!options.file && !options.truth) throw new UsageError(`missing --file CSV or --truth (${USAGE})`);
  if (label !== undefined && options.truth) throw new UsageError('--label is for --file: the truth file names its own themes');
  if (label !== undefined) options.label = label;
  return options;
}

function evaluateCsv(options: Options & { file: string }, print: (line: string) => void): void {
  const theme = options.theme ?? 'privacy';
  const name = path.basename(options.file);
  const judged = judgeCsv(readText(options.file), options.file, theme, options.label).filter(inSplit(options.split));
  if (judged.length === 0) throw new UserError(`${options.file}: no rows in the ${options.split} split`);
  const s = scoreTheme(judged, theme);
  print(`${theme} theme vs "${options.label}" in ${name}, ${options.split === 'all' ? 'all rows' : `${options.split} split`}: ${s.n} reviews, ${s.positives} labelled 1`);
  print(table([{ theme, split: options.split, stratum: 'all', scores: s }]));
  if (options.errors) errors(judged, theme).forEach((l) => print(l));
  print(summary(theme, s));
}

function evaluateTruth(options: Options & { truth: string }, print: (line: string) => void): void {
  const file = path.resolve(projectRoot, options.truth);
  const items = readReviewTruth(readText(file), options.truth);
  const themes = options.theme ? [options.theme] : labelledThemes(items);
  if (options.theme && !labelledThemes(items).includes(options.theme)) throw new UserError(`${options.truth}: no labels for the ${options.theme} theme`);
  if (!hasCorpus()) throw new UserError(`the truth file's texts are read from the corpus: ${NO_CORPUS_MESSAGE}`);
  const texts = new Map(loadReviewTexts().map((t) => [t.id, t.review.text]));
  const judged = judgeTruth(items, texts, options.truth);
  // The strong-feeling stratum was drawn by words of feeling, so its rates are not the corpus's:
  // the random stratum alone is the unbiased figure.
  const splits: Split[] = options.split === 'all' ? ['tune', 'measure', 'all'] : [options.split];
  const rows: Row[] = themes.flatMap((theme) =>
    splits.flatMap((split) =>
      STRATA.map((stratum) => ({ theme, split, stratum, scores: scoreTheme(judged.filter(inSplit(split)).filter(inStratum(stratum)), theme) })),
    ),
  );
  print(`review themes vs the raters' agreed labels in ${options.truth}: ${items.length} reviews (disagreements left out per theme)`);
  print(table(rows));
  if (options.errors) themes.forEach((theme) => errors(judged.filter(inSplit(options.split)), theme).forEach((l) => print(l)));
  print(`[${rows.map(({ theme, split, stratum, scores: s }) => jsonLine({ theme, split, stratum, n: s.n, precision: s.precision, recall: s.recall, f1: s.f1 })).join(', ')}]`);
}

/** Runs the command; returns the exit code (2 for a wrong call, 1 for unusable input). */
export function main(argv: readonly string[], print: (line: string) => void = console.log, fail: (line: string) => void = console.error): number {
  try {
    const options = parseArgs(argv);
    if (options.file) evaluateCsv({ ...options, file: options.file }, print);
    else evaluateTruth({ ...options, truth: options.truth! }, print);
    return 0;
  } catch (error) {
    fail(`eval:reviews: ${error instanceof Error ? error.message : String(error)}`);
    return error instanceof UsageError ? 2 : error instanceof UserError || error instanceof ValidationError ? 1 : 3;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('crawler/eval/reviews.ts')) {
  process.exitCode = main(process.argv.slice(2));
}
