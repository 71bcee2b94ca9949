// Recorded material on disk, indexed by the store address each file stands for. The file names
// follow the corpus's own convention, so the corpus's store-pages/ folder and the project's
// fixtures (crawler/replay/fixtures/) are served alike:
//   play/details-<appId>.html            play.google.com/store/apps/details?id=<appId>
//   play/datasafety-<appId>.html         play.google.com/store/apps/datasafety?id=<appId>
//   apple/app-<cc>[-<slug>]-id<n>[-…].html  apps.apple.com/<cc>/app/<slug>/id<n>
//   apple/lookup-id<n>.json              itunes.apple.com/lookup?id=<n>
//   apple/amp-api-privacy-id<n>.json     amp-api.apps.apple.com/v1/catalog/<cc>/apps/<n>
//   play/reviews-<appId>-page<k>.txt     page k of the batchexecute reviews rpc (a POST naming the app;
//                                        page k+1 answers the next-page token page k gave)
//   apple/reviews-id<n>[-page<k>].json   itunes.apple.com/<cc>/rss/customerreviews/page=<k>/id=<n>/…/json
//   sites/<host>/<path>                  any other host (privacy policies), `.html` optional
//   robots/<host>.txt                    that host's robots.txt
// The corpus names its recorded review pages by the app's last name part instead
// (play/reviews-batchexecute-translate-page1.txt): they are served for the one recorded Play app
// whose id ends in that part (com.google.android.apps.translate), if there is exactly one.
// An optional manifest.json says what the material is: {"origin": "fixture"|"recorded", "capturedAt": ISO}.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parsePlayReviews } from '../../shared/parsers/play-reviews.ts';
import { isPlayAppId } from '../sources/google-play/urls.ts';

/** Play's batchexecute endpoint, where the reviews rpc is POSTed. */
export const PLAY_BATCHEXECUTE_PATH = '/_/PlayStoreUi/data/batchexecute';

export type MaterialOrigin = 'recorded' | 'fixture';

export interface MaterialFile {
  file: string;
  origin: MaterialOrigin;
  capturedAt: string;
  contentType: string;
}

export interface MaterialIndex {
  /** `host path` → file, e.g. `play.google.com /store/apps/details?id=x`. */
  routes: Map<string, MaterialFile>;
  /** Apple app pages by numeric id, whatever the storefront and slug asked for. */
  appleById: Map<string, MaterialFile>;
  /** Recorded Play review pages per app, page 1 first (pages missing in between are holes). */
  playReviews: Map<string, MaterialFile[]>;
  /** What the material holds, for seeding a crawl: Play ids and Apple ids (with storefront). */
  apps: { play: string[]; apple: { id: string; country: string }[] };
  dirs: string[];
}

export function routeKey(host: string, pathAndQuery: string): string {
  return `${host.toLowerCase()} ${pathAndQuery}`;
}

function contentTypeOf(file: string): string {
  if (file.endsWith('.json') || /\/reviews-[^/]*-page\d+\.txt$/.test(file)) return 'application/json; charset=utf-8';
  if (file.endsWith('.txt')) return 'text/plain; charset=utf-8';
  return 'text/html; charset=utf-8';
}

interface Manifest {
  origin?: MaterialOrigin;
  capturedAt?: string;
}

function readManifest(dir: string): Manifest {
  const file = path.join(dir, 'manifest.json');
  if (!existsSync(file)) return {};
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name));
}

