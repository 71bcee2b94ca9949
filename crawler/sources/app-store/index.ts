export { gatherApple } from './gather.ts';
export { appleAppUrl, itunesLookupUrl, isAppleAppId } from './urls.ts';
