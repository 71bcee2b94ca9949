import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'MindLabel',
    description: 'Plain-language checks of mental-health apps on Google Play and the App Store.',
    permissions: ['storage'],
    browser_specific_settings: {
      gecko: {
        id: 'mindlabel@mindlabel.app',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
