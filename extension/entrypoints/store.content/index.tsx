// The content script on Google Play and App Store pages. It reads the page, looks the app up in
// the bundled dataset (or assesses the page itself), and shows the badge beside the title. It
// never makes a request, and whatever goes wrong, the store page keeps working.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startOverlay } from './overlay.tsx';

export default defineContentScript({
  // Whole hosts, not only app pages: Google Play moves between pages without loading a new
  // document, so the script must already be there when a person arrives at an app.
  matches: ['https://play.google.com/*', 'https://apps.apple.com/*'],
  runAt: 'document_end',
  async main(ctx) {
    try {
      await startOverlay(ctx);
    } catch (error) {
      console.warn('MindLabel could not start on this page:', error);
    }
  },
});
