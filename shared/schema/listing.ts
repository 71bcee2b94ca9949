// The Listing: the single artifact everything downstream of gathering reads.
// zod/mini keeps the schema small enough for the content script (the same schema runs in Node).
import * as z from 'zod/mini';

export const Store = z.enum(['play', 'apple']);
export type Store = z.infer<typeof Store>;

/** The parts a listing can be made of; criteria say which parts they need. */
export const ListingPart = z.enum([
  'details', // the store page itself: title, description, rating…
  'dataSafety', // Google Play data-safety section/page
  'privacyLabel', // Apple App Privacy label
  'privacyPolicy', // the developer's privacy policy text
  'reviews',
]);
export type ListingPart = z.infer<typeof ListingPart>;

/** Where a quoted piece of text came from, as named to people. */
export const QuoteSource = z.enum([
  'title',
  'description',
  /** Facts of the store page other than its text, rendered as lines ("Privacy policy: https://…"). */
  'store-page',
  'data-safety',
  'privacy-label',
  'privacy-policy',
  'reviews',
]);
export type QuoteSource = z.infer<typeof QuoteSource>;

const isoDate = z.iso.datetime({ offset: true });

/** Whether `text` is an absolute address with one of `protocols` ("https:") and a host. */
export function hasProtocol(text: string, protocols: readonly string[]): boolean {
  try {
    const url = new URL(text);
    return protocols.includes(url.protocol) && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Addresses a listing may hold. Store pages are https; a developer's own site and privacy policy
 * may still be plain http. Anything else (javascript:, data:, file:…) would be a link people click
 * in the extension, so it is refused here, at the boundary every listing passes.
 */
export const HttpsUrl = z.string().check(z.refine((s) => hasProtocol(s, ['https:']), { message: 'expected an https: address' }));
export const WebUrl = z.string().check(z.refine((s) => hasProtocol(s, ['https:', 'http:']), { message: 'expected an https: or http: address' }));

/** A star rating as stores show it (0–5), and a count of things (ratings, reviews): a whole number, never negative. */
export const Rating = z.number().check(z.minimum(0), z.maximum(5));
export const Count = z.number().check(z.int(), z.minimum(0));

/** How one part of a listing was obtained, so nobody mistakes recorded data for fresh. */
export const Provenance = z.object({
  /** live = fetched from the store now; replay = a local replay of recorded pages;
   *  recorded = a stored capture (e.g. the corpus); import = a listing export (iTunes API, CSV);
   *  page = read from the live DOM by the extension; fixture = the project's own test material. */
  origin: z.enum(['live', 'replay', 'recorded', 'import', 'page', 'fixture']),
  url: z.optional(WebUrl),
  capturedAt: isoDate,
});
export type Provenance = z.infer<typeof Provenance>;

/** Every part but the developer's privacy policy was read from a store page: its address is https. */
export function storePartsOnHttps(provenance: Partial<Record<string, Provenance>>): boolean {
  return Object.entries(provenance).every(([part, p]) => part === 'privacyPolicy' || !p?.url || hasProtocol(p.url, ['https:']));
}
const STORE_PARTS_ON_HTTPS = { message: 'expected an https: address for every part but the privacy policy' };

/** Where each part of a listing came from. */
export const ProvenanceByPart = z.partialRecord(z.string(), Provenance).check(z.refine(storePartsOnHttps, STORE_PARTS_ON_HTTPS));

/** One data type in a Play data-safety section, e.g. {category: "Personal info", type: "Email address"}. */
export const DataSafetyItem = z.object({
  category: z.string(),
  type: z.string(),
  purposes: z.array(z.string()),
  optional: z.optional(z.boolean()),
});
export type DataSafetyItem = z.infer<typeof DataSafetyItem>;

/** Google Play's data-safety section (from the details page summary or the full data-safety page). */
export const DataSafety = z.object({
  /** Summary sentences as the store shows them ("No data shared with third parties"). */
  sharedSummary: z.optional(z.string()),
  collectedSummary: z.optional(z.string()),
  /** true = the developer declares nothing is shared; null = the section does not say. */
  noDataShared: z.nullable(z.boolean()),
  noDataCollected: z.nullable(z.boolean()),
  shared: z.array(DataSafetyItem),
  collected: z.array(DataSafetyItem),
  encryptedInTransit: z.nullable(z.boolean()),
  deletionRequest: z.nullable(z.boolean()),
  independentReview: z.nullable(z.boolean()),
  /** Whether the full data-safety page was read (true) or only the details-page summary (false). */
  detailed: z.boolean(),
});
export type DataSafety = z.infer<typeof DataSafety>;

/** One category in an Apple privacy label section, with the purposes it is used for. */
export const PrivacyLabelCategory = z.object({
  category: z.string(),
  dataTypes: z.array(z.string()),
  purposes: z.array(z.string()),
});
export type PrivacyLabelCategory = z.infer<typeof PrivacyLabelCategory>;

/** Apple's App Privacy label. */
export const PrivacyLabel = z.object({
  /** "Data Not Collected". */
  notCollected: z.boolean(),
  /** "Data Used to Track You". */
  tracking: z.array(PrivacyLabelCategory),
  /** "Data Linked to You". */
  linked: z.array(PrivacyLabelCategory),
  /** "Data Not Linked to You". */
  notLinked: z.array(PrivacyLabelCategory),
});
export type PrivacyLabel = z.infer<typeof PrivacyLabel>;

export const PrivacyPolicy = z.object({
  url: WebUrl,
  /** Plain text of the policy (markup removed, paragraphs separated by blank lines). */
  text: z.string(),
  title: z.optional(z.string()),
});
export type PrivacyPolicy = z.infer<typeof PrivacyPolicy>;

/** One user review. Reviewer names are never kept. */
export const Review = z.object({
  text: z.string(),
  rating: z.optional(z.number().check(z.minimum(1), z.maximum(5))),
  at: z.optional(z.string()),
  /** Set by theme mining in the crawler. */
  themes: z.optional(z.array(z.string())),
});
export type Review = z.infer<typeof Review>;

export const ReviewTheme = z.enum([
  'helped',
  'no-effect',
  'felt-worse',
  'privacy',
  'not-for-me',
  'crisis',
  'cost',
  'technical',
]);
export type ReviewTheme = z.infer<typeof ReviewTheme>;

/** Aggregates over a listing's reviews ("What other users say" – shown, not graded). */
export const ReviewSummary = z.object({
  count: Count,
  averageRating: z.nullable(Rating),
  themes: z.array(
    z.object({
      theme: ReviewTheme,
      /** Reviews mentioning the theme, and their share of all reviews read (0–1). */
      count: Count,
      share: z.number().check(z.minimum(0), z.maximum(1)),
      /** Share in the newer half of reviews minus share in the older half; null when undated. */
      trend: z.nullable(z.enum(['rising', 'falling', 'steady'])),
      quotes: z.array(z.string()),
    }),
  ),
});
export type ReviewSummary = z.infer<typeof ReviewSummary>;

export const Reviews = z.object({
  items: z.array(Review),
  summary: z.optional(ReviewSummary),
});
export type Reviews = z.infer<typeof Reviews>;

export const Listing = z.object({
  store: Store,
  appId: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  description: z.string(),
  url: z.optional(HttpsUrl),
  /** Two-letter storefront/country code, lower case ("gb", "us"). */
  region: z.optional(z.string()),
  language: z.optional(z.string()),
  developer: z.optional(z.string()),
  category: z.optional(z.string()),
  rating: z.optional(z.nullable(Rating)),
  ratingCount: z.optional(z.nullable(Count)),
  installs: z.optional(z.nullable(z.string())),
  /** Price as shown ("Free", "£4.99"); `free` says whether it costs nothing to install. */
  price: z.optional(z.nullable(z.string())),
  free: z.optional(z.nullable(z.boolean())),
  updatedAt: z.optional(z.nullable(z.string())),
  privacyPolicyUrl: z.optional(z.nullable(WebUrl)),
  developerWebsite: z.optional(z.nullable(WebUrl)),
  dataSafety: z.optional(DataSafety),
  privacyLabel: z.optional(PrivacyLabel),
  privacyPolicy: z.optional(PrivacyPolicy),
  reviews: z.optional(Reviews),
  /** Source and capture time of each part that was gathered. */
  provenance: z.optional(z.partialRecord(ListingPart, Provenance).check(z.refine(storePartsOnHttps, STORE_PARTS_ON_HTTPS))),
  /** Fields an extractor looked for and did not find (layout change, region lock…). */
  missingFields: z.optional(z.array(z.string())),
});
export type Listing = z.infer<typeof Listing>;
