// How levels, statuses and sources are named to people. Words carry the meaning; shape and
// colour repeat it (never colour alone).
import type { Level } from '../../shared/schema/assessment.ts';
import type { Domain, Status } from '../../shared/schema/finding.ts';
import type { QuoteSource } from '../../shared/schema/listing.ts';

/** Badge order and names: the three questions people ask, in the order they ask them. */
export const BADGE_MARKS: readonly { domain: Domain; name: string; question: string }[] = [
  { domain: 'evidence', name: 'Evidence', question: 'Does it work?' },
  { domain: 'privacy', name: 'Data', question: 'Is my data safe?' },
  { domain: 'safety', name: 'Safety', question: 'Is it safe for me?' },
];

export const LEVEL_WORDS: Readonly<Record<Level, string>> = {
  clear: 'clear',
  some: 'some',
  little: 'little',
  not_checked: 'not checked',
};

/** Spoken form: "some information", "not checked". */
export const LEVEL_SPOKEN: Readonly<Record<Level, string>> = {
  clear: 'clear information',
  some: 'some information',
  little: 'little information',
  not_checked: 'not checked',
};

export const STATUS_WORDS: Readonly<Record<Status, string>> = {
  met: 'Says it',
  partial: 'Says some of it',
  not_met: 'Does not say',
  unknown: 'Not checked',
  flag: 'Warning',
};

export const SOURCE_WORDS: Readonly<Record<QuoteSource, string>> = {
  title: "the app's title",
  description: "the app's description",
  'store-page': "the app's store page",
  'data-safety': 'the data safety section',
  'privacy-label': 'the privacy label',
  'privacy-policy': 'the privacy policy',
  reviews: 'a user review',
};
