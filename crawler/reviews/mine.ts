// Sentence-level theme mining: which themes a review speaks to, and the sentences that say so.
import type { ReviewTheme } from '../../shared/schema/listing.ts';
import { hypotheticalBefore, negatedBefore, splitSentences } from './text.ts';
import { THEME_RULES, type Cue, type ThemeRule } from './themes.ts';

export interface ThemeMatch {
  theme: ReviewTheme;
  /** The sentence that says it (normalised spacing). */
  sentence: string;
  /** Where in the sentence the cue starts, for centring a shortened quote. */
  index: number;
}

interface CompiledCue extends Cue {
  global: RegExp;
}

// Global copies compiled once: cues are written without the g flag so they stay plain data.
const COMPILED = new Map<ThemeRule, CompiledCue[]>(
  THEME_RULES.map((rule) => [
    rule,
    rule.cues.map((c) => ({ ...c, global: new RegExp(c.pattern.source, c.pattern.flags.replace('g', '') + 'g') })),
  ]),
);

/** Every occurrence of one cue in a sentence, resolved for negation and hypotheticals. */
function resolveCue(rule: ThemeRule, c: CompiledCue, sentence: string): ThemeMatch[] {
  const matches: ThemeMatch[] = [];
  if (c.unless?.test(sentence)) return matches;
  // A question reports nothing ("why do you need my email to help me sleep better?").
  if (c.factualOnly && /\?\s*$/.test(sentence)) return matches;
  for (const m of sentence.matchAll(c.global)) {
    const index = m.index ?? 0;
    if (c.factualOnly && hypotheticalBefore(sentence, index)) continue;
    if (c.factualOnly && rule.aspirational?.test(sentence.slice(Math.max(0, index - 40), index))) continue;
    let theme: ReviewTheme | null = rule.theme;
    if (c.negated !== 'ignore' && negatedBefore(sentence, index, c.negationWindow)) theme = c.negated === 'drop' ? null : c.negated;
    if (theme) matches.push({ theme, sentence, index });
  }
  return matches;
}

/** Themes one sentence speaks to, each at most once (at its first cue). */
export function themeSentence(sentence: string): ThemeMatch[] {
  const found = new Map<ReviewTheme, ThemeMatch>();
  for (const rule of THEME_RULES) {
    if (rule.exclusions.some((e) => e.test(sentence))) continue;
    for (const c of COMPILED.get(rule)!) {
      for (const match of resolveCue(rule, c, sentence)) {
        // A theme moved here by negation ("not helpful" → no-effect) may be excluded for its own reasons.
        const target = THEME_RULES.find((r) => r.theme === match.theme);
        if (target !== rule && target?.exclusions.some((e) => e.test(sentence))) continue;
        const seen = found.get(match.theme);
        if (!seen || match.index < seen.index) found.set(match.theme, match);
      }
    }
  }
  return [...found.values()];
}

/** Theme matches of a whole review, sentence by sentence. */
export function themeReview(text: string): ThemeMatch[] {
  return splitSentences(text).flatMap(themeSentence);
}

/** The distinct themes of a review. */
export function reviewThemes(text: string): ReviewTheme[] {
  return [...new Set(themeReview(text).map((m) => m.theme))];
}
