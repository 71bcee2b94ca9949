// The seed list's shape: every id is a fact taken from a named source, never guessed.
import * as z from 'zod/mini';

/** Where an id was read from (corpus files, relative to the corpus directory). */
export const IdSource = z.enum([
  'apps/mind-rated-apps-dev.csv',
  'apps/itunes-search-mental-health-apps-2026.json',
  'apps/play-data-safety-health-medical-2022.csv',
]);
export type IdSource = z.infer<typeof IdSource>;

/** Google Play package name: dot-separated Java identifiers, at least two parts. */
export const PLAY_ID = /^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+$/;
/** App Store numeric id (the n in `/id{n}`). */
export const APPLE_ID = /^[1-9][0-9]{5,11}$/;

export const Seed = z
  .object({
    name: z.string().check(z.minLength(1)),
    playId: z.optional(z.string().check(z.regex(PLAY_ID, 'a Google Play package name like com.example.app'))),
    appleId: z.optional(z.string().check(z.regex(APPLE_ID, 'a numeric App Store id'))),
    source: z.object({
      play: z.optional(IdSource),
      apple: z.optional(IdSource),
    }),
    /** Named by the users in the study behind MindLabel (issue 3). */
    studyNamed: z.optional(z.boolean()),
    /** Why a store is missing, or what is uncertain about the entry. */
    note: z.optional(z.string()),
  })
  .check(
    z.refine((s) => (s.playId === undefined) === (s.source.play === undefined), {
      message: 'a Play id needs its source, and a source needs a Play id',
    }),
    z.refine((s) => (s.appleId === undefined) === (s.source.apple === undefined), {
      message: 'an App Store id needs its source, and a source needs an App Store id',
    }),
    z.refine((s) => (s.playId !== undefined && s.appleId !== undefined) || (s.note ?? '').length > 0, {
      message: 'an entry missing a store must say why in `note`',
    }),
  );
export type Seed = z.infer<typeof Seed>;

export const SeedList = z.array(Seed);
