// npx tsx crawler/eval/truth/prepare.ts --out DIR [--size 50]
// Writes the truth-set texts as rater batches (plain text, outside the repository: the corpus
// is never copied into it). Each rater gets the labelling guide and these files only.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadTruthTexts, type TruthText } from './texts.ts';

function order(texts: readonly TruthText[]): TruthText[] {
  // A stable shuffle: batches mix both files, and the order never depends on who runs it.
  const key = (t: TruthText) => createHash('sha1').update(t.id).digest('hex');
  return [...texts].sort((a, b) => key(a).localeCompare(key(b)));
}

export function batchText(texts: readonly TruthText[]): string {
  return texts
    .map((t) => `=== LISTING ${t.id} ===\nTITLE: ${t.listing.title}\nDESCRIPTION:\n${t.listing.description}\n=== END ${t.id} ===\n`)
    .join('\n');
}

function main(argv: readonly string[]): void {
  const out = argv[argv.indexOf('--out') + 1];
  if (!argv.includes('--out') || !out) throw new Error('usage: prepare.ts --out DIR [--size 50]');
  const size = argv.includes('--size') ? Number(argv[argv.indexOf('--size') + 1]) : 50;
  if (!Number.isInteger(size) || size < 1) throw new Error(`--size must be a whole number ≥ 1, got ${argv[argv.indexOf('--size') + 1]}`);
  const texts = order(loadTruthTexts());
  mkdirSync(out, { recursive: true });
  let n = 0;
  for (let i = 0; i < texts.length; i += size) {
    n += 1;
    const name = `batch-${String(n).padStart(2, '0')}.txt`;
    writeFileSync(path.join(out, name), batchText(texts.slice(i, i + size)));
  }
  console.log(`${texts.length} texts in ${n} batches of up to ${size} → ${out}`);
}

main(process.argv.slice(2));
