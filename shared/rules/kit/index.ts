// The kit every rubric criterion is written with: the rule context, phrase finding, quotes and
// verdict builders. Criterion files import from here (and from their own word lists) only.
export { createContext, type ContextOptions } from './context.ts';
export { appReference, around, findAny, findOnPage, hitsIn, PAGE_SOURCES, type Around, type FindOptions } from './find.ts';
export { lines, quoteLine, quoteLines, quoteMatch, quotesOf, type Line } from './quotes.ts';
export { affirmedIn, isHeading, mentions, near, without } from './sentence.ts';
export { couldNotCheck, fill, flag, met, NOT_CHECKED_SENTENCE, notMet, parametersOf, partial, type Evidence } from './verdicts.ts';
export { anyOf, oneOf, words } from './words.ts';
export {
  defineCriterion,
  type Criterion,
  type CriterionMeta,
  type Hit,
  type JudgedStatus,
  type LabelPlace,
  type ListingContext,
  type Said,
  type Sentences,
  type Verdict,
} from './types.ts';
// What rules read from the text layer, so they need nothing else.
export { clauseBefore, denied, isNegated, scanningCopy, type PhraseMatch } from '../../text/match.ts';
export { findPhoneNumbers, RESEARCH_IDS } from '../../text/identifiers.ts';
export { readability } from '../../text/readability.ts';
export type { Sentence } from '../../text/sentences.ts';
export type { QuoteSource } from '../../schema/listing.ts';
export type { Quote } from '../../schema/finding.ts';
