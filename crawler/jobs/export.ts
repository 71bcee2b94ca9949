// The dataset the extension ships with: the current version of every archived mental-health
// listing, its assessment under the current rubric, where each part came from and what changed.
// Every entry is validated; one invalid entry stops the export with its app and field named.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { classifyListing } from '../../shared/classify/mental-health.ts';
import { RUBRIC_VERSION } from '../../shared/rules/index.ts';
import { DATASET_SCHEMA_VERSION, Dataset, DatasetEntry } from '../../shared/schema/dataset.ts';
import type { Provenance } from '../../shared/schema/listing.ts';
import { parseWith } from '../../shared/schema/validate.ts';
import { appKey, type Archive, type ArchivedListing } from '../archive/archive.ts';
import { UserError } from '../errors.ts';

/** Where the extension reads its bundled dataset (DATASET_PATH in wxt.config.ts: imported by the background script and validated at build time). */
export const DEFAULT_DATASET_PATH = 'extension/assets/dataset.json';

export interface ExportOptions {
  archive: Archive;
  /** Include listings the mental-health classifier rejects (default: only mental-health apps). */
  includeAll?: boolean;
  now?: Date;
}

export interface ExportResult {
  dataset: Dataset;
  /** Listings left out because the classifier says they are not mental-health apps. */
  notMentalHealth: string[];
}

function provenanceOf(item: ArchivedListing, origin: string | null): Record<string, Provenance> {
  const given = Object.fromEntries(Object.entries(item.listing.provenance ?? {}).filter(([, p]) => p !== undefined)) as Record<string, Provenance>;
  if (Object.keys(given).length > 0) return given;
  const known = ['live', 'replay', 'recorded', 'import', 'page', 'fixture'] as const;
  const o = known.find((k) => k === origin) ?? 'recorded';
  return { details: { origin: o, capturedAt: item.capturedAt } };
}

export function buildDataset(options: ExportOptions): ExportResult {
  const { archive } = options;
  const entries: DatasetEntry[] = [];
  const notMentalHealth: string[] = [];
  const unassessed: string[] = [];
  for (const item of archive.currentListings()) {
    const app = { store: item.store, appId: item.appId };
    const { listing } = item;
    if (!options.includeAll) {
      const verdict = classifyListing({ title: listing.title, description: listing.description, category: listing.category ?? null, ...(listing.developer ? { developer: listing.developer } : {}) });
      if (!verdict.mentalHealth) {
        notMentalHealth.push(appKey(app));
        continue;
      }
    }
    const assessment = archive.assessmentOf(app, item.version, RUBRIC_VERSION);
    if (!assessment) {
      unassessed.push(appKey(app));
      continue;
    }
    const changes = archive.changesOf(app);
    const entry = {
      store: item.store,
      appId: item.appId,
      title: listing.title,
      ...(listing.developer ? { developer: listing.developer } : {}),
      ...(listing.url ? { url: listing.url } : {}),
      provenance: provenanceOf(item, archive.originOf(app)),
      version: item.version,
      ...(changes.length ? { changes } : {}),
      ...(listing.missingFields?.length ? { missingFields: listing.missingFields } : {}),
      assessment,
    };
    entries.push(parseWith(DatasetEntry, entry, 'dataset entry'));
  }
  if (unassessed.length) {
    const shown = unassessed.slice(0, 5).join(', ');
    throw new UserError(
      `${unassessed.length} listing(s) not assessed with rubric ${RUBRIC_VERSION} (${shown}${unassessed.length > 5 ? ', …' : ''}): run \`mindlabel reassess\` first`,
    );
  }
  const dataset = parseWith(
    Dataset,
    { schemaVersion: DATASET_SCHEMA_VERSION, rubricVersion: RUBRIC_VERSION, generatedAt: (options.now ?? new Date()).toISOString(), entries },
    'dataset',
  );
  return { dataset, notMentalHealth };
}

/** Write atomically: the extension build never sees half a file. */
export function writeDataset(file: string, dataset: Dataset): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.tmp-${process.pid}`;
  writeFileSync(temporary, `${JSON.stringify(dataset)}\n`);
  renameSync(temporary, file);
}
