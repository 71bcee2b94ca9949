// The bundled dataset, looked up locally by (store, app id): nothing about the page a person is
// looking at ever leaves the browser.
import type { Dataset, DatasetEntry } from '../../shared/schema/dataset.ts';
import type { Store } from '../../shared/schema/listing.ts';

export function datasetKey(store: Store, appId: string): string {
  // Play ids are case-sensitive package names; Apple ids are digits.
  return `${store}:${appId}`;
}

export interface DatasetIndex {
  get(store: Store, appId: string): DatasetEntry | null;
  readonly size: number;
  readonly info: DatasetInfo;
}

export interface DatasetInfo {
  generatedAt: string;
  rubricVersion: string;
  apps: number;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const byKey = new Map<string, DatasetEntry>();
  for (const entry of dataset.entries) {
    const key = datasetKey(entry.store, entry.appId);
    const previous = byKey.get(key);
    // Should the export ever hold two versions of one app, the newest assessment wins.
    if (!previous || previous.assessment.assessedAt < entry.assessment.assessedAt) byKey.set(key, entry);
  }
  return {
    get: (store, appId) => byKey.get(datasetKey(store, appId)) ?? null,
    size: byKey.size,
    info: { generatedAt: dataset.generatedAt, rubricVersion: dataset.rubricVersion, apps: byKey.size },
  };
}
