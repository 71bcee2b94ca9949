export { gatherApple } from './gather.ts';
export { gatherAppleReviews } from './reviews.ts';
export { appleAppUrl, appleReviewsUrl, itunesLookupUrl, isAppleAppId } from './urls.ts';
