// What makes two captures of a listing "the same": their content, not when or how they were captured.
import { createHash } from 'node:crypto';
import type { Listing } from '../../shared/schema/listing.ts';

/** Fields that describe the capture, not the listing: a re-crawl changing only these is no new version. */
export const CAPTURE_FIELDS: readonly string[] = ['provenance'];

/** JSON with object keys sorted, so equal content always serialises to equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, node: unknown) => {
    if (node && typeof node === 'object' && !Array.isArray(node)) {
      const record = node as Record<string, unknown>;
      return Object.fromEntries(Object.keys(record).sort().map((k) => [k, record[k]]));
    }
    return node;
  });
}

function contentOf(listing: Listing): Record<string, unknown> {
  const content: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(listing)) {
    if (!CAPTURE_FIELDS.includes(key) && value !== undefined) content[key] = value;
  }
  return content;
}

export function contentHash(listing: Listing): string {
  return createHash('sha256').update(canonicalJson(contentOf(listing))).digest('hex');
}

/** Top-level listing fields whose content differs between two captures (sorted). */
export function changedFields(previous: Listing, next: Listing): string[] {
  const before = contentOf(previous);
  const after = contentOf(next);
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => canonicalJson(before[k]) !== canonicalJson(after[k])).sort();
}
