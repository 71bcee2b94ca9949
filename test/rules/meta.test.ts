// Conventions every rubric criterion follows: one file per criterion, registered, id = domain +
// file name, a table with cases that pass and fail, and plain sentences (FK grade ≤ 6).
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { criteria } from '../../shared/rules/index.ts';
import type { Criterion } from '../../shared/rules/types.ts';
import { Domain } from '../../shared/schema/finding.ts';
import { createContext } from '../../shared/text/context.ts';
import { EASY_READ_LIMITS, readability } from '../../shared/text/readability.ts';
import { listing, type Table } from './evidence/table.ts';
import { evidenceTables } from './evidence/tables.ts';
import { safetyTables } from './safety/tables.ts';

const rulesDir = path.resolve(import.meta.dirname, '../../shared/rules');
const domains = Domain.options;

/** Tables per domain; a domain's table joins the checks once its owner writes test/rules/<domain>/tables.ts. */
async function tablesByDomain(): Promise<Record<string, Readonly<Record<string, Table>>>> {
  const out: Record<string, Readonly<Record<string, Table>>> = { evidence: evidenceTables, safety: safetyTables };
  for (const d of domains) {
    if (out[d]) continue;
    const file = path.resolve(import.meta.dirname, d, 'tables.ts');
    if (!existsSync(file)) continue;
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const table = mod[`${d}Tables`];
    if (table && typeof table === 'object') out[d] = table as Readonly<Record<string, Table>>;
  }
  return out;
}

function isCriterion(value: unknown): value is Criterion {
  return typeof value === 'object' && value !== null && 'meta' in value && typeof (value as Criterion).assess === 'function';
}

describe('rubric conventions', () => {
  it('criterion ids are unique', () => {
    const ids = criteria.map((c) => c.meta.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it.each(domains)('every criterion file in shared/rules/%s/ is registered under <domain>.<file name>', async (domain) => {
    const dir = path.join(rulesDir, domain);
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && statSync(path.join(dir, f)).isFile());
    const registered = new Set(criteria.filter((c) => c.meta.domain === domain));
    for (const file of files) {
      const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { default?: unknown };
      // Modules without a default criterion are helpers of the domain (phrases, section readers).
      if (!isCriterion(mod.default)) continue;
      expect(mod.default.meta.id, file).toBe(`${domain}.${file.replace(/\.ts$/u, '')}`);
      expect(registered.has(mod.default), `${file} is not in shared/rules/${domain}/index.ts`).toBe(true);
    }
    for (const c of registered) {
      expect(files, `${c.meta.id} has no file of its own`).toContain(`${c.meta.id.split('.')[1]}.ts`);
    }
  });

  it('every criterion states its domain, a plain question, a weight and the parts it needs', () => {
    for (const c of criteria) {
      expect(c.meta.id.startsWith(`${c.meta.domain}.`), c.meta.id).toBe(true);
      expect(c.meta.question.length, c.meta.id).toBeGreaterThan(10);
      expect(c.meta.weight, c.meta.id).toBeGreaterThanOrEqual(0);
      expect(c.meta.needs.length, c.meta.id).toBeGreaterThan(0);
    }
  });
});

describe('criterion tables', async () => {
  const tables = await tablesByDomain();
  const tabled = criteria.filter((c) => tables[c.meta.domain]);

  it.each(tabled.map((c) => [c.meta.id, c] as const))('%s has a case that passes and one that fails', (_, c) => {
    const table = tables[c.meta.domain]![c.meta.id] ?? [];
    expect(table.some((t) => t.status === 'met' || t.status === 'partial'), 'no met/partial case').toBe(true);
    expect(table.some((t) => t.status === 'not_met' || t.status === 'flag'), 'no not_met/flag case').toBe(true);
  });

  it.each(tabled.map((c) => [c.meta.id, c] as const))('%s writes sentences people can read (FK grade ≤ 6, reading ease ≥ 70)', (_, c) => {
    const sentences = new Set<string>();
    for (const t of tables[c.meta.domain]![c.meta.id] ?? []) {
      sentences.add(createContext(listing(t.description, t.title, t.region)).verdict(c).sentence);
    }
    for (const s of sentences) {
      const r = readability(s);
      expect(r.grade, s).toBeLessThanOrEqual(EASY_READ_LIMITS.maxGrade);
      expect(r.ease, s).toBeGreaterThanOrEqual(EASY_READ_LIMITS.minEase);
    }
  });
});
