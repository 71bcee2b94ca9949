// The headless browser is used only for pages that show their text after scripts run.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFetcher, replayRewrite } from '../../crawler/fetch/fetcher.ts';
import { chromiumPath, createChromiumRenderer } from '../../crawler/fetch/render.ts';
import { FIXTURE_REPLAY_DIR } from '../../crawler/replay/dirs.ts';
import { startReplayServer } from '../../crawler/replay/server.ts';

const hasChromium = existsSync(chromiumPath());
if (!hasChromium) console.log(`no Chromium at ${chromiumPath()} (set MINDLABEL_CHROMIUM): skipping the rendering test`);

describe.skipIf(!hasChromium)('rendering', () => {
  it('renders a script-only policy page, and nothing else', async () => {
    const server = await startReplayServer({ dirs: [FIXTURE_REPLAY_DIR] });
    const fetcher = createFetcher({ rewrite: replayRewrite(server.origin), allowPrivateHosts: true, perHostIntervalMs: 0, renderer: createChromiumRenderer() });
    try {
      const shell = await fetcher.fetchPage('https://sleepwell.example/legal/privacy', 'privacy-policy');
      expect(shell.rendered).toBe(true);
      expect(shell.body).toContain('Sleepwell Apps collects your approximate location');
      expect(shell.origin).toBe('fixture');
      const plain = await fetcher.fetchPage('https://moodharbour.example/privacy', 'privacy-policy');
      expect(plain.rendered).toBe(false);
      const store = await fetcher.fetchPage('https://play.google.com/store/apps/details?id=org.example.moodharbour', 'play-details');
      expect(store.rendered).toBe(false);
      // The browser's request went to the replay, for the policy's own host.
      expect(server.requests.filter((r) => r.host === 'sleepwell.example' && r.path === '/legal/privacy')).toHaveLength(2);
    } finally {
      await fetcher.close();
      await server.close();
    }
  }, 60_000);
});
