import { describe, expect, it } from 'vitest';
import { evaluate } from '../../crawler/eval/listings.ts';
import { agreement, cohensKappa, confusion } from '../../crawler/eval/metrics.ts';
import { readRatedApps, RaterFileError } from '../../crawler/eval/rated-apps.ts';

describe('agreement metrics', () => {
  it('counts a confusion table', () => {
    const pairs = [
      { predicted: true, actual: true },
      { predicted: true, actual: false },
      { predicted: false, actual: true },
      { predicted: false, actual: false },
      { predicted: false, actual: false },
    ];
    expect(confusion(pairs)).toEqual({ n: 5, tp: 1, fp: 1, fn: 1, tn: 2 });
  });

  it("computes Cohen's kappa as in a textbook example (Cohen 1960 style 2×2)", () => {
    // 50 items: both yes 20, A yes/B no 5, A no/B yes 10, both no 15 → po 0.7, pe 0.5, κ 0.4.
    expect(cohensKappa({ n: 50, tp: 20, fp: 5, fn: 10, tn: 15 })).toBeCloseTo(0.4, 10);
  });

  it('leaves precision undefined when nothing was predicted, never divides by zero', () => {
    expect(agreement({ n: 3, tp: 0, fp: 0, fn: 2, tn: 1 })).toMatchObject({ precision: null, recall: 0 });
    expect(cohensKappa({ n: 4, tp: 0, fp: 0, fn: 0, tn: 4 })).toBeNull();
  });
});

const header = '_id,appName,description,clinicalFoundations,androidLink,iosLink';
const row = (id: string, name: string, description: string, foundations: string) =>
  `${id},"${name}","${description}","${foundations}",https://play.google.com/store/apps/details?id=org.example.${id}&gl=GB,`;

describe('rated-app files', () => {
  it('reads rows, unescapes \\n line breaks and compares MindLabel with the raters', () => {
    const csv = [
      header,
      row('a1', 'Calm Steps', 'Learn CBT skills.\\nThis app is not a substitute for professional care.\\nIn a crisis, call Samaritans on 116 123.', 'Use Warning, Appropriately Advises Patient in Case of Emergency'),
      row('a2', 'Mood Log', 'Track your mood every day.', 'Use Warning'),
      row('a3', 'Sleep Well', 'Relax with sleep sounds.', ''),
    ].join('\n');
    const apps = readRatedApps(csv, 'fixture.csv');
    expect(apps).toHaveLength(3);
    expect(apps[0]!.listing.description).toBe('Learn CBT skills.\nThis app is not a substitute for professional care.\nIn a crisis, call Samaritans on 116 123.');
    const { results } = evaluate(apps);
    expect(results['Use Warning']).toMatchObject({ n: 3, tp: 1, fp: 0, fn: 1 });
    expect(results['Appropriately Advises Patient in Case of Emergency']).toMatchObject({ n: 3, tp: 1, fp: 0, fn: 0 });
    expect(results['Supporting Studies']).toMatchObject({ tp: 0, fp: 0, fn: 0, precision: null });
  });

  it('names missing columns', () => {
    expect(() => readRatedApps('_id,appName\nx,y', 'bad.csv')).toThrow(RaterFileError);
    expect(() => readRatedApps('_id,appName\nx,y', 'bad.csv')).toThrow(/bad\.csv: missing columns description, clinicalFoundations/u);
  });
});
