// Measures theme mining on the corpus (not a test). Precision and recall against labels, with a
// tune/measure split and the truth set, are `npm run eval:reviews`.
//   npx tsx crawler/reviews/eval-themes.ts              privacy theme vs the hand-labelled reviews
//   npx tsx crawler/reviews/eval-themes.ts --baseline   … plus a cross-validated Naive Bayes baseline (natural)
//   npx tsx crawler/reviews/eval-themes.ts --sample 25 [--seed 42]  a seeded random sample of matches per theme,
//                                                       from the App Store and Play review files, to judge by hand
import { hasCorpus, NO_CORPUS_MESSAGE } from '../corpus.ts';
import { scores, type Scores } from '../eval/reviews.ts';
import { ReviewTheme } from '../../shared/schema/listing.ts';
import { readAppStoreReviews, readPlayReviews, readPrivacyLabelledReviews, type LabelledReview } from './corpus.ts';
import { themeReview, type ThemeMatch } from './mine.ts';
import { shortQuote } from './text.ts';

function score(predicted: readonly boolean[], actual: readonly boolean[]): Scores {
  return scores(predicted.map((p, i) => ({ predicted: p, actual: actual[i]! })));
}

const percent = (x: number | null) => (x === null ? '–' : `${(100 * x).toFixed(1)}%`);

function line(label: string, c: Scores): string {
  return `${label.padEnd(34)} precision ${percent(c.precision)}  recall ${percent(c.recall)}  F1 ${c.f1?.toFixed(3) ?? '–'}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn}, tn ${c.tn})`;
}

/** Deterministic shuffle (mulberry32) so a sample can be re-drawn and re-checked. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

async function naiveBayesBaseline(reviews: LabelledReview[], folds = 5): Promise<Scores> {
  process.env.DOTENV_CONFIG_QUIET ??= 'true';
  const natural = (await import('natural')).default;
  const order = shuffled(
    reviews.map((_, i) => i),
    7,
  );
  const predicted: boolean[] = new Array(reviews.length).fill(false);
  for (let fold = 0; fold < folds; fold++) {
    const classifier = new natural.BayesClassifier();
    const test = new Set(order.filter((_, k) => k % folds === fold));
    reviews.forEach((r, i) => {
      if (!test.has(i)) classifier.addDocument(r.text, r.privacyRelated ? 'privacy' : 'other');
    });
    classifier.train();
    for (const i of test) predicted[i] = classifier.classify(reviews[i]!.text) === 'privacy';
  }
  return score(
    predicted,
    reviews.map((r) => r.privacyRelated),
  );
}

async function evaluatePrivacy(baseline: boolean): Promise<void> {
  const reviews = readPrivacyLabelledReviews();
  const predicted = reviews.map((r) => themeReview(r.text).some((m) => m.theme === 'privacy'));
  const actual = reviews.map((r) => r.privacyRelated);
  console.log(`privacy theme vs privacy-labelled-reviews-dev.csv: ${reviews.length} reviews, ${actual.filter(Boolean).length} labelled privacy-related`);
  console.log(line('rules (no training)', score(predicted, actual)));
  for (const platform of [...new Set(reviews.map((r) => r.source))]) {
    const idx = reviews.map((r, i) => (r.source === platform ? i : -1)).filter((i) => i >= 0);
    console.log(line(`  on ${platform} reviews only`, score(idx.map((i) => predicted[i]!), idx.map((i) => actual[i]!))));
  }
  if (baseline) console.log(line('Naive Bayes, 5-fold cross-validated', await naiveBayesBaseline(reviews)));
  if (process.argv.includes('--errors')) {
    reviews.forEach((r, i) => {
      if (predicted[i] !== actual[i]) console.log(`  ${predicted[i] ? 'FP' : 'FN'}: ${shortQuote(r.text, 0, 200)}`);
    });
  }
}

function printSample(size: number, seed: number): void {
  const reviews = [...readAppStoreReviews(), ...readPlayReviews()];
  const matches: (ThemeMatch & { app: string })[] = reviews.flatMap((r) => themeReview(r.text).map((m) => ({ ...m, app: r.app })));
  console.log(`\n${reviews.length} reviews, ${matches.length} theme matches. Random sample per theme (seed ${seed}):`);
  for (const theme of ReviewTheme.options) {
    const all = matches.filter((m) => m.theme === theme);
    const reviewsWith = new Set(all.map((m) => `${m.app}\u0000${m.sentence}`)).size;
    console.log(`\n## ${theme}: ${all.length} sentences (${reviewsWith} distinct)`);
    shuffled(all, seed)
      .slice(0, size)
      .forEach((m, i) => console.log(`${String(i + 1).padStart(3)}. [${m.app}] ${shortQuote(m.sentence, m.index)}`));
  }
}

if (!hasCorpus()) {
  console.log(NO_CORPUS_MESSAGE);
} else {
  await evaluatePrivacy(process.argv.includes('--baseline'));
  const at = process.argv.indexOf('--sample');
  const seedAt = process.argv.indexOf('--seed');
  if (at >= 0) printSample(Number(process.argv[at + 1] ?? 25), seedAt >= 0 ? Number(process.argv[seedAt + 1]) : 42);
}
