// Title, description and category read simply from a recorded store page (meta tags, JSON-LD and
// Play's description block) – enough text for classifying a page, not a full listing parser.

export interface StorePageText {
  title: string;
  description: string;
  category: string | null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

function metaContent(html: string, key: string): string | undefined {
  const tags = html.match(/<meta\b[^>]*>/gi) ?? [];
  for (const tag of tags) {
    if (new RegExp(`(?:property|name|itemprop)="${key}"`, 'i').test(tag)) {
      const content = /content="([^"]*)"/i.exec(tag)?.[1];
      if (content) return decodeEntities(content).trim();
    }
  }
  return undefined;
}

function jsonLdSoftware(html: string): Record<string, unknown> | undefined {
  for (const m of html.matchAll(/<script[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/gi)) {
    try {
      const data = JSON.parse(m[1]!) as unknown;
      const items = Array.isArray(data) ? data : [data];
      const app = items.find(
        (i): i is Record<string, unknown> =>
          typeof i === 'object' && i !== null && /Application/.test(String((i as Record<string, unknown>)['@type'])),
      );
      if (app) return app;
    } catch {
      // Malformed structured data: fall back to the meta tags.
    }
  }
  return undefined;
}

function stripTags(html: string): string {
  return decodeEntities(html.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, ''))
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Reads what a page says about itself; fields it cannot find are empty strings / null. */
export function readStorePageText(html: string): StorePageText {
  const ld = jsonLdSoftware(html);
  const playBlock = /data-g-id="description"[^>]*>([\s\S]*?)<\/div>/i.exec(html)?.[1];
  const title = (typeof ld?.name === 'string' ? ld.name : metaContent(html, 'og:title') ?? '')
    .replace(/\s+-\s+Apps on Google Play$/i, '')
    .replace(/^\u200e/, '')
    .trim();
  const description =
    (playBlock ? stripTags(playBlock) : undefined) ??
    (typeof ld?.description === 'string' ? ld.description : undefined) ??
    metaContent(html, 'og:description') ??
    metaContent(html, 'description') ??
    '';
  const category = typeof ld?.applicationCategory === 'string' ? ld.applicationCategory : null;
  return { title, description: description.replace(/^\u200e/, ''), category };
}
