// Where the real-world corpus lives: read in place, never copied into the repository.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `MINDLABEL_CORPUS` or `../shared/corpus` beside the project. */
export function corpusDir(): string {
  return process.env.MINDLABEL_CORPUS ?? path.resolve(projectRoot, '../shared/corpus');
}

/** Absolute path of a corpus file, e.g. `corpusFile('apps/mind-rated-apps-dev.csv')`. */
export function corpusFile(relative: string): string {
  return path.join(corpusDir(), relative);
}

export function hasCorpus(): boolean {
  return existsSync(path.join(corpusDir(), 'README.md'));
}

/** Message tests print when they skip for want of the corpus. */
export const NO_CORPUS_MESSAGE =
  'corpus not found (set MINDLABEL_CORPUS or place it at ../shared/corpus): skipping tests on real data';
