// The engine and the extension run in the browser: no Node built-ins or Node-only packages there
// (`natural` alone would build a 14 MB script that crashes).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../crawler/corpus.ts';

const NODE_ONLY = /\bfrom\s+['"](?:node:[\w/]+|fs|path|os|http|https|crypto|child_process|natural|better-sqlite3|puppeteer|google-play-scraper|jsdom)['"]/u;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(projectRoot, dir), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(?:ts|tsx)$/u.test(d.name))
    .map((d) => path.relative(projectRoot, path.join(d.parentPath, d.name)));
}

describe('browser-safe code', () => {
  it.each(['shared', 'extension'])('%s/ imports nothing Node-only', (dir) => {
    const offenders = sourceFiles(dir).filter((file) => NODE_ONLY.test(readFileSync(path.join(projectRoot, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('catches a Node-only import when there is one', () => {
    expect(NODE_ONLY.test("import natural from 'natural';")).toBe(true);
    expect(NODE_ONLY.test("import { readFileSync } from 'node:fs';")).toBe(true);
    expect(NODE_ONLY.test("import { assess } from '../../shared/assess.ts';")).toBe(false);
  });
});
