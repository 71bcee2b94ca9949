// Real Chromium with the built extension, fed recorded store pages through request
// interception: store URLs get their recorded page, chrome-extension:// passes, all else is
// aborted. Every request is recorded, with the extension's own contexts watched through CDP.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type CDPSession, type Page, type Target } from 'puppeteer';
import { CHROMIUM_ARGS, chromiumPath } from '../../crawler/fetch/render.ts';
import { BUILT_EXTENSION } from './global-setup.ts';

export const CHROMIUM = chromiumPath();

export interface SeenRequest {
  url: string;
  /** Where it came from: the page (and whether an extension script started it) or an extension context. */
  context: 'page' | 'extension';
  initiatedByExtension: boolean;
}

export interface Harness {
  browser: Browser;
  extensionId: string;
  requests: SeenRequest[];
  /** Recorded pages by URL (without fragment). */
  routes: Map<string, string>;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

function stackMentionsExtension(initiator: unknown): boolean {
  return JSON.stringify(initiator ?? {}).includes('chrome-extension://');
}

async function watchExtensionTarget(target: Target, requests: SeenRequest[], sessions: CDPSession[]): Promise<void> {
  if (!target.url().startsWith('chrome-extension://')) return;
  try {
    const session = await target.createCDPSession();
    sessions.push(session);
    session.on('Network.requestWillBeSent', (event) => {
      requests.push({ url: event.request.url, context: 'extension', initiatedByExtension: true });
    });
    await session.send('Network.enable');
  } catch {
    // The target went away before we could attach: it cannot send anything either.
  }
}

export async function launch(): Promise<Harness> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'mindlabel-e2e-'));
  const requests: SeenRequest[] = [];
  const sessions: CDPSession[] = [];
  const routes = new Map<string, string>();
  const browser = await puppeteer.launch({
    headless: true,
    pipe: true,
    executablePath: CHROMIUM,
    enableExtensions: [BUILT_EXTENSION],
    userDataDir,
    args: [...CHROMIUM_ARGS, '--window-size=1280,900'],
    defaultViewport: { width: 1280, height: 900 },
  });
  try {
    browser.on('targetcreated', (target: Target) => void watchExtensionTarget(target, requests, sessions));
    const worker = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
      { timeout: 20_000 },
    );
    await watchExtensionTarget(worker, requests, sessions);
    const extensionId = new URL(worker.url()).hostname;

    const newPage = async () => {
      const page = await browser.newPage();
      const cdp = await page.createCDPSession();
      sessions.push(cdp);
      await cdp.send('Network.enable');
      cdp.on('Network.requestWillBeSent', (event) => {
        requests.push({ url: event.request.url, context: 'page', initiatedByExtension: stackMentionsExtension(event.initiator) });
      });
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('chrome-extension://')) return void request.continue();
        const body = routes.get(url.split('#')[0]!);
        if (body !== undefined) return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
        return void request.abort('blockedbyclient');
      });
      return page;
    };
    return {
      browser,
      extensionId,
      requests,
      routes,
      newPage,
      close: async () => {
        await browser.close();
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

/** Poll on a timer: requestAnimationFrame polling stalls in background tabs. */
export const POLL = { polling: 50 } as const;

export const BADGE = '>>> [data-testid="mindlabel-badge"]';
export const LABEL = '>>> [data-testid="mindlabel-label"]';

export interface BadgeState {
  app: string | null;
  name: string | null;
  placement: string | null;
  marks: Record<string, { level: string; flagged: boolean }>;
}

/** What the badge shows, read from the page (null when there is none). */
export async function badgeState(page: Page): Promise<BadgeState | null> {
  return page.evaluate(() => {
    const host = document.querySelector('mindlabel-overlay') as HTMLElement | null;
    const root = host?.shadowRoot;
    const badge = root?.querySelector('[data-testid="mindlabel-badge"]');
    if (!host || !badge || host.hidden) return null;
    const marks: Record<string, { level: string; flagged: boolean }> = {};
    for (const mark of root!.querySelectorAll<HTMLElement>('.ml-mark')) {
      marks[mark.dataset.domain!] = { level: mark.dataset.level!, flagged: mark.dataset.flagged === 'true' };
    }
    return {
      app: root!.querySelector<HTMLElement>('.ml-root')?.dataset.app ?? null,
      name: badge.getAttribute('aria-label'),
      placement: host.dataset.placement ?? null,
      marks,
    };
  });
}

/** Waits until the badge shows `app` ("store:appId"). */
export async function waitForBadge(page: Page, app: string, timeout = 10_000): Promise<BadgeState> {
  await page.waitForFunction(
    (expected) => {
      const host = document.querySelector('mindlabel-overlay') as HTMLElement | null;
      return !!host && !host.hidden && host.shadowRoot?.querySelector<HTMLElement>('.ml-root')?.dataset.app === expected;
    },
    { timeout, polling: 50 },
    app,
  );
  return (await badgeState(page))!;
}
