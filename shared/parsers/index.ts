// Store parsers: pure string functions shared by the crawler and the extension.
export { parsePlayDetails, PLAY_DETAILS_FIELDS, PLAY_DETAILS_EXPECTED, type PlayDetailsResult } from './play-details.ts';
export { parsePlayDataSafety, dataSafetyFromStatements, type PlayDataSafetyResult, type SafetyStatement } from './play-datasafety.ts';
export { parsePlayReviews, parsePlayPermissions, batchexecutePayload, type PlayReviewsResult, type PermissionGroup } from './play-reviews.ts';
export { parseAppleReviews, APPLE_REVIEW_FIELDS, type AppleReviewsResult } from './apple-reviews.ts';
export { parseApplePage, parseRatingLine, APPLE_PAGE_EXPECTED, type ApplePageResult } from './apple-page.ts';
export { parseApplePrivacyApi, privacyLabelFromTypes, type ApplePrivacyApiResult } from './apple-privacy-api.ts';
export { parseItunesLookup, listingFromItunes, type ItunesListing } from './itunes-lookup.ts';
export { policyText, looksLikePrivacyPolicy, type PolicyText } from './policy-text.ts';
export type { ListingFields, ParseReport, FieldSource } from './types.ts';
