export { gatherPlay, isPartError, type GatherResult, type PartError } from './gather.ts';
export { gatherPlayReviews, PLAY_REVIEW_PAGING } from './reviews.ts';
export { playDetailsUrl, playDataSafetyUrl, playReviewsRequest, readPlayReviewsRequest, isPlayAppId } from './urls.ts';
