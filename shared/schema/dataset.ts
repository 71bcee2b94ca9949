import * as z from 'zod/mini';
import { Assessment } from './assessment.ts';
import { HttpsUrl, ProvenanceByPart, Store } from './listing.ts';

export const DATASET_SCHEMA_VERSION = 1;

export const DatasetEntry = z.object({
  store: Store,
  appId: z.string().check(z.minLength(1)),
  title: z.string(),
  developer: z.optional(z.string()),
  url: z.optional(HttpsUrl),
  /** Where each part of the listing came from and when it was captured. */
  provenance: ProvenanceByPart,
  /** Version of the listing in the archive (1 = first seen), and what changed since the previous one. */
  version: z.number().check(z.int(), z.minimum(1)),
  changes: z.optional(
    z.array(z.object({ version: z.number(), at: z.string(), fields: z.array(z.string()) })),
  ),
  /** Fields the extractor could not find ("extraction failed: …"); empty when all were found. */
  missingFields: z.optional(z.array(z.string())),
  assessment: Assessment,
});
export type DatasetEntry = z.infer<typeof DatasetEntry>;

export const Dataset = z.object({
  schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
  rubricVersion: z.string(),
  generatedAt: z.iso.datetime({ offset: true }),
  entries: z.array(DatasetEntry),
});
export type Dataset = z.infer<typeof Dataset>;
