// Conventions every rubric criterion follows: one file per criterion, registered, id = domain +
// file name; metadata that carries its sentences and its place on the label (so no other file
// keeps a list of criterion ids); rule files written with the kit only; a table with cases that
// pass, fail and – when a needed part is missing – come out unknown; plain sentences.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { criteria } from '../../shared/rules/index.ts';
import { fill, parametersOf, type Criterion } from '../../shared/rules/kit/index.ts';
import { Domain } from '../../shared/schema/finding.ts';
import { EASY_READ_LIMITS, readability } from '../../shared/text/readability.ts';
import { evidenceTables } from './evidence/tables.ts';
import { privacyTables } from './privacy/tables.ts';
import { safetyTables } from './safety/tables.ts';
import { sentencesOf } from './tester.ts';

const root = path.resolve(import.meta.dirname, '../..');
const rulesDir = path.join(root, 'shared/rules');
const domains = Domain.options;
const tables = { ...evidenceTables, ...privacyTables, ...safetyTables };

function isCriterion(value: unknown): value is Criterion {
  return typeof value === 'object' && value !== null && 'meta' in value && typeof (value as Criterion).assess === 'function';
}

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p, ext) : ext.test(f) ? [p] : [];
  });
}

const criterionFile = (id: string) => path.join(rulesDir, id.split('.')[0]!, `${id.split('.')[1]}.ts`);

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
      // Modules without a default criterion are the domain's word lists and shared readers.
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

  it.each(domains)('%s: each criterion has its own place on the label and tells at least one status', (domain) => {
    const mine = criteria.filter((c) => c.meta.domain === domain);
    const orders = mine.map((c) => c.meta.label.order);
    expect(new Set(orders).size, `label orders in ${domain}: ${orders.join(', ')}`).toBe(mine.length);
    for (const c of mine) expect(c.meta.label.tells.length, c.meta.id).toBeGreaterThan(0);
  });

  it('no file but the criterion’s own names its id: the label reads the metadata, not a second list', () => {
    const files = [...filesUnder(path.join(root, 'shared'), /\.tsx?$/u), ...filesUnder(path.join(root, 'extension'), /\.tsx?$/u)];
    const offenders: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const c of criteria) {
        if (file !== criterionFile(c.meta.id) && text.includes(`'${c.meta.id}'`)) offenders.push(`${path.relative(root, file)}: ${c.meta.id}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('rule files import only from the kit, their own domain’s word lists and readers, and the crisis directory', () => {
    const offenders: string[] = [];
    for (const domain of domains) {
      for (const file of filesUnder(path.join(rulesDir, domain), /\.ts$/u)) {
        for (const [, from] of readFileSync(file, 'utf8').matchAll(/\bfrom\s+'([^']+)'/gu)) {
          const allowed = from!.startsWith('../kit/') || /^\.\/[\w-]+\.ts$/u.test(from!) || from === '../../crisis-lines.ts';
          if (!allowed) offenders.push(`${path.relative(root, file)} imports ${from}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it.each(criteria.map((c) => [c.meta.id, c] as const))('%s says every sentence in plain words (FK grade ≤ 6, reading ease ≥ 70)', (_, c) => {
    for (const s of sentencesOf(c)) {
      // Templates are read with a typical value for each parameter.
      const text = fill(s, Object.fromEntries(parametersOf(s).map((p) => [p, '12 minutes'])));
      const r = readability(text);
      expect(r.grade, text).toBeLessThanOrEqual(EASY_READ_LIMITS.maxGrade);
      expect(r.ease, text).toBeGreaterThanOrEqual(EASY_READ_LIMITS.minEase);
    }
  });
});

describe('criterion tables', () => {
  it.each(criteria.map((c) => [c.meta.id, c] as const))('%s has a case that passes and one that fails', (id) => {
    const table = tables[id] ?? [];
    expect(table.some((t) => t.status === 'met' || t.status === 'partial'), 'no met/partial case').toBe(true);
    expect(table.some((t) => t.status === 'not_met' || t.status === 'flag'), 'no not_met/flag case').toBe(true);
  });

  // The store page itself is always there; every other part can be missing.
  const gated = criteria.filter((c) => !c.meta.needs.includes('details'));
  it.each(gated.map((c) => [c.meta.id, c] as const))('%s has a case without the parts it needs, which must come out unknown', (id) => {
    expect((tables[id] ?? []).some((t) => t.status === 'unknown')).toBe(true);
  });
});
