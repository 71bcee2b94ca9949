// The headless browser, only for pages whose text appears after scripts run (see needsRendering).
// Launched lazily on first use with the system Chromium, and always closed by close().
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer';

export interface RenderedPage {
  status: number;
  body: string;
}

export interface RenderOptions {
  headers: Record<string, string>;
  userAgent: string;
  timeoutMs: number;
  /** Whether the page may load this address (scripts, frames, fetches); absent = everything. */
  allowRequest?: (url: string) => Promise<boolean>;
}

export interface Renderer {
  render(url: string, options: RenderOptions): Promise<RenderedPage>;
  close(): Promise<void>;
}

/** The system Chromium: MINDLABEL_CHROMIUM, else `chromium` (or `chromium-browser`) on PATH. */
export function chromiumPath(): string {
  if (process.env.MINDLABEL_CHROMIUM) return process.env.MINDLABEL_CHROMIUM;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of ['chromium', 'chromium-browser']) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return '/usr/bin/chromium';
}

/** Flags for a headless Chromium on a machine with no network but loopback (shared with the tests). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function createChromiumRenderer(): Renderer {
  let browser: Promise<Browser> | null = null;
  let profileDir: string | null = null;

  async function launch(): Promise<Browser> {
    const puppeteer = (await import('puppeteer')).default;
    profileDir = mkdtempSync(path.join(os.tmpdir(), 'mindlabel-chromium-'));
    return puppeteer.launch({
      headless: true,
      pipe: true,
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
      userDataDir: profileDir,
    });
  }

  return {
    async render(url, { headers, userAgent, timeoutMs, allowRequest }) {
      browser ??= launch();
      const page = await (await browser).newPage();
      try {
        await page.setUserAgent(userAgent);
        if (allowRequest) {
          // What the page loads obeys the crawler's own rule on addresses, not only the page itself.
          await page.setRequestInterception(true);
          page.on('request', (request) => {
            void allowRequest(request.url())
              .catch(() => false)
              .then((allowed) => (allowed ? request.continue() : request.abort('blockedbyclient')))
              .catch(() => undefined);
          });
        }
        if (Object.keys(headers).length) await page.setExtraHTTPHeaders(headers);
        const response = await page.goto(url, { waitUntil: 'networkidle0', timeout: timeoutMs });
        return { status: response?.status() ?? 0, body: await page.content() };
      } finally {
        await page.close().catch(() => undefined);
      }
    },
    async close() {
      const pending = browser;
      browser = null;
      try {
        if (pending) await (await pending).close();
      } finally {
        if (profileDir) rmSync(profileDir, { recursive: true, force: true });
        profileDir = null;
      }
    },
  };
}
