// npm run eval:listings -- --file CSV [--split all|dev|held-out] [--explain]
// Compares MindLabel's findings on each store description with the MIND raters' answers, for the
// questions both ask. The raters judged whole apps, so recall from a description is bounded;
// precision is the figure that matters (when MindLabel says the listing states it, it must).
// Rows are split by a hash of their id into a dev half (for reading errors) and a held-out half
// (for measuring only); --split picks one, the default is the whole file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { assess } from '../../shared/assess.ts';
import type { Status } from '../../shared/schema/finding.ts';
import { ValidationError } from '../../shared/schema/validate.ts';
import { agreement, confusion, type Agreement } from './metrics.ts';
import { halfOf, RaterFileError, readRatedApps, type RatedApp } from './rated-apps.ts';

export interface Question {
  /** The raters' value, exactly as in `clinicalFoundations`. */
  rater: string;
  /** MindLabel says "yes" when any of these criteria has one of `statuses`. */
  criteria: readonly string[];
  statuses: readonly Status[];
}

// Partial statuses do not count: a vague "research shows" is not a supporting study, and advice
// to "seek help" is not the crisis signposting the raters looked for.
export const QUESTIONS: readonly Question[] = [
  { rater: 'Use Warning', criteria: ['safety.not-a-substitute'], statuses: ['met'] },
  { rater: 'Supporting Studies', criteria: ['evidence.citation', 'evidence.study-type'], statuses: ['met'] },
  { rater: 'Appropriately Advises Patient in Case of Emergency', criteria: ['safety.crisis'], statuses: ['met', 'flag'] },
];

const SPLITS = ['all', 'dev', 'held-out'] as const;
type Split = (typeof SPLITS)[number];

interface Options {
  file: string;
  split: Split;
  explain: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Options {
  let file: string | undefined;
  let split: Split = 'all';
  let explain = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--file') file = value();
    else if (flag === '--split') {
      const v = value();
      if (!(SPLITS as readonly string[]).includes(v)) throw new UsageError(`--split must be one of ${SPLITS.join(', ')}, got "${v}"`);
      split = v as Split;
    } else if (flag === '--explain') explain = true;
    else throw new UsageError(`unknown argument "${arg}" (usage: --file CSV [--split all|dev|held-out] [--explain])`);
  }
  if (!file) throw new UsageError('missing --file CSV (usage: npm run eval:listings -- --file CSV)');
  return { file, split, explain };
}

interface Judged {
  app: RatedApp;
  predicted: Map<string, boolean>;
  quotes: Map<string, string[]>;
}

const FIXED_TIME = new Date('2026-01-01T00:00:00Z');

function judge(app: RatedApp): Judged {
  const assessment = assess(app.listing, { now: FIXED_TIME });
  const predicted = new Map<string, boolean>();
  const quotes = new Map<string, string[]>();
  for (const q of QUESTIONS) {
    const findings = assessment.findings.filter((f) => q.criteria.includes(f.criterion));
    const yes = findings.filter((f) => q.statuses.includes(f.status));
    predicted.set(q.rater, yes.length > 0);
    quotes.set(q.rater, (yes.length ? yes : findings).flatMap((f) => [`${f.criterion}: ${f.status}`, ...f.quotes.map((x) => `  “${x.text}”`)]));
  }
  return { app, predicted, quotes };
}

export function evaluate(apps: readonly RatedApp[]): { results: Record<string, Agreement>; judged: Judged[] } {
  const judged = apps.map(judge);
  const results: Record<string, Agreement> = {};
  for (const q of QUESTIONS) {
    results[q.rater] = agreement(confusion(judged.map((j) => ({ predicted: j.predicted.get(q.rater)!, actual: j.app.foundations.has(q.rater) }))));
  }
  return { results, judged };
}

const fmt = (x: number | null) => (x === null ? '–' : x.toFixed(3));

function table(results: Record<string, Agreement>): string {
  const rows = [['rater value', 'n', 'tp', 'fp', 'fn', 'precision', 'recall', 'kappa']];
  for (const [name, a] of Object.entries(results)) {
    rows.push([name, String(a.n), String(a.tp), String(a.fp), String(a.fn), fmt(a.precision), fmt(a.recall), fmt(a.kappa)]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

function explain(judged: readonly Judged[]): string {
  const out: string[] = [];
  for (const q of QUESTIONS) {
    for (const j of judged) {
      const p = j.predicted.get(q.rater)!;
      const a = j.app.foundations.has(q.rater);
      if (p === a) continue;
      out.push(`[${q.rater}] ${p ? 'FALSE POSITIVE' : 'false negative'} row ${j.app.row} ${j.app.listing.title}`);
      if (p) out.push(...j.quotes.get(q.rater)!.map((l) => `    ${l}`));
    }
  }
  return out.join('\n');
}

export function main(argv: readonly string[]): number {
  try {
    const options = parseArgs(argv);
    let text: string;
    try {
      text = readFileSync(options.file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(`cannot read ${options.file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? 'unreadable')}`);
    }
    const all = readRatedApps(text, path.basename(options.file));
    const apps = options.split === 'all' ? all : all.filter((a) => halfOf(a.id) === options.split);
    if (apps.length === 0) throw new UsageError(`${options.file}: no rows${options.split === 'all' ? '' : ` in the ${options.split} half`}`);
    const { results, judged } = evaluate(apps);
    console.log(`MindLabel vs MIND raters: ${path.basename(options.file)}, ${options.split === 'all' ? 'all rows' : `${options.split} half`} (${apps.length} apps)`);
    console.log('A "yes" from MindLabel: Use Warning = safety.not-a-substitute met; Supporting Studies = evidence.citation or evidence.study-type met; Emergency = safety.crisis met or flag.');
    console.log(table(results));
    if (options.explain) console.log(explain(judged));
    console.log(JSON.stringify(results));
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof RaterFileError || error instanceof ValidationError) {
      console.error(`eval:listings: ${error.message}`);
      return 2;
    }
    console.error(`eval:listings: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('crawler/eval/listings.ts')) {
  process.exitCode = main(process.argv.slice(2));
}
