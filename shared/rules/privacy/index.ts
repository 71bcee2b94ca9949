// Criteria of the privacy domain, in the order they are shown.
import type { Criterion } from '../kit/index.ts';
import policy from './policy.ts';
import thirdPartySharing from './third-party-sharing.ts';
import trackingAds from './tracking-ads.ts';
import sale from './sale.ts';
import encryption from './encryption.ts';
import deletion from './deletion.ts';
import whoCanSee from './who-can-see.ts';
import retention from './retention.ts';
import labelConflict from './label-conflict.ts';
import readability from './readability.ts';

export const privacyCriteria: readonly Criterion[] = [
  policy,
  thirdPartySharing,
  trackingAds,
  sale,
  encryption,
  deletion,
  whoCanSee,
  retention,
  labelConflict,
  readability,
];
