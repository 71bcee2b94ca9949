// Builds the Chrome extension before the end-to-end tests when the build is missing or older
// than any of its sources, so `npm test` stays one command.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../crawler/corpus.ts';

/** The tests' own build, with their own dataset: never the crawler's export or a person's build. */
export const TEST_DATASET = path.join(projectRoot, 'test/fixtures/extension/dataset.json');
const OUT_DIR = path.join(projectRoot, '.output/e2e');
export const BUILT_EXTENSION = path.join(OUT_DIR, 'chrome-mv3');
const SOURCES = ['extension', 'shared', 'wxt.config.ts', 'package.json', 'test/fixtures/extension/dataset.json'];

function newestChange(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestChange(path.join(target, entry)));
  return newest;
}

export default function setup(): void {
  const manifest = path.join(BUILT_EXTENSION, 'manifest.json');
  const builtAt = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((s) => newestChange(path.join(projectRoot, s))));
  if (builtAt >= changedAt) return;
  console.log(`[e2e] building the extension (${builtAt ? 'sources changed since the last build' : 'no build yet'})…`);
  execFileSync(process.execPath, [path.join(projectRoot, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
    cwd: projectRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, MINDLABEL_DATASET: TEST_DATASET, MINDLABEL_OUT_DIR: OUT_DIR },
  });
}
