import { describe, expect, it } from 'vitest';
import type { Finding, Status } from '../../shared/schema/finding.ts';
import { levelFor, pointsFor, scoreDomain } from '../../shared/score.ts';

const finding = (criterion: string, status: Status): Finding => ({
  criterion,
  domain: 'safety',
  status,
  sentence: 'x',
  quotes: [],
});
const weights: Record<string, number> = { a: 2, b: 1, c: 1, info: 0 };
const weightOf = (id: string) => weights[id] ?? 0;

describe('scoreDomain', () => {
  it.each([
    { name: 'all met', statuses: { a: 'met', b: 'met', c: 'met' }, score: 100, level: 'clear', flagged: false, judged: 3 },
    { name: 'partial counts half', statuses: { a: 'partial', b: 'met', c: 'not_met' }, score: 50, level: 'some', flagged: false, judged: 3 },
    { name: 'unknown carries no weight', statuses: { a: 'met', b: 'unknown', c: 'unknown' }, score: 100, level: 'clear', flagged: false, judged: 1 },
    { name: 'a flag scores 0 and warns', statuses: { a: 'flag', b: 'met', c: 'met' }, score: 50, level: 'some', flagged: true, judged: 3 },
    { name: 'nothing judgeable is not checked', statuses: { a: 'unknown', b: 'unknown', c: 'unknown' }, score: null, level: 'not_checked', flagged: false, judged: 0 },
    { name: 'informative criteria never score', statuses: { info: 'met', a: 'unknown' }, score: null, level: 'not_checked', flagged: false, judged: 0 },
    { name: 'little below 40', statuses: { a: 'not_met', b: 'met', c: 'not_met' }, score: 25, level: 'little', flagged: false, judged: 3 },
  ] as const)('$name', ({ statuses, score, level, flagged, judged }) => {
    const findings = Object.entries(statuses).map(([id, s]) => finding(id, s as Status));
    expect(scoreDomain('safety', findings, weightOf)).toEqual({
      domain: 'safety', score, level, flagged, judged, total: findings.length,
    });
  });

  it('ignores findings of other domains', () => {
    const other: Finding = { ...finding('a', 'met'), domain: 'privacy' };
    expect(scoreDomain('safety', [other], weightOf).total).toBe(0);
  });
});

describe('levels and points', () => {
  it.each([[100, 'clear'], [70, 'clear'], [69, 'some'], [40, 'some'], [39, 'little'], [0, 'little'], [null, 'not_checked']] as const)(
    'score %s is %s',
    (score, level) => expect(levelFor(score)).toBe(level),
  );
  it('gives no points to unknown or weight-0 criteria', () => {
    expect(pointsFor('unknown', 3)).toBeNull();
    expect(pointsFor('met', 0)).toBeNull();
    expect(pointsFor('partial', 2)).toBe(1);
  });
});
