import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { Dataset, DATASET_SCHEMA_VERSION } from './shared/schema/dataset.ts';
import { parseWith } from './shared/schema/validate.ts';
import { RUBRIC_VERSION } from './shared/rules/index.ts';

const root = path.dirname(fileURLToPath(import.meta.url));

/** The dataset the crawler's `export` writes and the extension bundles (validated here, at build time). */
export const DATASET_PATH = 'extension/assets/dataset.json';

/**
 * The dataset file to bundle: MINDLABEL_DATASET (the end-to-end tests bundle their own), else the
 * crawler's export. Before any export there is none: the build then bundles an empty dataset, and
 * the extension checks mental-health apps from their pages only – it never ships made-up apps.
 */
function datasetFile(): string {
  const chosen = path.resolve(root, process.env.MINDLABEL_DATASET ?? DATASET_PATH);
  if (existsSync(chosen)) return chosen;
  if (process.env.MINDLABEL_DATASET) throw new Error(`MINDLABEL_DATASET: no such file ${chosen}`);
  const empty = path.join(root, '.wxt/empty-dataset.json');
  mkdirSync(path.dirname(empty), { recursive: true });
  writeFileSync(empty, JSON.stringify({ schemaVersion: DATASET_SCHEMA_VERSION, rubricVersion: RUBRIC_VERSION, generatedAt: new Date(0).toISOString(), entries: [] }));
  console.log(`MindLabel: no dataset at ${DATASET_PATH} yet (run \`npm start\` to crawl and export one); bundling an empty dataset`);
  return empty;
}

const DATASET_FILE = datasetFile();

function validateBundledDataset(): void {
  const file = DATASET_FILE;
  const name = path.relative(root, file);
  const dataset = parseWith(Dataset, JSON.parse(readFileSync(file, 'utf8')), `dataset ${name}`);
  const seen = new Set<string>();
  for (const entry of dataset.entries) {
    const key = `${entry.store}:${entry.appId}`;
    if (seen.has(key)) throw new Error(`dataset ${name}: ${key} appears twice`);
    seen.add(key);
    if (entry.assessment.store !== entry.store || entry.assessment.appId !== entry.appId) {
      throw new Error(`dataset ${name}: the assessment of ${key} is about ${entry.assessment.store}:${entry.assessment.appId}`);
    }
  }
}

export default defineConfig({
  srcDir: 'extension',
  // The end-to-end tests build into their own folder, so they never replace a person's build.
  outDir: process.env.MINDLABEL_OUT_DIR ?? '.output',
  // Every module imports what it uses. Auto-imports guessed at identifiers (a prop named `answer`)
  // and pulled the whole engine into the content script.
  imports: false,
  vite: () => ({ plugins: [preact()], resolve: { alias: { 'mindlabel:dataset': DATASET_FILE } } }),
  hooks: {
    'build:before': () => validateBundledDataset(),
  },
  zip: {
    // Firefox reviewers get the sources needed to rebuild the extension, not the crawler's work.
    excludeSources: ['crawler/**', 'test/**', 'bench/**', 'var/**', 'test-results/**', 'coverage/**', '*.sqlite*', '.env'],
  },
  // Content-script match patterns are the only host access; `storage` the only permission.
  manifest: ({ browser }) => ({
    name: 'MindLabel',
    description: 'Plain-language checks of mental-health apps on Google Play and the App Store.',
    permissions: ['storage'],
    // Chrome warns about keys it does not know, so the Firefox-only settings go to Firefox only.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'mindlabel@mindlabel.app',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
