// Review theme mining throughput on the corpus's review files (reviews themed per second),
// plus whole-listing summaries per second.
import { hasCorpus, NO_CORPUS_MESSAGE } from '../crawler/corpus.ts';
import { byApp, readAppStoreReviews, readPlayReviews, readPrivacyLabelledReviews } from '../crawler/reviews/corpus.ts';
import { themeReview } from '../crawler/reviews/mine.ts';
import { summariseReviews } from '../crawler/reviews/summarise.ts';

function timed(rounds: number, work: () => void): number {
  work(); // warm-up: compiles the cue patterns
  const start = performance.now();
  for (let i = 0; i < rounds; i++) work();
  return (performance.now() - start) / rounds;
}

export default async function run(): Promise<void> {
  if (!hasCorpus()) {
    console.log(NO_CORPUS_MESSAGE);
    return;
  }
  const reviews = [...readAppStoreReviews(), ...readPlayReviews(), ...readPrivacyLabelledReviews()];
  const chars = reviews.reduce((n, r) => n + r.text.length, 0);
  const ms = timed(5, () => {
    for (const r of reviews) themeReview(r.text);
  });
  console.log(`reviews themed: ${Math.round((reviews.length / ms) * 1000)} reviews/s (${reviews.length} reviews, ${Math.round(chars / reviews.length)} chars average, ${ms.toFixed(0)} ms per pass)`);
  const apps = [...byApp(reviews).values()];
  const summaryMs = timed(3, () => {
    for (const group of apps) summariseReviews(group);
  });
  console.log(`review summaries: ${Math.round((reviews.length / summaryMs) * 1000)} reviews/s summarised into ${apps.length} app summaries (${summaryMs.toFixed(0)} ms per pass)`);
}
