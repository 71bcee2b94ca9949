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
  /** Without the g flag, so `test` keeps no state between sentences. */
  plain: RegExp;
  global: RegExp;
}

// Copies compiled once: cues stay plain data whatever flags they were written with.
const COMPILED = new Map<ThemeRule, CompiledCue[]>(
  THEME_RULES.map((rule) => [
    rule,
    rule.cues.map((c) => {
      const flags = c.pattern.flags.replace('g', '');
      return { ...c, plain: new RegExp(c.pattern.source, flags), global: new RegExp(c.pattern.source, `${flags}g`) };
    }),
  ]),
);

/** Every occurrence of one cue in a sentence, resolved for negation and hypotheticals. */
function resolveCue(rule: ThemeRule, c: CompiledCue, sentence: string): ThemeMatch[] {
  const matches: ThemeMatch[] = [];
  // Most sentences match no cue: a plain test first, the cue's exceptions only when it matched.
  if (!c.plain.test(sentence) || c.unless?.test(sentence)) return matches;
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

const excludedBy = (rule: ThemeRule, sentence: string) => rule.exclusions.some((e) => e.test(sentence));

/** Themes one sentence speaks to, each at most once (at its first cue). */
export function themeSentence(sentence: string): ThemeMatch[] {
  const found = new Map<ReviewTheme, ThemeMatch>();
  for (const rule of THEME_RULES) {
    // Exclusions are read once, and only for a rule with a cue in the sentence.
    let excluded: boolean | undefined;
    for (const c of COMPILED.get(rule)!) {
      const resolved = resolveCue(rule, c, sentence);
      if (resolved.length > 0 && (excluded ??= excludedBy(rule, sentence))) break;
      for (const match of resolved) {
        // A theme moved here by negation ("not helpful" → no-effect) may be excluded for its own reasons.
        const target = THEME_RULES.find((r) => r.theme === match.theme);
        if (target !== rule && target && excludedBy(target, sentence)) continue;
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
