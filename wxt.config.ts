import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { Dataset } from './shared/schema/dataset.ts';
import { parseWith } from './shared/schema/validate.ts';

/** The dataset the crawler's `export` writes and the extension bundles (validated here, at build time). */
export const DATASET_PATH = 'extension/assets/dataset.json';

function validateBundledDataset(root: string): void {
  const file = path.resolve(root, DATASET_PATH);
  const dataset = parseWith(Dataset, JSON.parse(readFileSync(file, 'utf8')), `dataset ${DATASET_PATH}`);
  const seen = new Set<string>();
  for (const entry of dataset.entries) {
    const key = `${entry.store}:${entry.appId}`;
    if (seen.has(key)) throw new Error(`dataset ${DATASET_PATH}: ${key} appears twice`);
    seen.add(key);
    if (entry.assessment.store !== entry.store || entry.assessment.appId !== entry.appId) {
      throw new Error(`dataset ${DATASET_PATH}: the assessment of ${key} is about ${entry.assessment.store}:${entry.assessment.appId}`);
    }
  }
}

export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  // Every module imports what it uses. Auto-imports guessed at identifiers (a prop named `answer`)
  // and pulled the whole engine into the content script.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'build:before': (wxt) => validateBundledDataset(wxt.config.root),
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
