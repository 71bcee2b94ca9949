// npm run eval:reviews on tiny made-up CSVs and a made-up truth set of the lead's shape (its texts
// in a made-up corpus folder): the figures, the summary line, the split, and one-line errors.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, splitOf } from '../../crawler/eval/reviews.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'eval-reviews-'));

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, (l) => out.push(l), (l) => err.push(l));
  return { code, out, err, last: out.at(-1) ?? '' };
}

const csv = (header: string, rows: string[][]) => [header, ...rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(','))].join('\n');

// Two privacy reviews found, one missed, one false hit ("privacy of my bedroom"), one other review.
const privacyCsv = csv('score,content,date,app,platform,Privacy-related', [
  ['1', 'They sell your data to advertisers, deleting it now.', '7/10/2020 6:58', 'calm', 'google', '1'],
  ['2', 'Why does a sleep app need access to my contacts and location?', '3/1/2021 9:00', 'calm', 'google', '1'],
  ['1', 'Crashes every time I open it.', '3/2/2021 9:00', 'calm', 'apple', '0'],
  ['5', 'I use it in the privacy of my bedroom and it has been great.', '3/3/2021 9:00', 'headspace', 'google', '0'],
  ['1', 'Shady company. Uninstalled.', '3/4/2021 9:00', 'headspace', 'apple', '1'],
]);

describe('eval:reviews --file', () => {
  it.each([
    {
      name: 'privacy (the default theme and label)',
      text: privacyCsv,
      args: [],
      summary: '{"theme": "privacy", "n": 5, "precision": 0.667, "recall": 0.667, "f1": 0.667}',
    },
    {
      name: 'another theme and label column',
      text: csv('content,Cost-related', [
        ['Way too expensive for what it is.', '1'],
        ['They charged me after I cancelled the trial.', '1'],
        ['I paid for a year and it was worth every penny.', '1'],
        ['Lovely calm voice.', '0'],
      ]),
      args: ['--theme', 'cost', '--label', 'Cost-related'],
      summary: '{"theme": "cost", "n": 4, "precision": 1, "recall": 0.667, "f1": 0.8}',
    },
    {
      name: 'nothing found: precision undefined, F1 0',
      text: csv('content,Privacy-related', [
        ['Shady company. Uninstalled.', '1'],
        ['Lovely calm voice.', '0'],
      ]),
      args: [],
      summary: '{"theme": "privacy", "n": 2, "precision": null, "recall": 0, "f1": 0}',
    },
  ])('$name', ({ text, args, summary }) => {
    const file = write(`ok-${args.join('-') || 'default'}-${text.length}.csv`, text);
    const r = run(['--file', file, ...args]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.last).toBe(summary);
    expect(JSON.parse(r.last)).toBeTypeOf('object');
  });

  it('prints counts in the table and, with --errors, the misses and false hits', () => {
    const r = run(['--file', write('errors.csv', privacyCsv), '--errors']);
    expect(r.out.join('\n')).toMatch(/privacy\s+all\s+all\s+5\s+3\s+2\s+1\s+1\s+0\.667\s+0\.667\s+0\.667/);
    expect(r.out.filter((l) => l.startsWith('MISS'))).toEqual(['MISS privacy row 6: Shady company. Uninstalled.']);
    expect(r.out.filter((l) => l.startsWith('FALSE HIT'))).toHaveLength(1);
    expect(r.out.find((l) => l.startsWith('FALSE HIT'))).toContain('privacy of my bedroom');
  });
});

