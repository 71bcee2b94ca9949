// privacy.readability – Policy is readable (informative, weight 0): its reading grade and the
// minutes it takes to read. Users in the paper: "nobody's actually going to do that".
import { defineCriterion, fill, met, notMet, partial, quoteLine, readability, type Sentence } from '../kit/index.ts';

/** Limits for an easy policy: plain-English guidance (grade 8) and a ten-minute read. */
export const READABLE = { maxGrade: 8, maxMinutes: 10 } as const;

function minutesPhrase(minutes: number): string {
  return minutes <= 1 ? '1 minute' : `${minutes} minutes`;
}

// How long and how hard: {time} is "1 minute", "25 minutes".
const SAYS = {
  met: 'The privacy policy takes about {time} to read. It is easy to read.',
  partial: {
    long: 'The privacy policy takes about {time} to read. It is easy to read.',
    hard: 'The privacy policy takes about {time} to read. It is hard to read.',
  },
  not_met: 'The privacy policy takes about {time} to read. It is hard to read.',
} as const;

/** The longest sentence, as an example of how the policy reads. */
function longest(sentences: readonly Sentence[]): Sentence | undefined {
  let best: Sentence | undefined;
  for (const s of sentences) if (!best || s.text.length > best.text.length) best = s;
  return best;
}

export default defineCriterion({
  meta: {
    id: 'privacy.readability',
    domain: 'privacy',
    title: 'Policy is readable',
    question: 'How long and how hard is the privacy policy to read?',
    weight: 0,
    needs: ['privacyPolicy'],
    anchors: ['Taher et al. 2025', 'Flesch–Kincaid grade'],
    sentences: SAYS,
    label: { order: 9, tells: ['flag', 'met', 'partial', 'not_met'] },
  },
  assess(ctx) {
    const r = readability(ctx.text('privacy-policy'));
    const easyWords = r.grade <= READABLE.maxGrade;
    const short = r.minutes <= READABLE.maxMinutes;
    const example = longest(ctx.sentences('privacy-policy'));
    const quotes = example ? [quoteLine('privacy-policy', example)] : [];
    const notes = [
      `Flesch–Kincaid grade ${r.grade}, Flesch Reading Ease ${r.ease}; ${r.words} words in ${r.sentences} sentences (${r.minutes} min at 238 words per minute).`,
    ];
    const time = { time: minutesPhrase(r.minutes) };
    if (easyWords && short) return met(fill(SAYS.met, time), quotes, notes);
    if (easyWords) return partial(fill(SAYS.partial.long, time), quotes, notes);
    if (short) return partial(fill(SAYS.partial.hard, time), quotes, notes);
    return notMet(fill(SAYS.not_met, time), quotes, notes);
  },
});
