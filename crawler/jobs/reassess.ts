// Re-assess every archived listing with the current rubric – no network: the archive holds
// everything the engine reads. Runs whenever the rubric changes, and after every crawl.
import { assess } from '../../shared/assess.ts';
import { RUBRIC_VERSION } from '../../shared/rules/index.ts';
import type { Assessment } from '../../shared/schema/assessment.ts';
import { appKey, type AppRef, type Archive } from '../archive/archive.ts';
import type { Progress } from '../progress.ts';

export interface ReassessOptions {
  archive: Archive;
  /** Assessment time (defaults to now); fixed in tests so two archives compare equal. */
  now?: Date;
  /** Crisis-service region; by default each listing's own region. */
  region?: string | null;
  progress?: (total: number) => Progress;
}

export interface ReassessSummary {
  rubricVersion: string;
  assessed: number;
  failed: { app: string; message: string }[];
  elapsedMs: number;
}

const BATCH = 200;

export function reassess(options: ReassessOptions): ReassessSummary {
  const started = Date.now();
  const { archive } = options;
  const listings = [...archive.currentListings()];
  const progress = options.progress?.(listings.length);
  const summary: ReassessSummary = { rubricVersion: RUBRIC_VERSION, assessed: 0, failed: [], elapsedMs: 0 };
  let batch: { app: AppRef; version: number; assessment: Assessment }[] = [];
  const flush = () => {
    archive.saveAssessments(batch);
    batch = [];
  };
  for (const item of listings) {
    const app = { store: item.store, appId: item.appId };
    try {
      const assessment = assess(item.listing, {
        now: options.now ?? new Date(),
        ...(options.region !== undefined ? { region: options.region } : {}),
      });
      batch.push({ app, version: item.version, assessment });
      summary.assessed++;
      progress?.tick();
    } catch (error) {
      // One listing the engine cannot handle is reported; the others are still assessed.
      summary.failed.push({ app: appKey(app), message: error instanceof Error ? error.message : String(error) });
      progress?.tick(true);
    }
    if (batch.length >= BATCH) flush();
  }
  if (batch.length) flush();
  progress?.finish();
  summary.elapsedMs = Date.now() - started;
  return summary;
}