describe('eval:reviews --split', () => {
  const texts = Array.from({ length: 1000 }, (_, i) => `Review ${i}: the voice is calm and the sessions are short.`);

  it('puts about 60% of reviews in the tune part and the rest in the measure part', () => {
    const tune = texts.filter((t) => splitOf(t) === 'tune').length;
    expect(tune).toBeGreaterThan(550);
    expect(tune).toBeLessThan(650);
  });

  it('splits by the text, not the row: spacing and case do not move a review', () => {
    for (const t of texts.slice(0, 50)) expect(splitOf(`  ${t.toUpperCase().replace(/ /g, '  ')} `)).toBe(splitOf(t));
  });

  it('gives the same parts whatever the row order, and the parts add up to the whole file', () => {
    const rows = texts.slice(0, 60).map((t, i) => [i % 3 === 0 ? `They sell your data. ${t}` : t, i % 3 === 0 ? '1' : '0']);
    const forward = write('order-forward.csv', csv('content,Privacy-related', rows));
    const backward = write('order-backward.csv', csv('content,Privacy-related', [...rows].reverse()));
    const n = (file: string, split: string) => JSON.parse(run(['--file', file, '--split', split]).last).n as number;
    for (const split of ['tune', 'measure']) expect(run(['--file', backward, '--split', split]).last).toBe(run(['--file', forward, '--split', split]).last);
    expect(n(forward, 'tune') + n(forward, 'measure')).toBe(60);
    expect(n(forward, 'tune')).toBeGreaterThan(0);
    expect(n(forward, 'measure')).toBeGreaterThan(0);
  });
});

describe('eval:reviews errors', () => {
  const good = write('good.csv', privacyCsv);
  it.each([
    { name: 'no such file', args: ['--file', path.join(dir, 'nope.csv')], code: 1, error: /^eval:reviews: cannot read .*nope\.csv: no such file$/ },
    { name: 'a folder', args: ['--file', dir], code: 1, error: /: it is a folder$/ },
    { name: 'empty file', args: ['--file', write('empty.csv', '')], code: 1, error: /empty\.csv: the file is empty$/ },
    { name: 'header only', args: ['--file', write('header.csv', 'content,Privacy-related\n')], code: 1, error: /header\.csv: no rows under the header$/ },
    {
      name: 'no content column',
      args: ['--file', write('no-content.csv', csv('review,Privacy-related', [['Nice app', '0']]))],
      code: 1,
      error: /no-content\.csv: no "content" column \(found: review, Privacy-related\)$/,
    },
    {
      name: 'no label column',
      args: ['--file', good, '--label', 'Cost-related'],
      code: 1,
      error: /good\.csv: no "Cost-related" column \(found: score, content, date, app, platform, Privacy-related\)$/,
    },
    { name: 'a label that is not 0/1', args: ['--file', write('yes.csv', csv('content,Privacy-related', [['Nice', '0'], ['They track you', 'yes']]))], code: 1, error: /yes\.csv row 3: "Privacy-related" must be 0 or 1, got "yes"$/ },
    { name: 'an empty label', args: ['--file', write('blank.csv', csv('content,Privacy-related', [['Nice', '']]))], code: 1, error: /blank\.csv row 2: "Privacy-related" must be 0 or 1, got nothing$/ },
    { name: 'unknown theme', args: ['--file', good, '--theme', 'ads'], code: 2, error: /^eval:reviews: --theme must be one of helped, .*technical, got "ads"$/ },
    { name: 'unknown split', args: ['--file', good, '--split', 'dev'], code: 2, error: /--split must be one of all, tune, measure, got "dev"$/ },
    { name: 'no input', args: ['--split', 'tune'], code: 2, error: /missing --file CSV or --truth/ },
    { name: '--file without a value', args: ['--file'], code: 2, error: /--file needs a value/ },
    { name: 'unknown argument', args: ['--file', good, '--verbose'], code: 2, error: /unknown argument "--verbose"/ },
    { name: '--file and --truth', args: ['--file', good, '--truth'], code: 2, error: /give --file or --truth, not both$/ },
  ])('$name', ({ args, code, error }) => {
    const r = run(args);
    expect(r.code).toBe(code);
    expect(r.out).toEqual([]);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(error);
  });
});

