// npx tsx crawler/eval/truth/prepare-reviews.ts --out DIR [--size 375]
// Writes the review sample as rater batches (outside the repository) and its id list with strata.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadReviewTexts, reviewSample } from './review-texts.ts';
import { foldSpace } from './review-truth.ts';

function main(argv: readonly string[]): void {
  const at = argv.indexOf('--out');
  const out = at >= 0 ? argv[at + 1] : undefined;
  if (!out) throw new Error('usage: prepare-reviews.ts --out DIR [--size 375]');
  const size = argv.includes('--size') ? Number(argv[argv.indexOf('--size') + 1]) : 375;
  if (!Number.isInteger(size) || size < 1) throw new Error(`--size must be a whole number ≥ 1`);
  const sample = reviewSample(loadReviewTexts());
  mkdirSync(out, { recursive: true });
  let n = 0;
  for (let i = 0; i < sample.length; i += size) {
    n += 1;
    const body = sample
      .slice(i, i + size)
      .map(({ text }) => `=== REVIEW ${text.id} ===\n${foldSpace(text.review.text)}\n=== END ${text.id} ===\n`)
      .join('\n');
    writeFileSync(path.join(out, `reviews-${String(n).padStart(2, '0')}.txt`), body);
  }
  writeFileSync(path.join(out, 'sample.json'), JSON.stringify(sample.map(({ text, stratum }) => ({ id: text.id, stratum }))));
  console.log(`${sample.length} reviews in ${n} batches → ${out}`);
}

main(process.argv.slice(2));
