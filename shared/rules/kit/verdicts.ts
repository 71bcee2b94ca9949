// Verdict builders: every criterion answers with one of these, so a verdict always carries the
// quotes its status rests on and notes only when there are some.
import type { Quote } from '../../schema/finding.ts';
import { quotesOf } from './quotes.ts';
import type { Hit, JudgedStatus, Verdict } from './types.ts';

/** The sentence for a criterion that could not be judged. */
export const NOT_CHECKED_SENTENCE = 'We could not check this.';

/** What a verdict rests on: hits (quoted one per sentence, at most two) or quotes made already. */
export type Evidence = readonly Hit[] | readonly Quote[];

function isHits(evidence: Evidence): evidence is readonly Hit[] {
  return evidence.length > 0 && 'match' in evidence[0]!;
}

function verdict(status: JudgedStatus, sentence: string, evidence: Evidence, notes: readonly string[] | undefined): Verdict {
  const quotes = isHits(evidence) ? quotesOf(evidence) : [...(evidence as readonly Quote[])];
  return { status, sentence, quotes, ...(notes && notes.length ? { notes: [...notes] } : {}) };
}

export function met(sentence: string, evidence: Evidence = [], notes?: readonly string[]): Verdict {
  return verdict('met', sentence, evidence, notes);
}

export function partial(sentence: string, evidence: Evidence = [], notes?: readonly string[]): Verdict {
  return verdict('partial', sentence, evidence, notes);
}

export function flag(sentence: string, evidence: Evidence = [], notes?: readonly string[]): Verdict {
  return verdict('flag', sentence, evidence, notes);
}

export function notMet(sentence: string, evidence: Evidence = [], notes?: readonly string[]): Verdict {
  return verdict('not_met', sentence, evidence, notes);
}

/** The honest answer when the parts a criterion compares were not both gathered. */
export function couldNotCheck(note?: string): Verdict {
  return { status: 'unknown', sentence: NOT_CHECKED_SENTENCE, quotes: [], ...(note ? { notes: [note] } : {}) };
}

/** A sentence template with its `{named}` parameters filled; a parameter left out is an error. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/gu, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`sentence template "${template}": no value for {${name}}`);
    return String(value);
  });
}

/** The names of a template's parameters, in order. */
export function parametersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]!);
}