// A made-up corpus folder in the corpus's layout, so truth ids resolve without the real corpus.
const corpus = path.join(dir, 'corpus');
write('corpus/README.md', 'made-up corpus for tests\n');
write(
  'corpus/reviews/appstore-reviews-meditation-apps-2017-2019.csv',
  csv('app_name,Title,Review,Rating,Date', [
    ['Calm', 'Made it worse', 'This app made my anxiety so much worse.', '1', '2019-01-02'],
    ['Calm', 'Lovely', 'Great for relaxing after work.', '5', '2019-01-03'],
    ['Headspace', 'Pings', 'The reminders stress me out every single morning.', '2', '2019-01-04'],
    ['Headspace', 'Support', 'The Samaritans volunteer I know recommended it for winding down.', '4', '2019-01-05'],
  ]),
);
write(
  'corpus/reviews/play-reviews-mental-health-apps-sample.csv',
  csv('app_name,review,rating,date', [
    ['Wysa', 'When I said I was suicidal it gave me a hotline number straight away.', '4', '2022-05-01'],
    ['Wysa', 'My midlife crisis made me try meditation lol', '3', '2022-05-02'],
    ['Wysa', 'Honestly the voice gave me the creeps and I could not settle for hours.', '1', '2022-05-03'],
  ]),
);
write('corpus/reviews/privacy-labelled-reviews-dev.csv', csv('score,content,date,app,platform,Privacy-related', [['1', 'They sell your data.', '7/10/2020 6:58', 'calm', 'google', '1']]));

const item = (id: string, stratum: string, split: string, fw: 0 | 1 | null, crisis: 0 | 1 | null) => ({
  id,
  stratum,
  split,
  labels: { 'felt-worse': fw, crisis },
  quotes: {},
});

const truth = {
  items: [
    item('appstore:0', 'random', 'tune', 1, 0), // felt-worse found
    item('appstore:1', 'random', 'measure', 0, 0),
    item('appstore:2', 'strong-feeling', 'tune', 1, 0), // felt-worse found
    item('appstore:3', 'random', 'tune', 0, 0), // crisis false hit ("Samaritans")
    item('play:0', 'random', 'measure', 0, 1), // crisis found
    item('play:1', 'strong-feeling', 'measure', 0, 0), // "midlife crisis": rightly not crisis
    { ...item('play:2', 'strong-feeling', 'tune', 1, 0), quotes: { 'felt-worse': [{ start: 19, end: 37 }] } }, // felt-worse missed
    item('privacy:0', 'random', 'tune', null, 0), // raters disagreed on felt-worse: left out
  ],
};

