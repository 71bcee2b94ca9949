// The headless browser is used only for pages that show their text after scripts run.
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
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

  it('what a rendered page loads obeys the address rule too: a refused script never runs', async () => {
    const asked: string[] = [];
    const site = http.createServer((req, res) => {
      asked.push(req.url ?? '');
      if (req.url === '/page') {
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end('<html><body><p id="out">page</p><script src="/allowed.js"></script><script src="/refused.js"></script></body></html>');
      }
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(`document.getElementById('out').textContent += ' + ${req.url === '/allowed.js' ? 'allowed' : 'REFUSED'}';`);
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const renderer = createChromiumRenderer();
    try {
      const { port } = site.address() as AddressInfo;
      const page = await renderer.render(`http://127.0.0.1:${port}/page`, {
        headers: {},
        userAgent: 'test',
        timeoutMs: 20_000,
        allowRequest: async (url) => !url.endsWith('/refused.js'),
      });
      expect(page.body).toContain('page + allowed');
      expect(page.body).not.toContain('REFUSED');
      expect(asked).not.toContain('/refused.js');
    } finally {
      await renderer.close();
      site.close();
    }
  }, 60_000);
});