/** The play.google.com / apps.apple.com / itunes / amp-api address a material file stands for. */
export function addressOf(relative: string): {
  host: string;
  path: string;
  appleId?: string;
  country?: string;
  playId?: string;
  playReviews?: { appId: string; page: number };
} | null {
  const rel = relative.split(path.sep).join('/');
  let m = /^play\/(details|datasafety)-(.+)\.html$/.exec(rel);
  if (m) return { host: 'play.google.com', path: `/store/apps/${m[1]}?id=${m[2]}`, playId: m[1] === 'details' ? m[2] : undefined };
  // The rpc is a POST to one address: the key names app and page, as the body and token do.
  m = /^play\/reviews-(.+)-page(\d+)\.txt$/.exec(rel);
  if (m && isPlayAppId(m[1]!) && Number(m[2]) >= 1) {
    return { host: 'play.google.com', path: `${PLAY_BATCHEXECUTE_PATH}?app=${m[1]}&page=${Number(m[2])}`, playReviews: { appId: m[1]!, page: Number(m[2]) } };
  }
  m = /^apple\/reviews-id(\d+)(?:-page(\d+))?\.json$/.exec(rel);
  if (m) return { host: 'itunes.apple.com', path: `/rss/customerreviews/page=${Number(m[2] ?? 1)}/id=${m[1]}/json` };
  m = /^apple\/app-([a-z]{2})-(?:(.+?)-)?id(\d+)(?:-[^/]*)?\.html$/.exec(rel);
  if (m) {
    const slug = m[2] ? `${m[2]}/` : '';
    return { host: 'apps.apple.com', path: `/${m[1]}/app/${slug}id${m[3]}`, appleId: m[3], country: m[1] };
  }
  m = /^apple\/lookup-id(\d+)\.json$/.exec(rel);
  if (m) return { host: 'itunes.apple.com', path: `/lookup?id=${m[1]}` };
  m = /^apple\/amp-api-privacy-id(\d+)\.json$/.exec(rel);
  if (m) return { host: 'amp-api.apps.apple.com', path: `/v1/catalog/apps/${m[1]}` };
  m = /^robots\/(.+)\.txt$/.exec(rel);
  if (m) return { host: m[1]!, path: '/robots.txt' };
  m = /^sites\/([^/]+)(\/.*)$/.exec(rel);
  if (m) return { host: m[1]!, path: m[2]!.replace(/\/index\.html$/, '/').replace(/\.html$/, '') };
  return null;
}

/** Index one or more material directories; earlier directories win when two hold the same address. */
export function indexMaterial(dirs: readonly string[]): MaterialIndex {
  const index: MaterialIndex = { routes: new Map(), appleById: new Map(), playReviews: new Map(), apps: { play: [], apple: [] }, dirs: [...dirs] };
  const reviewsFrom = new Map<string, string>();
  const addReviewPage = (appId: string, page: number, material: MaterialFile, dir: string) => {
    // One recording per app: pages from a later directory never mix with an earlier one's.
    if ((reviewsFrom.get(appId) ?? dir) !== dir) return;
    reviewsFrom.set(appId, dir);
    const pages = index.playReviews.get(appId) ?? [];
    pages[page - 1] ??= material;
    index.playReviews.set(appId, pages);
  };
  const byShortName: { name: string; page: number; material: MaterialFile; dir: string }[] = [];
  for (const dir of dirs) {
    const manifest = readManifest(dir);
    for (const file of listFiles(dir)) {
      const short = /^play\/reviews-batchexecute-([a-z0-9_]+)-page(\d+)\.txt$/i.exec(path.relative(dir, file).split(path.sep).join('/'));
      if (short && Number(short[2]) >= 1) {
        const material = { file, origin: manifest.origin ?? 'recorded', capturedAt: manifest.capturedAt ?? statSync(file).mtime.toISOString(), contentType: contentTypeOf(file) };
        byShortName.push({ name: short[1]!, page: Number(short[2]), material, dir });
        continue;
      }
      const address = addressOf(path.relative(dir, file));
      if (!address) continue;
      const key = routeKey(address.host, address.path);
      if (index.routes.has(key)) continue;
      const material: MaterialFile = {
        file,
        origin: manifest.origin ?? 'recorded',
        capturedAt: manifest.capturedAt ?? statSync(file).mtime.toISOString(),
        contentType: contentTypeOf(file),
      };
      index.routes.set(key, material);
      if (address.playId) index.apps.play.push(address.playId);
      if (address.playReviews) addReviewPage(address.playReviews.appId, address.playReviews.page, material, dir);
      if (address.appleId && !index.appleById.has(address.appleId)) {
        index.appleById.set(address.appleId, material);
        index.apps.apple.push({ id: address.appleId, country: address.country ?? 'us' });
      }
    }
  }
  for (const { name, page, material, dir } of byShortName) {
    const owners = index.apps.play.filter((id) => id.toLowerCase().endsWith(`.${name.toLowerCase()}`));
    if (owners.length === 1) addReviewPage(owners[0]!, page, material, dir);
  }
  return index;
}

