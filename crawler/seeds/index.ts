// The seed list, validated, and the store/app-id pairs a crawl starts from.
import type { Store } from '../../shared/schema/listing.ts';
import { parseWith } from '../../shared/schema/validate.ts';
import { SeedList, type Seed } from './schema.ts';
import { SEEDS } from './seeds.ts';

export { Seed, SeedList, APPLE_ID, PLAY_ID, IdSource } from './schema.ts';

/** The seed list, validated (throws a ValidationError naming the entry and field). */
export function seedList(seeds: readonly unknown[] = SEEDS): Seed[] {
  return parseWith(SeedList, seeds, 'seed list');
}

export interface SeedTarget {
  store: Store;
  appId: string;
  name: string;
}

/** Every (store, app id) the seed list can crawl; entries without ids are skipped. */
export function seedTargets(seeds: readonly Seed[] = seedList()): SeedTarget[] {
  return seeds.flatMap((s) => [
    ...(s.playId ? [{ store: 'play' as const, appId: s.playId, name: s.name }] : []),
    ...(s.appleId ? [{ store: 'apple' as const, appId: s.appleId, name: s.name }] : []),
  ]);
}
