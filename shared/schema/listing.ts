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

/** How one part of a listing was obtained, so nobody mistakes recorded data for fresh. */
export const Provenance = z.object({
  /** live = fetched from the store now; replay = a local replay of recorded pages;
   *  recorded = a stored capture (e.g. the corpus); import = a listing export (iTunes API, CSV);
   *  page = read from the live DOM by the extension; fixture = the project's own test material. */
  origin: z.enum(['live', 'replay', 'recorded', 'import', 'page', 'fixture']),
  url: z.optional(z.string()),
  capturedAt: isoDate,
});
export type Provenance = z.infer<typeof Provenance>;

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
  url: z.string(),
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
  count: z.number(),
  averageRating: z.nullable(z.number()),
  themes: z.array(
    z.object({
      theme: ReviewTheme,
      /** Reviews mentioning the theme, and their share of all reviews read (0–1). */
      count: z.number(),
      share: z.number(),
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
  url: z.optional(z.string()),
  /** Two-letter storefront/country code, lower case ("gb", "us"). */
  region: z.optional(z.string()),
  language: z.optional(z.string()),
  developer: z.optional(z.string()),
  category: z.optional(z.string()),
  rating: z.optional(z.nullable(z.number())),
  ratingCount: z.optional(z.nullable(z.number())),
  installs: z.optional(z.nullable(z.string())),
  /** Price as shown ("Free", "£4.99"); `free` says whether it costs nothing to install. */
  price: z.optional(z.nullable(z.string())),
  free: z.optional(z.nullable(z.boolean())),
  updatedAt: z.optional(z.nullable(z.string())),
  privacyPolicyUrl: z.optional(z.nullable(z.string())),
  developerWebsite: z.optional(z.nullable(z.string())),
  dataSafety: z.optional(DataSafety),
  privacyLabel: z.optional(PrivacyLabel),
  privacyPolicy: z.optional(PrivacyPolicy),
  reviews: z.optional(Reviews),
  /** Source and capture time of each part that was gathered. */
  provenance: z.optional(z.partialRecord(ListingPart, Provenance)),
  /** Fields an extractor looked for and did not find (layout change, region lock…). */
  missingFields: z.optional(z.array(z.string())),
});
export type Listing = z.infer<typeof Listing>;
