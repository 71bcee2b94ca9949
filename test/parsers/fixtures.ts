// The project's own made-up store pages (test/fixtures/store-pages), read by name.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../crawler/corpus.ts';

export const FIXTURE_DIR = path.join(projectRoot, 'test/fixtures/store-pages');

export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURE_DIR, name), 'utf8');
}
