// Measures the mental-health classifier on real listings (not a test): precision and recall on
// the MIND-rated apps (labels from their rated conditions), the iTunes search results (mostly
// mental health; hand labels in eval-labels.ts), non-mental-health recorded store pages and a
// table of made-up other apps. Run: npx tsx crawler/discovery/eval-classifier.ts [--verbose]
import { readFileSync } from 'node:fs';
import { classifyListing, type ListingText } from '../../shared/classify/mental-health.ts';
import { corpusFile, hasCorpus, NO_CORPUS_MESSAGE } from '../corpus.ts';
import { parseCsv } from '../import/csv.ts';
import {
  ITUNES_LABELS,
  MIND_NON_MENTAL_HEALTH_CONDITIONS,
  NON_MENTAL_HEALTH_STORE_PAGES,
  OWN_NON_MENTAL_HEALTH,
} from './eval-labels.ts';
import { readStorePageText } from './store-page-text.ts';

interface Case {
  source: string;
  name: string;
  input: ListingText;
  mentalHealth: boolean;
}

function mindCases(): Case[] {
  const table = parseCsv(readFileSync(corpusFile('apps/mind-rated-apps-dev.csv'), 'utf8'));
  return table.records.map(({ fields }) => {
    const conditions = (fields.conditions ?? '').split(',').map((c) => c.trim()).filter(Boolean);
    const nonMental = conditions.every((c) => (MIND_NON_MENTAL_HEALTH_CONDITIONS as readonly string[]).includes(c));
    return {
      source: 'mind',
      name: fields.appName ?? '',
      input: { title: fields.appName ?? '', description: (fields.description ?? '').replace(/\\n/g, '\n'), developer: fields.company },
      mentalHealth: !nonMental,
    };
  });
}

interface ItunesItem {
  id: number;
  name: string;
  developer: string;
  genres: string[];
  description: string;
}

function itunesCases(): Case[] {
  const items = JSON.parse(readFileSync(corpusFile('apps/itunes-search-mental-health-apps-2026.json'), 'utf8')) as ItunesItem[];
  return items
    .filter((item) => ITUNES_LABELS[item.id]?.label !== 'unclear')
    .map((item) => ({
      source: 'itunes',
      name: `${item.name} (${item.id})`,
      input: { title: item.name, description: item.description, category: item.genres[0] ?? null, developer: item.developer },
      mentalHealth: ITUNES_LABELS[item.id]?.label !== 'not',
    }));
}

function storePageCases(): Case[] {
  return NON_MENTAL_HEALTH_STORE_PAGES.map((file) => {
    const page = readStorePageText(readFileSync(corpusFile(file), 'utf8'));
    return { source: 'store-page', name: page.title || file, input: page, mentalHealth: false };
  });
}

function ownCases(): Case[] {
  return OWN_NON_MENTAL_HEALTH.map((l) => ({ source: 'own', name: l.title, input: l, mentalHealth: false }));
}

function pct(n: number, d: number): string {
  return d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`;
}

function report(label: string, cases: Case[], verbose: boolean): void {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const errors: string[] = [];
  for (const c of cases) {
    const result = classifyListing(c.input);
    if (result.mentalHealth && c.mentalHealth) tp++;
    else if (result.mentalHealth) {
      fp++;
      errors.push(`  false positive [${c.source}] ${c.name}: ${result.score} ${verbose ? result.reasons.join('; ') : ''}`);
    } else if (c.mentalHealth) {
      fn++;
      errors.push(`  false negative [${c.source}] ${c.name}: ${result.score} ${verbose ? result.reasons.join('; ') : ''}`);
    } else tn++;
  }
  console.log(
    `${label.padEnd(28)} n=${String(cases.length).padStart(3)}  MH=${tp + fn}  not=${fp + tn}  ` +
      `precision ${pct(tp, tp + fp)}  recall ${pct(tp, tp + fn)}  specificity ${pct(tn, tn + fp)}  (tp ${tp}, fp ${fp}, fn ${fn}, tn ${tn})`,
  );
  if (verbose) for (const e of errors) console.log(e);
}

if (!hasCorpus()) {
  console.log(NO_CORPUS_MESSAGE);
} else {
  const verbose = process.argv.includes('--verbose');
  const mind = mindCases();
  const itunes = itunesCases();
  const negatives = [...storePageCases(), ...ownCases()];
  report('MIND-rated apps', mind, verbose);
  report('iTunes search (hand-checked)', itunes, verbose);
  report('store pages + own non-MH', negatives, verbose);
  report('all', [...mind, ...itunes, ...negatives], false);
}

if (hasCorpus()) {
  // Speed matters because the extension classifies the live page: time a long description.
  const items = JSON.parse(readFileSync(corpusFile('apps/itunes-search-mental-health-apps-2026.json'), 'utf8')) as ItunesItem[];
  const longest = items.reduce((a, b) => (b.description.length > a.description.length ? b : a));
  const input = { title: longest.name, description: longest.description.slice(0, 4000), category: longest.genres[0] ?? null };
  classifyListing(input);
  const rounds = 200;
  const start = performance.now();
  for (let i = 0; i < rounds; i++) classifyListing(input);
  const ms = (performance.now() - start) / rounds;
  console.log(`speed: ${ms.toFixed(2)} ms per listing with a ${input.description.length}-character description`);
}
