// Google Play's data-safety section: the summary on the details page and the full data-safety page
// (`/store/apps/datasafety?id=…`). Read from the page's data block, with its visible text as fallback.
import type { DataSafety, DataSafetyItem } from '../schema/listing.ts';
import { assertHtmlPage, descriptionText, htmlToText, metaContent, text } from './html.ts';
import { valueAt, firstAt, type Path } from './paths.ts';
import { findAppNode, playDataBlocks } from './play-blocks.ts';
import type { ParseReport } from './types.ts';

/** One line of the section as shown: a headline and, for data types, the list under it. */
export interface SafetyStatement {
  headline: string;
  detail?: string;
}

/**
 * What a statement says. Patterns are English (the crawler asks for `hl=en`); statements they do not
 * recognise keep their words in the summaries and leave the flags null rather than guessing.
 */
const STATEMENT_KINDS: readonly { kind: 'shared' | 'collected' | 'encrypted' | 'deletion' | 'review'; test: RegExp; negative?: RegExp }[] = [
  { kind: 'shared', test: /\bshar(e|es|ed|ing)\b/i, negative: /^\s*no\b/i },
  { kind: 'collected', test: /\bcollect(s|ed|ion)?\b/i, negative: /^\s*no\b/i },
  { kind: 'encrypted', test: /\bencrypt/i, negative: /\b(isn['’]?t|not|no)\b/i },
  { kind: 'deletion', test: /\bdelet(e|ed|ion)\b/i, negative: /\b(can['’]?t|cannot|not|no)\b/i },
  { kind: 'review', test: /\bindependent(ly)?\b.*\b(review|validated)\b/i },
];

function sentence(statement: SafetyStatement): string {
  return statement.detail ? `${statement.headline}: ${statement.detail}` : statement.headline;
}

/** Statements (from the details page, or the full page's headings) → a DataSafety without items. */
export function dataSafetyFromStatements(statements: readonly SafetyStatement[], detailed: boolean): DataSafety | undefined {
  if (statements.length === 0) return undefined;
  const safety: DataSafety = {
    noDataShared: null,
    noDataCollected: null,
    shared: [],
    collected: [],
    encryptedInTransit: null,
    deletionRequest: null,
    independentReview: null,
    detailed,
  };
  const unrecognised: SafetyStatement[] = [];
  for (const statement of statements) {
    const rule = STATEMENT_KINDS.find((k) => k.test.test(statement.headline));
    if (!rule) {
      unrecognised.push(statement);
      continue;
    }
    const negative = rule.negative ? rule.negative.test(statement.headline) : false;
    if (rule.kind === 'shared' && safety.sharedSummary === undefined) {
      safety.sharedSummary = sentence(statement);
      safety.noDataShared = negative;
    } else if (rule.kind === 'collected' && safety.collectedSummary === undefined) {
      safety.collectedSummary = sentence(statement);
      safety.noDataCollected = negative;
    } else if (rule.kind === 'encrypted') safety.encryptedInTransit = !negative;
    else if (rule.kind === 'deletion') safety.deletionRequest = !negative;
    else if (rule.kind === 'review') safety.independentReview = true;
  }
  // Another language: Play lists sharing first and collection second, so keep their words.
  if (safety.sharedSummary === undefined && safety.collectedSummary === undefined && unrecognised.length >= 2) {
    safety.sharedSummary = sentence(unrecognised[0]!);
    safety.collectedSummary = sentence(unrecognised[1]!);
  }
  return safety;
}

/** A summary entry in a data block: `[icon, headline, [null, detailHtml]?]`. */
function statementFromEntry(entry: unknown): SafetyStatement | undefined {
  const headline = text(valueAt(entry, [1]));
  if (!headline) return undefined;
  const rawDetail = text(valueAt(entry, [2, 1]));
  // "Learn more about how developers declare sharing" is a link, not part of what the app does.
  const detail = rawDetail && !/<a\b/i.test(rawDetail) ? descriptionText(rawDetail) : undefined;
  return detail ? { headline: descriptionText(headline), detail } : { headline: descriptionText(headline) };
}

/** Statements in a block list `[[icon, headline, [null, detail]], …]`. */
export function statementsFromEntries(entries: unknown): SafetyStatement[] {
  if (!Array.isArray(entries)) return [];
  return entries.map(statementFromEntry).filter((s): s is SafetyStatement => s !== undefined);
}

/**
 * Statements from the visible data-safety section: each is an icon followed by a headline and an
 * optional detail line. Found from the link to the data-safety page, which every language carries.
 */
export function statementsFromVisibleSection(html: string): SafetyStatement[] {
  const link = html.indexOf('/store/apps/datasafety?id=');
  if (link < 0) return [];
  const start = html.lastIndexOf('<section', link);
  const end = html.indexOf('</section>', link);
  if (start < 0 || end < 0) return [];
  const section = html.slice(start, end);
  const statements: SafetyStatement[] = [];
  const re = /<img\b[^>]*>\s*<div[^>]*>([^<]+)(?:<div[^>]*>([\s\S]*?)<\/div>)?\s*<\/div>/gi;
  for (let m = re.exec(section); m; m = re.exec(section)) {
    const headline = htmlToText(m[1]!);
    // As in the data block, a detail that is a "Learn more" link says nothing about the app.
    const detail = m[2] && !/<a\b/i.test(m[2]) ? htmlToText(m[2]) : '';
    if (headline) statements.push(detail ? { headline, detail } : { headline });
  }
  return statements;
}

// ---- The full data-safety page ----------------------------------------------------------------

/** Positions inside the app record of the data-safety page (field paths as data, with fallbacks). */
export const DATA_SAFETY_PATHS = {
  /** The whole data-safety record. */
  section: [[137], [136], [138]] as readonly Path[],
  /** Within the section: the [shared, collected] pair, and the security practices. */
  groups: [[4]] as readonly Path[],
  security: [[9, 2], [8, 2], [10, 2]] as readonly Path[],
  /** Within a group: its data categories, and its heading. */
  groupCategories: [0] as Path,
  groupHeading: [1] as Path,
  /** Within a category: its name, and its data types `[type, optional 0/1, "Purpose, Purpose"]`. */
  categoryName: [0, 1] as Path,
  categoryTypes: [4] as Path,
};

export interface PlayDataSafetyResult extends ParseReport {
  appId?: string;
  title?: string;
  dataSafety?: DataSafety;
}

function isSection(value: unknown): value is unknown[] {
  return Array.isArray(value) && Array.isArray(valueAt(value, [4])) && (valueAt(value, [4]) as unknown[]).length >= 1;
}

function itemsOf(group: unknown): DataSafetyItem[] {
  const categories = valueAt(group, DATA_SAFETY_PATHS.groupCategories);
  if (!Array.isArray(categories)) return [];
  const items: DataSafetyItem[] = [];
  for (const category of categories) {
    const name = text(valueAt(category, DATA_SAFETY_PATHS.categoryName));
    const types = valueAt(category, DATA_SAFETY_PATHS.categoryTypes);
    if (!name || !Array.isArray(types)) continue;
    for (const entry of types) {
      const type = text(valueAt(entry, [0]));
      if (!type) continue;
      const purposes = (text(valueAt(entry, [2])) ?? '').split(',').map((p) => p.trim()).filter(Boolean);
      const flag = valueAt(entry, [1]);
      items.push({ category: name, type, purposes, ...(flag === 0 || flag === 1 ? { optional: flag === 1 } : {}) });
    }
  }
  return items;
}

/** Which group is which: by heading when it says, else Play's order (shared, then collected). */
function sortGroups(groups: unknown[]): { shared?: unknown; collected?: unknown } {
  const heading = (g: unknown) => text(valueAt(g, DATA_SAFETY_PATHS.groupHeading)) ?? '';
  const shared = groups.find((g) => /\bshar/i.test(heading(g)));
  const collected = groups.find((g) => /\bcollect/i.test(heading(g)));
  return { shared: shared ?? (collected === undefined ? groups[0] : undefined), collected: collected ?? (shared === undefined ? groups[1] : undefined) };
}

function fromSection(section: unknown[]): DataSafety {
  const groups = (firstAt(section, DATA_SAFETY_PATHS.groups, (v) => (Array.isArray(v) ? v : undefined)) ?? []) as unknown[];
  const { shared, collected } = sortGroups(groups);
  const statements: SafetyStatement[] = [];
  for (const group of [shared, collected]) {
    const headline = text(valueAt(group, DATA_SAFETY_PATHS.groupHeading));
    const categories = [...new Set(itemsOf(group).map((item) => item.category))];
    if (headline) statements.push(categories.length ? { headline, detail: categories.join(', ') } : { headline });
  }
  const practices = firstAt(section, DATA_SAFETY_PATHS.security, (v) => (Array.isArray(v) && v.length ? v : undefined));
  statements.push(...statementsFromEntries(practices));
  const safety = dataSafetyFromStatements(statements, true)!;
  safety.shared = itemsOf(shared);
  safety.collected = itemsOf(collected);
  // A group with data types is not "no data"; a group without them but with a heading is.
  if (shared !== undefined) safety.noDataShared = safety.shared.length === 0;
  if (collected !== undefined) safety.noDataCollected = safety.collected.length === 0;
  return safety;
}

/** Headings of the visible data-safety page, for when the data block cannot be read. */
function statementsFromVisiblePage(html: string): SafetyStatement[] {
  const body = html.replace(/<script\b[\s\S]*?<\/script>/gi, ' ');
  const lines = htmlToText(body).split('\n');
  const wanted = /^(no data (shared|collected)\b.*|data (shared|collected)|data (is|isn['’]t) encrypted.*|you can request that data be deleted|data can['’]?t be deleted|independent security review)$/i;
  return lines.filter((line) => wanted.test(line)).map((headline) => ({ headline }));
}

/** The full data-safety page → DataSafety with `detailed: true`. */
export function parsePlayDataSafety(html: string, url?: string): PlayDataSafetyResult {
  assertHtmlPage(html, 'Google Play data-safety page');
  const blocks = playDataBlocks(html);
  const app = findAppNode(blocks, [(node) => firstAt(node, DATA_SAFETY_PATHS.section, (v) => (isSection(v) ? v : undefined)) !== undefined]);
  const section = app && firstAt(app.node, DATA_SAFETY_PATHS.section, (v) => (isSection(v) ? v : undefined));
  const result: PlayDataSafetyResult = { missingFields: [], warnings: [] };
  const appId = playPageAppId(html, url);
  if (appId) result.appId = appId;
  const title = text(valueAt(app?.node, [0, 0]));
  if (title) result.title = title;
  if (section) {
    result.dataSafety = fromSection(section);
  } else {
    const fallback = dataSafetyFromStatements(statementsFromVisiblePage(html), true);
    if (fallback) {
      result.dataSafety = fallback;
      result.warnings.push('data-safety data block not found: read the headings of the visible page only (no data types)');
      result.missingFields.push('dataSafety.shared', 'dataSafety.collected');
    } else result.missingFields.push('dataSafety');
  }
  return result;
}

/** `id` query parameter of a Play URL. */
export function appIdFrom(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m = /[?&]id=([A-Za-z0-9._]+)/.exec(url.replace(/&amp;/g, '&'));
  return m?.[1];
}

/** The app id a Play page is about: the URL it was fetched from, else its og:url or canonical links. */
export function playPageAppId(html: string, url?: string): string | undefined {
  const fromUrl = appIdFrom(url) ?? appIdFrom(metaContent(html, 'og:url'));
  if (fromUrl) return fromUrl;
  const re = /<link\b[^>]*rel="canonical"[^>]*>/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const id = appIdFrom(/href="([^"]+)"/i.exec(m[0])?.[1]);
    if (id) return id;
  }
  return undefined;
}
