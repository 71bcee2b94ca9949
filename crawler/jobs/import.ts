// Imported listings (iTunes Search/Lookup JSON, CSV exports) into the archive, as an import run.
// An import never overwrites a listing gathered from store pages: it fills in apps not crawled,
// and between two exports of one app the more recent capture wins.
import type { Listing } from '../../shared/schema/listing.ts';
import type { Archive } from '../archive/archive.ts';
import { runKey } from './crawl.ts';

export interface ImportSummary {
  runId: number;
  stored: Record<string, number>;
  /** Apps already archived from store pages, left as they are. */
  keptCrawled: number;
  /** Apps already imported from a more recent export, left as they are. */
  keptNewer: number;
  failed: number;
}

const CRAWLED = new Set(['live', 'replay', 'recorded', 'fixture']);

export function archiveImported(archive: Archive, listings: readonly Listing[], source: string, now: Date = new Date()): ImportSummary {
  const targets = listings.map((l) => ({ store: l.store, appId: l.appId }));
  const run = archive.startOrResumeRun({ key: runKey({ targets, region: '', language: '', source: `import ${source}` }), mode: 'import', options: { source }, targets, now });
  const pending = new Set(run.pending.map((t) => `${t.store}:${t.appId}`));
  const summary: ImportSummary = { runId: run.runId, stored: {}, keptCrawled: 0, keptNewer: 0, failed: 0 };
  for (const listing of listings) {
    const key = `${listing.store}:${listing.appId}`;
    if (!pending.has(key)) continue;
    pending.delete(key);
    const origin = archive.originOf(listing);
    if (origin && CRAWLED.has(origin)) {
      archive.markSkipped(run.runId, listing, `already archived from store pages (${origin}); the import does not replace it`, now);
      summary.keptCrawled++;
      continue;
    }
    const archivedAt = origin === 'import' ? archive.capturedAtOf(listing) : null;
    const capturedAt = listing.provenance?.details?.capturedAt;
    if (archivedAt && capturedAt && archivedAt > capturedAt) {
      archive.markSkipped(run.runId, listing, `an export captured ${archivedAt.slice(0, 10)} is already archived; this one is from ${capturedAt.slice(0, 10)}`, now);
      summary.keptNewer++;
      continue;
    }
    const result = archive.commitApp({ runId: run.runId, store: listing.store, appId: listing.appId, pages: [], pageFailures: [], listing, failure: null, origin: 'import', now });
    if (result.state === 'done') summary.stored[result.outcome] = (summary.stored[result.outcome] ?? 0) + 1;
    else summary.failed++;
  }
  archive.finishRun(run.runId, now);
  return summary;
}
