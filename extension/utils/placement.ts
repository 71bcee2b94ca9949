// Keeps the shadow host beside the title. The host is positioned absolutely (or fixed in the
// corner fallback), outside the page's flow, so the store's own content never moves.
import { freeAround, lastLineBox, placeBadge, type Placement } from './anchors.ts';

export const CORNER_OFFSET = 16;

function containingOffset(): { x: number; y: number } {
  // The host hangs off <html>; if the page positioned <html>, coordinates are relative to it.
  const root = document.documentElement;
  if (getComputedStyle(root).position === 'static') return { x: 0, y: 0 };
  const rect = root.getBoundingClientRect();
  return { x: rect.left + window.scrollX, y: rect.top + window.scrollY };
}

/**
 * Before the first placement: laid out hidden in the top corner, so measuring the badge never
 * lays it out anywhere it will not stay (that would count as a layout shift).
 */
export function prepareHost(host: HTMLElement): void {
  const style = host.style;
  style.setProperty('position', 'absolute', 'important');
  style.setProperty('top', '0', 'important');
  style.setProperty('left', '0', 'important');
  style.setProperty('visibility', 'hidden', 'important');
}

export function applyPlacement(host: HTMLElement, anchor: Element | null, badge: HTMLElement | null): Placement {
  const size = badge?.getBoundingClientRect() ?? { width: 0, height: 0 };
  const heading = anchor?.getBoundingClientRect();
  const placement = placeBadge({
    line: anchor ? lastLineBox(anchor) : null,
    heading: heading && heading.width > 0 ? { left: heading.left, top: heading.top, right: heading.right, bottom: heading.bottom } : null,
    badge: { width: size.width, height: size.height },
    viewport: { width: document.documentElement.clientWidth, height: window.innerHeight },
    scroll: { x: window.scrollX, y: window.scrollY },
    ...(anchor ? { isFree: freeAround(anchor, host) } : {}),
  });
  const style = host.style;
  style.setProperty('margin', '0', 'important');
  style.setProperty('padding', '0', 'important');
  style.setProperty('z-index', '2147483000', 'important');
  style.setProperty('display', 'block', 'important');
  if (placement.mode === 'corner') {
    style.setProperty('position', 'fixed', 'important');
    style.setProperty('top', 'auto', 'important');
    style.setProperty('left', 'auto', 'important');
    style.setProperty('right', `${CORNER_OFFSET}px`, 'important');
    style.setProperty('bottom', `${CORNER_OFFSET}px`, 'important');
  } else {
    const offset = containingOffset();
    style.setProperty('position', 'absolute', 'important');
    style.setProperty('right', 'auto', 'important');
    style.setProperty('bottom', 'auto', 'important');
    style.setProperty('top', `${Math.round(placement.top - offset.y)}px`, 'important');
    style.setProperty('left', `${Math.round(placement.left - offset.x)}px`, 'important');
  }
  style.setProperty('visibility', 'visible', 'important');
  host.dataset.placement = placement.mode;
  return placement;
}
