// Pure checks on a fetched page: is it cut off, does it need a browser to show its text.

/** Hosts whose pages always end with </html>: a body without it was cut off in transit. */
export const STORE_HOSTS: readonly string[] = [
  'play.google.com',
  'apps.apple.com',
  'itunes.apple.com',
  'amp-api.apps.apple.com',
];

export function isStoreHost(host: string): boolean {
  return STORE_HOSTS.includes(host.toLowerCase());
}

/** A store HTML page missing its closing tag (a dropped connection, a proxy limit). */
export function looksTruncated(host: string, contentType: string | null, body: string): boolean {
  if (!isStoreHost(host)) return false;
  if (!contentType || !/html/i.test(contentType)) return false;
  return !/<\/html>\s*$/i.test(body);
}

/** The text a reader would see, roughly: scripts, styles and tags removed, whitespace collapsed. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether an HTML page shows its content only after scripts run (a single-page app shell): little
 * visible text but scripts present. Such pages go to the headless browser; others never do.
 */
export function needsRendering(html: string, minVisibleChars = 200): boolean {
  if (!/<script\b/i.test(html)) return false;
  if (/<noscript\b[^>]*>[\s\S]*?enable javascript/i.test(html)) return true;
  return visibleText(html).length < minVisibleChars;
}
