// Table-test helpers for the privacy criteria: made-up listings (never copied store pages),
// and one `it` per case checking status, quotes (exact offsets) and the sentence's reading level.
import { expect, it } from 'vitest';
import type { DataSafety, DataSafetyItem, Listing, PrivacyLabel, PrivacyLabelCategory } from '../../../shared/schema/listing.ts';
import { Listing as ListingSchema } from '../../../shared/schema/listing.ts';
import { parseWith } from '../../../shared/schema/validate.ts';
import type { Status } from '../../../shared/schema/finding.ts';
import { createContext, type Criterion } from '../../../shared/rules/kit/index.ts';
import { isEasyRead } from '../../../shared/text/readability.ts';

export interface Case {
  name: string;
  listing: Listing;
  status: Status;
  /** Words one of the quotes must contain. */
  quote?: string;
  /** Words no quote may contain (the sentence that must NOT match). */
  notQuote?: string;
  /** A met finding with nothing quotable (the policy link is not a quotable source). */
  unquoted?: true;
}

const base = { store: 'play' as const, appId: 'org.example.calmnotes', title: 'Calm Notes', description: 'A mood journal.' };

/** A listing whose privacy policy text is `text` (joined paragraphs). */
export function withPolicy(text: string | readonly string[], extra: Partial<Listing> = {}): Listing {
  const body = typeof text === 'string' ? text : text.join('\n\n');
  return { ...base, privacyPolicyUrl: 'https://calmnotes.example/privacy', privacyPolicy: { url: 'https://calmnotes.example/privacy', text: body }, ...extra };
}

export function item(category: string, type: string, purposes: string[] = ['App functionality']): DataSafetyItem {
  return { category, type, purposes };
}

/** A Play data-safety section; unspecified flags are "not said". */
export function dataSafety(ds: Partial<DataSafety> = {}): DataSafety {
  return {
    noDataShared: null,
    noDataCollected: null,
    shared: [],
    collected: [],
    encryptedInTransit: null,
    deletionRequest: null,
    independentReview: null,
    detailed: true,
    ...ds,
  };
}

export function label(l: Partial<PrivacyLabel> = {}): PrivacyLabel {
  return { notCollected: false, tracking: [], linked: [], notLinked: [], ...l };
}

export function cat(category: string, dataTypes: string[], purposes: string[]): PrivacyLabelCategory {
  return { category, dataTypes, purposes };
}

export function withDataSafety(ds: Partial<DataSafety>, policy?: string | readonly string[]): Listing {
  const listing = policy === undefined ? { ...base } : withPolicy(policy);
  return { ...listing, dataSafety: dataSafety(ds) };
}

export function withLabel(l: Partial<PrivacyLabel>, policy?: string | readonly string[]): Listing {
  const listing = policy === undefined ? { ...base, store: 'apple' as const } : { ...withPolicy(policy), store: 'apple' as const };
  return { ...listing, appId: '1234567890', privacyLabel: label(l) };
}

export const bare: Listing = { ...base };

/** A short policy in plain words. */
export const PLAIN_POLICY = 'We keep your notes safe. We do not sell them. You can delete them at any time.';

/** A long policy in legal words (about 20,000 words). */
export const LEGAL_POLICY = Array.from(
  { length: 700 },
  (_, i) =>
    `Notwithstanding the foregoing provisions, the organisation may process personal information, including behavioural characteristics and technical identifiers, for legitimate operational purposes, clause ${i + 1}.`,
).join(' ');
