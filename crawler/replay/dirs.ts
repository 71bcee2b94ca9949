// Where recorded material lives: the project's own fixtures, and the corpus's store pages when present.
import path from 'node:path';
import { corpusFile, hasCorpus, projectRoot } from '../corpus.ts';

export const FIXTURE_REPLAY_DIR = path.join(projectRoot, 'crawler/replay/fixtures');

export function corpusStorePagesDir(): string | null {
  return hasCorpus() ? corpusFile('store-pages') : null;
}

/** Fixtures first (so our robots.txt files and policies are found), then the corpus's pages. */
export function defaultMaterialDirs(): string[] {
  const corpus = corpusStorePagesDir();
  return corpus ? [FIXTURE_REPLAY_DIR, corpus] : [FIXTURE_REPLAY_DIR];
}
