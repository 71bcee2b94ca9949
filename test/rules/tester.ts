// RuleTester for rubric criteria (ESLint style): each case is a made-up listing, judged through the
// engine's own path (`judge`, so a criterion whose needed parts are missing comes out `unknown`),
// with the status it must get and the words it must – or must not – quote.
import { describe, expect, it } from 'vitest';
import { judge } from '../../shared/assess.ts';
import { createContext, NOT_CHECKED_SENTENCE, parametersOf, type Criterion, type Said } from '../../shared/rules/kit/index.ts';
import type { Finding, Status } from '../../shared/schema/finding.ts';
import { Listing as ListingSchema, type Listing } from '../../shared/schema/listing.ts';
import { parseWith } from '../../shared/schema/validate.ts';
import { isEasyRead } from '../../shared/text/readability.ts';

export interface Case {
  /** Why the case is here (the test's name). */
  why: string;
  status: Status;
  /** The listing judged; without it, a Play listing made of `description` (and `title`, `region`). */
  listing?: Listing;
  description?: string;
  title?: string;
  region?: string;
  /** Words one of the quotes must contain. */
  quote?: string;
  /** Words no quote may contain (the sentence that must NOT be quoted). */
  notQuote?: string;
  /** A fragment one of the notes must contain. */
  note?: string;
  /** A judged finding with nothing quotable (the policy link alone is not a quotable source). */
  unquoted?: true;
}

export type Table = readonly Case[];

export const DEFAULT_TITLE = 'Calmly: Mood Helper';

/** A made-up Play listing with just the parts the page-reading criteria need. */
export function pageListing(description: string, title = DEFAULT_TITLE, region?: string): Listing {
  return { store: 'play', appId: 'org.example.calmly', title, description, ...(region ? { region } : {}) };
}

export function listingOf(c: Case): Listing {
  const listing = c.listing ?? pageListing(c.description ?? '', c.title, c.region);
  return parseWith(ListingSchema, listing, `test listing "${c.why}"`);
}

/** The finding the engine gives for one case. */
export function judgeCase(criterion: Criterion, c: Case): Finding {
  return judge(criterion, createContext(listingOf(c)));
}

function variants(said: Said | undefined): string[] {
  if (said === undefined) return [];
  return typeof said === 'string' ? [said] : Object.values(said);
}

/** Every sentence a criterion's metadata says, templates included. */
export function sentencesOf(criterion: Criterion): string[] {
  return Object.values(criterion.meta.sentences).flatMap(variants);
}

/** A template as a pattern its filled sentences match (each parameter: some words). */
function templatePattern(template: string): RegExp {
  const escaped = template.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\\\{\w+\\\}/gu, '.+?');
  return new RegExp(`^${escaped}$`, 'u');
}

/** Whether `sentence` is one of the criterion's own sentences for `status` (or a filled template). */
export function saidByMeta(criterion: Criterion, status: Status, sentence: string): boolean {
  if (status === 'unknown') return sentence === NOT_CHECKED_SENTENCE;
  return variants(criterion.meta.sentences[status]).some((s) => (parametersOf(s).length ? templatePattern(s).test(sentence) : s === sentence));
}

/** The checks every case gets: status, exact quotes, the words quoted and not, notes, the sentence. */
export function check(criterion: Criterion, c: Case): void {
  const listing = listingOf(c);
  const ctx = createContext(listing);
  const f = judge(criterion, ctx);
  const quoted = f.quotes.map((q) => q.text);
  expect(f.status, `${c.why}: ${f.sentence} ${JSON.stringify(quoted)}`).toBe(c.status);
  for (const q of f.quotes) expect(ctx.text(q.source).slice(q.start, q.end), 'a quote is the exact words of its source').toBe(q.text);
  if (c.quote !== undefined) expect(quoted.join(' | ')).toContain(c.quote);
  if (c.notQuote !== undefined) expect(quoted.join(' | ')).not.toContain(c.notQuote);
  if (c.note !== undefined) expect((f.notes ?? []).join(' ')).toContain(c.note);
  if ((f.status === 'met' || f.status === 'partial' || f.status === 'flag') && !c.unquoted) {
    expect(f.quotes.length, 'a positive finding quotes the words it rests on').toBeGreaterThan(0);
  }
  // Nothing said is nothing to quote: a page that does not say something, or could not be checked.
  if (f.status === 'unknown' || (f.status === 'not_met' && criterion.meta.domain !== 'privacy')) expect(f.quotes).toEqual([]);
  expect(saidByMeta(criterion, f.status, f.sentence), `"${f.sentence}" is not one of ${criterion.meta.id}'s sentences for ${f.status}`).toBe(true);
  expect(isEasyRead(f.sentence), `reading level of "${f.sentence}"`).toBe(true);
}

/** One `describe` per criterion, one test per case. */
export function runTables(criteria: readonly Criterion[], tables: Readonly<Record<string, Table>>): void {
  for (const criterion of criteria) {
    describe(criterion.meta.id, () => {
      it.each(tables[criterion.meta.id] ?? [])('$why → $status', (c) => check(criterion, c));
    });
  }
}
