// privacy.readability – Policy is readable (informative, weight 0): its reading grade and the
// minutes it takes to read. Users in the paper: "nobody's actually going to do that".
import { readability } from '../../text/readability.ts';
import type { Sentence } from '../../text/sentences.ts';
import { defineCriterion } from '../types.ts';
import { couldNotCheck, quoteLine } from './policy-phrases.ts';

/** Limits for an easy policy: plain-English guidance (grade 8) and a ten-minute read. */
export const READABLE = { maxGrade: 8, maxMinutes: 10 } as const;

function minutesPhrase(minutes: number): string {
  return minutes <= 1 ? 'about 1 minute' : `about ${minutes} minutes`;
}

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
  },
  assess(ctx) {
    if (!ctx.has('privacyPolicy')) return couldNotCheck();
    const r = readability(ctx.text('privacy-policy'));
    const easyWords = r.grade <= READABLE.maxGrade;
    const short = r.minutes <= READABLE.maxMinutes;
    const time = `The privacy policy takes ${minutesPhrase(r.minutes)} to read.`;
    const ease = easyWords ? 'It is easy to read.' : 'It is hard to read.';
    const example = longest(ctx.sentences('privacy-policy'));
    return {
      status: easyWords && short ? 'met' : easyWords || short ? 'partial' : 'not_met',
      sentence: `${time} ${ease}`,
      quotes: example ? [quoteLine('privacy-policy', example)] : [],
      notes: [
        `Flesch–Kincaid grade ${r.grade}, Flesch Reading Ease ${r.ease}; ${r.words} words in ${r.sentences} sentences (${r.minutes} min at 238 words per minute).`,
      ],
    };
  },
});
