// Table-test support for rubric criteria (ESLint RuleTester style): a made-up listing's text →
// the expected status and the exact words quoted. Shared by the evidence and safety tables.
import { expect } from 'vitest';
import type { Criterion, Verdict } from '../../../shared/rules/types.ts';
import type { Status } from '../../../shared/schema/finding.ts';
import type { Listing } from '../../../shared/schema/listing.ts';
import { createContext } from '../../../shared/text/context.ts';

export interface Case {
  /** Why the case is here (shown as the test name with the text). */
  why: string;
  description: string;
  status: Status;
  /** The exact text of one quote the verdict must carry. */
  quote?: string;
  title?: string;
  region?: string;
  /** A fragment one of the notes must contain. */
  note?: string;
}

export type Table = readonly Case[];

export const DEFAULT_TITLE = 'Calmly: Mood Helper';

/** A made-up Play listing with just the parts the evidence and safety criteria read. */
export function listing(description: string, title = DEFAULT_TITLE, region?: string): Listing {
  return { store: 'play', appId: 'org.example.calmly', title, description, ...(region ? { region } : {}) };
}

export function judge(criterion: Criterion, c: Case): Verdict {
  return createContext(listing(c.description, c.title, c.region)).verdict(criterion);
}

/** The checks every case gets: status, exact quotes, the expected quote and note. */
export function check(criterion: Criterion, c: Case): void {
  const l = listing(c.description, c.title, c.region);
  const v = createContext(l).verdict(criterion);
  expect(v.status, `${c.why}: ${v.sentence} ${JSON.stringify(v.quotes.map((q) => q.text))}`).toBe(c.status);
  for (const q of v.quotes) {
    const source = q.source === 'title' ? l.title : l.description;
    expect(source.slice(q.start, q.end)).toBe(q.text);
  }
  if (v.status === 'not_met') expect(v.quotes).toEqual([]);
  else expect(v.quotes.length).toBeGreaterThan(0);
  if (c.quote !== undefined) expect(v.quotes.map((q) => q.text)).toContain(c.quote);
  if (c.note !== undefined) expect((v.notes ?? []).join(' ')).toContain(c.note);
  expect(v.sentence.length).toBeGreaterThan(0);
}
