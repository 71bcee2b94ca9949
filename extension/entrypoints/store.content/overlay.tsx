// The overlay's life on a store page: detect the app, find its assessment, mount the badge in a
// shadow root beside the title, follow in-page navigation and setting changes.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Assessment } from '../../../shared/schema/assessment.ts';
import { badgeName, helpNow } from '../../../shared/summary.ts';
import { Overlay } from '../../components/Overlay.tsx';
import css from '../../components/mindlabel.css?inline';
import { findTitleAnchor } from '../../utils/anchors.ts';
import { checkLive, lookupEntry } from '../../utils/lookup.ts';
import { readPageFields } from '../../utils/page-fields.ts';
import { listingFromPage } from '../../utils/page-listing.ts';
import { applyPlacement, prepareHost } from '../../utils/placement.ts';
import { resolveRegion } from '../../utils/region.ts';
import { regionSetting, showBadgeSetting } from '../../utils/settings.ts';
import { detectStorePage, samePage, type StorePage } from '../../utils/store-page.ts';

/** How long to wait for the page to show the new app after an in-page navigation. */
const NAVIGATION_WAIT_MS = 3000;

interface Shown {
  page: StorePage;
  assessment: Assessment;
  pageOnly: boolean;
}

interface State {
  page: StorePage | null;
  shown: Shown | null;
  /** Bumped on every navigation, so work for a page the person already left is dropped. */
  generation: number;
  region: string;
  showBadge: boolean;
  ui: ShadowRootContentScriptUi<HTMLElement> | null;
  anchor: Element | null;
}

function log(what: string, error: unknown): void {
  console.warn(`MindLabel: ${what}:`, error);
}

/** Resolves once the page's title is no longer `previousTitle` (or after the time limit). */
function waitForNewContent(ctx: ContentScriptContext, store: StorePage['store'], previousTitle: string | null): Promise<void> {
  return new Promise((resolve) => {
    const changed = () => readPageFields(document, store).title !== previousTitle;
    if (!previousTitle || changed()) return resolve();
    const observer = new MutationObserver(() => {
      if (changed()) finish();
    });
    const timer = ctx.setTimeout(() => finish(), NAVIGATION_WAIT_MS);
    function finish() {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    }
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(finish);
  });
}

export async function startOverlay(ctx: ContentScriptContext): Promise<void> {
  const state: State = { page: null, shown: null, generation: 0, region: 'auto', showBadge: true, ui: null, anchor: null };
  const settingsRead = Promise.all([regionSetting.getValue(), showBadgeSetting.getValue()]).then(
    ([region, showBadge]) => {
      state.region = region;
      state.showBadge = showBadge;
    },
    (error) => log('settings could not be read, using defaults', error),
  );

  const help = (page: StorePage) =>
    helpNow(resolveRegion({ setting: state.region, pageRegion: page.region, languages: navigator.languages ?? [] }));

  const renderShown = () => {
    const ui = state.ui;
    if (!ui?.mounted) return;
    const shown = state.shown;
    if (!shown || !state.showBadge) {
      render(null, ui.mounted);
      ui.shadowHost.hidden = true;
      return;
    }
    ui.shadowHost.hidden = false;
    render(
      <Overlay
        key={`${shown.page.store}:${shown.page.appId}`}
        assessment={shown.assessment}
        help={help(shown.page)}
        badgeName={badgeName(shown.assessment)}
        pageOnly={shown.pageOnly}
      />,
      ui.mounted,
    );
    place();
  };

  const place = () => {
    const ui = state.ui;
    if (!ui?.mounted || !state.shown) return;
    if (!state.anchor?.isConnected) {
      state.anchor = findTitleAnchor(document, state.shown.page.store, { expectedTitle: state.shown.assessment.title })?.element ?? null;
    }
    applyPlacement(ui.shadowHost, state.anchor, ui.shadow.querySelector<HTMLElement>('[data-testid="mindlabel-badge"]'));
  };

  const ensureUi = async () => {
    if (state.ui) return state.ui;
    const ui = await createShadowRootUi<HTMLElement>(ctx, {
      name: 'mindlabel-overlay',
      position: 'inline',
      // Hung off <html> and positioned absolutely: the store's own layout never moves.
      anchor: () => document.documentElement,
      append: 'last',
      css,
      // Our own reset (mindlabel.css) instead of WXT's `all: initial !important`, which would
      // also override the host's inline position.
      inheritStyles: true,
      // Keys typed in the label must not trigger the store's own shortcuts.
      isolateEvents: true,
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    state.ui = ui;
    prepareHost(ui.shadowHost);
    ui.mount();
    return ui;
  };

  const clear = () => {
    state.shown = null;
    state.anchor = null;
    renderShown();
  };

  const update = async (url: string, navigated: { previousTitle: string | null } | null) => {
    const generation = ++state.generation;
    const page = detectStorePage(url);
    if (!samePage(page, state.page)) clear();
    state.page = page;
    if (!page) return;
    const entryPromise = lookupEntry(page).catch((error) => {
      log('the dataset could not be read', error);
      return null;
    });
    if (navigated) await waitForNewContent(ctx, page.store, navigated.previousTitle);
    await settingsRead;
    const entry = await entryPromise;
    if (generation !== state.generation || ctx.isInvalid) return;
    let shown: Shown | null = null;
    if (entry) {
      shown = { page, assessment: entry.assessment, pageOnly: false };
    } else {
      const listing = listingFromPage(document, page, url);
      if (!listing) return;
      const region = resolveRegion({ setting: state.region, pageRegion: page.region, languages: navigator.languages ?? [] });
      const live = await checkLive(listing, region);
      if (!live?.mentalHealth || generation !== state.generation || ctx.isInvalid) return;
      shown = { page, assessment: live.assessment, pageOnly: true };
    }
    state.shown = shown;
    state.anchor = null;
    await ensureUi();
    if (generation !== state.generation) return;
    renderShown();
  };

  const safely = (what: string, work: () => Promise<void> | void) => {
    try {
      const result = work();
      if (result) result.catch((error) => log(what, error));
    } catch (error) {
      log(what, error);
    }
  };

  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
    const previousTitle = state.shown?.assessment.title ?? (state.page ? readPageFields(document, state.page.store).title : null);
    safely('in-page navigation', () => update(newUrl.href, { previousTitle }));
  });
  ctx.onInvalidated(
    regionSetting.watch((region) => {
      state.region = region;
      safely('region change', renderShown);
    }),
  );
  ctx.onInvalidated(
    showBadgeSetting.watch((showBadge) => {
      state.showBadge = showBadge;
      safely('show/hide change', renderShown);
    }),
  );

  // The title moves when the page reflows (fonts, images, window size): follow it.
  let frame = 0;
  const schedulePlace = () => {
    if (frame || !state.shown) return;
    frame = ctx.requestAnimationFrame(() => {
      frame = 0;
      safely('placing the badge', place);
    });
  };
  const resizes = new ResizeObserver(schedulePlace);
  resizes.observe(document.documentElement);
  ctx.onInvalidated(() => resizes.disconnect());
  ctx.addEventListener(window, 'resize', schedulePlace, { passive: true });
  // Scrolling inside a scroll container (not the window) moves the title on screen.
  ctx.addEventListener(document, 'scroll', (event) => event.target !== document && schedulePlace(), { passive: true, capture: true });

  await update(location.href, null);
}