/** The store a request without a host header is for, told by its path. */
export function hostForPath(pathname: string): string | null {
  if (pathname.startsWith('/store/apps/') || pathname.startsWith('/_/PlayStoreUi/')) return 'play.google.com';
  if (/^\/(?:[a-z]{2}\/)?rss\/customerreviews\//.test(pathname)) return 'itunes.apple.com';
  if (pathname === '/lookup' || pathname === '/search') return 'itunes.apple.com';
  if (pathname.startsWith('/v1/catalog/')) return 'amp-api.apps.apple.com';
  if (/^\/[a-z]{2}\/app\//.test(pathname)) return 'apps.apple.com';
  return null;
}

/** Find the material for a request, or null (the server answers 404). */
export function lookupMaterial(index: MaterialIndex, host: string, url: URL): MaterialFile | null {
  const h = host.toLowerCase();
  // Every host's robots.txt first: the stores' own are recorded too (robots/<host>.txt).
  if (url.pathname === '/robots.txt') return index.routes.get(routeKey(h, '/robots.txt')) ?? null;
  if (h === 'play.google.com') {
    const m = /^\/store\/apps\/(details|datasafety)$/.exec(url.pathname);
    const id = url.searchParams.get('id');
    return m && id ? (index.routes.get(routeKey(h, `/store/apps/${m[1]}?id=${id}`)) ?? null) : null;
  }
  if (h === 'apps.apple.com') {
    const m = /^\/[a-z]{2}\/app\/(?:[^/]+\/)?id(\d+)\/?$/.exec(url.pathname);
    return m ? (index.appleById.get(m[1]!) ?? null) : null;
  }
  if (h === 'itunes.apple.com' && url.pathname === '/lookup') {
    const id = url.searchParams.get('id');
    return id ? (index.routes.get(routeKey(h, `/lookup?id=${id}`)) ?? null) : null;
  }
  if (h === 'itunes.apple.com') {
    // Any storefront and sort order: a recording is one storefront's newest reviews.
    const m = /^\/(?:[a-z]{2}\/)?rss\/customerreviews\/(?:page=(\d+)\/)?id=(\d+)(?:\/sortby=[a-z]+)?\/json$/i.exec(url.pathname);
    if (m) return index.routes.get(routeKey(h, `/rss/customerreviews/page=${Number(m[1] ?? 1)}/id=${m[2]}/json`)) ?? null;
  }
  if (h === 'amp-api.apps.apple.com') {
    const m = /^\/v1\/catalog\/(?:[a-z]{2}\/)?apps\/(\d+)$/.exec(url.pathname);
    return m ? (index.routes.get(routeKey(h, `/v1/catalog/apps/${m[1]}`)) ?? null) : null;
  }
  const pathname = url.pathname.replace(/\/index\.html$/, '/').replace(/\.html$/, '');
  return index.routes.get(routeKey(h, pathname)) ?? null;
}

/**
 * The recorded review page a batchexecute request asks for: page 1 without a token, otherwise the
 * page after the one whose next-page token was sent. Null when the app or the token is unknown.
 */
export function lookupPlayReviews(index: MaterialIndex, request: { appId: string; token: string | null }): MaterialFile | null {
  const pages = index.playReviews.get(request.appId);
  if (!pages) return null;
  if (request.token === null) return pages[0] ?? null;
  for (let i = 0; i < pages.length - 1; i++) {
    const page = pages[i];
    if (!page) continue;
    let token: string | undefined;
    try {
      token = parsePlayReviews(readFileSync(page.file, 'utf8')).nextToken;
    } catch {
      continue;
    }
    if (token === request.token) return pages[i + 1] ?? null;
  }
  return null;
}
