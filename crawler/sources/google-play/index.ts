export { gatherPlay, type GatherResult } from './gather.ts';
export { playDetailsUrl, playDataSafetyUrl, isPlayAppId } from './urls.ts';
