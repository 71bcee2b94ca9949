import * as z from 'zod/mini';
import { Domain, Finding, Quote, Status } from './finding.ts';
import { ListingPart, ReviewSummary, Store } from './listing.ts';

export const Level = z.enum(['clear', 'some', 'little', 'not_checked']);
export type Level = z.infer<typeof Level>;

export const DomainResult = z.object({
  domain: Domain,
  /** 0–100 over the criteria that could be judged; null when none could. */
  score: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
  level: Level,
  flagged: z.boolean(),
  judged: z.number(),
  total: z.number(),
});
export type DomainResult = z.infer<typeof DomainResult>;

/** One easy-read answer: a few short sentences and the quotes they rest on. */
export const EasyReadAnswer = z.object({
  question: z.string(),
  sentences: z.array(z.string()),
  quotes: z.array(Quote),
  warning: z.boolean(),
});
export type EasyReadAnswer = z.infer<typeof EasyReadAnswer>;

export const CrisisService = z.object({
  name: z.string(),
  offers: z.string(),
  reach: z.array(
    z.object({ kind: z.enum(['call', 'text', 'online']), value: z.string(), label: z.string() }),
  ),
});
export type CrisisService = z.infer<typeof CrisisService>;

export const HelpNow = z.object({
  /** The region the services are for, or null when none matched (general advice is shown). */
  region: z.nullable(z.string()),
  intro: z.array(z.string()),
  services: z.array(CrisisService),
  closing: z.array(z.string()),
});
export type HelpNow = z.infer<typeof HelpNow>;

export const EasyRead = z.object({
  evidence: EasyReadAnswer,
  privacy: EasyReadAnswer,
  safety: EasyReadAnswer,
  reviews: z.optional(EasyReadAnswer),
  help: HelpNow,
  /** "Checked on 12 March 2026 from the app's store page and privacy policy." */
  checked: z.string(),
});
export type EasyRead = z.infer<typeof EasyRead>;

export const ClinicianCriterion = z.object({
  criterion: z.string(),
  domain: Domain,
  title: z.string(),
  status: Status,
  weight: z.number(),
  /** The criterion's contribution to its domain score (weight × value) or null when not judged. */
  points: z.nullable(z.number()),
});

export const Clinician = z.object({
  formula: z.string(),
  statusValues: z.record(z.string(), z.number()),
  criteria: z.array(ClinicianCriterion),
});
export type Clinician = z.infer<typeof Clinician>;

export const Assessment = z.object({
  rubricVersion: z.string(),
  assessedAt: z.iso.datetime({ offset: true }),
  store: Store,
  appId: z.string(),
  title: z.string(),
  /** The listing parts that were read; anything else was not checked. */
  sourcesRead: z.array(ListingPart),
  domains: z.object({ evidence: DomainResult, privacy: DomainResult, safety: DomainResult }),
  flags: z.array(z.object({ criterion: z.string(), sentence: z.string() })),
  findings: z.array(Finding),
  easyRead: EasyRead,
  clinician: Clinician,
  reviews: z.optional(ReviewSummary),
});
export type Assessment = z.infer<typeof Assessment>;
