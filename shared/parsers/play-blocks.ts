// Google Play pages carry their data in `AF_initDataCallback({key: 'ds:N', hash: …, data: […], sideChannel: {}})`
// script blocks. Block numbers move between page versions, so blocks are found by shape, never by key.
import { valueAt, type Path } from './paths.ts';

export interface DataBlock {
  key: string;
  data: unknown;
}

const MARK = 'AF_initDataCallback(';

/** Every data block on the page, parsed; blocks that are cut off or not JSON are skipped. */
export function playDataBlocks(html: string): DataBlock[] {
  const blocks: DataBlock[] = [];
  for (let at = html.indexOf(MARK); at >= 0; at = html.indexOf(MARK, at + MARK.length)) {
    const end = html.indexOf('</script>', at);
    const chunk = html.slice(at, end < 0 ? html.length : end);
    const key = /key:\s*'([^']+)'/.exec(chunk.slice(0, 200))?.[1];
    const dataAt = chunk.indexOf('data:');
    if (!key || dataAt < 0) continue;
    const sideAt = chunk.lastIndexOf('sideChannel');
    let raw = sideAt > dataAt ? chunk.slice(dataAt + 5, sideAt) : chunk.slice(dataAt + 5).replace(/\}\s*\)\s*;?\s*$/, '');
    raw = raw.trim().replace(/,$/, '');
    try {
      blocks.push({ key, data: JSON.parse(raw) as unknown });
    } catch {
      // A truncated or altered block: the parser reports the fields it then misses.
    }
  }
  return blocks;
}

/** Where an app's record sits inside a block (`[1][2]` on details and data-safety pages today). */
export const APP_NODE_PATHS: readonly Path[] = [[1, 2], [0, 1, 2], [1, 1, 2]];

/**
 * The app record: among all blocks, the array at one of `APP_NODE_PATHS` whose first entry holds the
 * title and where most of `probes` resolve. Returns the block key too, for provenance and debugging.
 */
export function findAppNode(
  blocks: readonly DataBlock[],
  probes: readonly ((node: unknown[]) => boolean)[],
): { key: string; node: unknown[] } | undefined {
  let best: { key: string; node: unknown[]; score: number } | undefined;
  for (const block of blocks) {
    for (const path of APP_NODE_PATHS) {
      const node = valueAt(block.data, path);
      if (!Array.isArray(node) || typeof valueAt(node, [0, 0]) !== 'string') continue;
      const score = probes.reduce((sum, probe) => sum + (probe(node) ? 1 : 0), 0);
      if (score > 0 && (!best || score > best.score)) best = { key: block.key, node, score };
    }
  }
  return best && { key: best.key, node: best.node };
}