describe('eval:reviews --truth', () => {
  const saved = process.env.MINDLABEL_CORPUS;
  beforeAll(() => {
    process.env.MINDLABEL_CORPUS = corpus;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.MINDLABEL_CORPUS;
    else process.env.MINDLABEL_CORPUS = saved;
  });

  const truthFile = write('truth/reviews.json', JSON.stringify(truth));
  type Out = { theme: string; split: string; stratum: string; n: number; precision: number | null; recall: number | null; f1: number | null };
  const rowsOf = (argv: string[]) => {
    const r = run(argv);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    return JSON.parse(r.last) as Out[];
  };

  it.each([
    { theme: 'felt-worse', split: 'all', stratum: 'all', n: 7, precision: 1, recall: 0.667, f1: 0.8 },
    { theme: 'felt-worse', split: 'tune', stratum: 'all', n: 4, precision: 1, recall: 0.667, f1: 0.8 },
    { theme: 'felt-worse', split: 'measure', stratum: 'all', n: 3, precision: null, recall: null, f1: null },
    { theme: 'felt-worse', split: 'all', stratum: 'random', n: 4, precision: 1, recall: 1, f1: 1 },
    { theme: 'felt-worse', split: 'all', stratum: 'strong-feeling', n: 3, precision: 1, recall: 0.5, f1: 0.667 },
    { theme: 'crisis', split: 'all', stratum: 'all', n: 8, precision: 0.5, recall: 1, f1: 0.667 },
    { theme: 'crisis', split: 'tune', stratum: 'random', n: 3, precision: 0, recall: null, f1: 0 },
    { theme: 'crisis', split: 'measure', stratum: 'all', n: 3, precision: 1, recall: 1, f1: 1 },
  ])('$theme on the $split split, $stratum stratum', (expected) => {
    const rows = rowsOf(['--truth', truthFile]);
    expect(rows).toHaveLength(2 * 3 * 3); // themes × splits × strata
    expect(rows.find((r) => r.theme === expected.theme && r.split === expected.split && r.stratum === expected.stratum)).toEqual(expected);
  });

  it('lists misses with the raters\' words and false hits with the sentence found (--errors)', () => {
    const r = run(['--truth', truthFile, '--errors']);
    expect(r.out.filter((l) => /^(?:MISS|FALSE HIT)/.test(l))).toEqual([
      'MISS felt-worse play:2: raters quote: “gave me the creeps”',
      expect.stringMatching(/^FALSE HIT crisis appstore:3: “The Samaritans volunteer I know recommended it for winding down\.”/),
    ]);
  });

  it('reports one theme and one split when asked', () => {
    const rows = rowsOf(['--truth', truthFile, '--theme', 'crisis', '--split', 'measure']);
    expect(rows.map((r) => `${r.theme}/${r.split}/${r.stratum}`)).toEqual(['crisis/measure/all', 'crisis/measure/random', 'crisis/measure/strong-feeling']);
  });

  const bad = (name: string, value: unknown) => write(`truth/${name}.json`, typeof value === 'string' ? value : JSON.stringify(value));
  it.each([
    { name: 'not JSON', file: bad('not-json', '{"items": ['), code: 1, error: /not-json\.json: not valid JSON/ },
    { name: 'a label that is not 0, 1 or null', file: bad('label-2', { items: [item('play:0', 'random', 'tune', 0, 0), { ...item('play:1', 'random', 'tune', 0, 0), labels: { crisis: 2 } }] }), code: 1, error: /invalid review truth file .*label-2\.json: items\.1\.labels\.crisis: / },
    { name: 'an unknown stratum', file: bad('stratum', { items: [item('play:0', 'keyword', 'tune', 0, 0)] }), code: 1, error: /items\.0\.stratum: expected one of "random", "strong-feeling", got "keyword"/ },
    { name: 'an unknown theme', file: bad('theme', { items: [{ ...item('play:0', 'random', 'tune', 0, 0), labels: { sadness: 1 } }] }), code: 1, error: /items\.0\.labels/ },
    { name: 'an id listed twice', file: bad('twice', { items: [item('play:0', 'random', 'tune', 0, 0), item('play:0', 'random', 'tune', 0, 1)] }), code: 1, error: /twice\.json: review play:0 is listed twice$/ },
    { name: 'an id the corpus does not have', file: bad('unknown-id', { items: [item('play:0', 'random', 'tune', 0, 0), item('appstore:99', 'random', 'tune', 0, 0)] }), code: 1, error: /unknown-id\.json: review appstore:99 is not in the corpus's review files$/ },
    { name: 'no items', file: bad('empty', { items: [] }), code: 1, error: /empty\.json: no items$/ },
    { name: 'a quote offset below zero', file: bad('quote', { items: [{ ...item('play:0', 'random', 'tune', 0, 1), quotes: { crisis: [{ start: -1, end: 4 }] } }] }), code: 1, error: /items\.0\.quotes\.crisis\.0\.start: too small/ },
    { name: 'a missing file', file: path.join(dir, 'truth/none.json'), code: 1, error: /cannot read .*none\.json: no such file$/ },
  ])('refuses a truth file with $name', ({ file, code, error }) => {
    const r = run(['--truth', file]);
    expect(r.code).toBe(code);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(error);
  });

  it('refuses a theme the truth file does not label, and --label', () => {
    expect(run(['--truth', truthFile, '--theme', 'cost']).err).toEqual([`eval:reviews: ${truthFile}: no labels for the cost theme`]);
    expect(run(['--truth', truthFile, '--label', 'x']).code).toBe(2);
  });

  it('says the corpus is needed when it is absent', () => {
    process.env.MINDLABEL_CORPUS = path.join(dir, 'no-corpus');
    try {
      const r = run(['--truth', truthFile]);
      expect(r.code).toBe(1);
      expect(r.err[0]).toMatch(/texts are read from the corpus: corpus not found/);
    } finally {
      process.env.MINDLABEL_CORPUS = corpus;
    }
  });
});
