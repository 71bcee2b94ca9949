// Extraction throughput: recorded store pages parsed per second (Play details, Play data-safety,
// App Store page), and google-play-scraper's app() over loopback HTTP for comparison, next to ours
// over the same loopback HTTP. Needs the corpus; says so and returns when it is absent.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { Worker } from 'node:worker_threads';
import gplay from 'google-play-scraper';
import { corpusFile, hasCorpus, NO_CORPUS_MESSAGE } from '../crawler/corpus.ts';
import { parseApplePage } from '../shared/parsers/apple-page.ts';
import { parsePlayDataSafety } from '../shared/parsers/play-datasafety.ts';
import { parsePlayDetails } from '../shared/parsers/play-details.ts';

const PLAY_IDS = ['com.google.android.apps.translate', 'com.mojang.minecraftpe', 'com.adex77.WhereAmI'];
const APPLE_PAGES = ['app-us-netflix-id363590051-2023markup.html', 'app-vn-id1193542964-2023markup.html'];

const SERVER_SOURCE = `
const http = require('node:http');
const { readFileSync } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const pages = new Map(workerData.ids.map((id, i) => [id, readFileSync(workerData.files[i])]));
const server = http.createServer((req, res) => {
  const body = pages.get(new URL(req.url, 'http://x').searchParams.get('id'));
  if (body) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length }).end(body);
  else res.writeHead(404).end();
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
`;

const agent = new http.Agent({ keepAlive: true });

/** GET over loopback with node:http and a keep-alive agent (as a crawler would), body as text. */
function get(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

/** Pages per second over `rounds` rounds of at least `seconds` each; the median round is reported. */
async function rate(pages: number, seconds: number, rounds: number, step: (i: number) => unknown | Promise<unknown>): Promise<number> {
  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let done = 0;
    const start = performance.now();
    while (performance.now() - start < seconds * 1000) {
      await step(done);
      done++;
    }
    rates.push(done / ((performance.now() - start) / 1000));
  }
  rates.sort((a, b) => a - b);
  return (rates[Math.floor(rates.length / 2)]! * pages);
}

function line(label: string, pagesPerSecond: number, note = ''): void {
  console.log(`${label.padEnd(46)} ${pagesPerSecond.toFixed(1).padStart(8)} pages/s${note ? `  ${note}` : ''}`);
}

export default async function run(): Promise<void> {
  if (!hasCorpus()) {
    console.log(`extract: ${NO_CORPUS_MESSAGE}`);
    return;
  }
  const play = PLAY_IDS.map((id) => readFileSync(corpusFile(`store-pages/play/details-${id}.html`), 'utf8'));
  const safety = readFileSync(corpusFile('store-pages/play/datasafety-com.google.android.apps.translate.html'), 'utf8');
  const apple = APPLE_PAGES.map((f) => readFileSync(corpusFile(`store-pages/apple/${f}`), 'utf8'));

  // Warm up the JIT so the first round is not a compile measurement.
  for (let i = 0; i < 30; i++) {
    parsePlayDetails(play[i % play.length]!);
    parsePlayDataSafety(safety);
    parseApplePage(apple[i % apple.length]!);
  }
  const detailsRate = await rate(1, 2, 3, (i) => parsePlayDetails(play[i % play.length]!));
  line('Play details page (parsePlayDetails)', detailsRate, `3 recorded pages, ${(play.reduce((s, p) => s + p.length, 0) / play.length / 1e6).toFixed(2)} MB each`);
  line('Play data-safety page (parsePlayDataSafety)', await rate(1, 2, 3, () => parsePlayDataSafety(safety)));
  line('App Store page (parseApplePage)', await rate(1, 2, 3, (i) => parseApplePage(apple[i % apple.length]!)), '2 recorded 2023-markup pages');

  // The server runs in a worker thread (the machine's other core) with the pages ready as bytes,
  // so the figures measure the client side: the request, the body, and the parse.
  const files = PLAY_IDS.map((id) => corpusFile(`store-pages/play/details-${id}.html`));
  const server = new Worker(SERVER_SOURCE, { eval: true, workerData: { ids: PLAY_IDS, files } });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('message', (m: number) => resolve(m));
    server.once('error', reject);
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    const oursHttp = await rate(1, 2, 3, async (i) => {
      const id = PLAY_IDS[i % PLAY_IDS.length]!;
      const body = await get(`${base}/details?id=${id}`);
      return parsePlayDetails(body, `https://play.google.com/store/apps/details?id=${id}&hl=en&gl=us`);
    });
    const theirs = await rate(1, 2, 3, (i) => {
      const id = PLAY_IDS[i % PLAY_IDS.length]!;
      return gplay.app({ appId: id, requestOptions: { url: `${base}/details?id=${id}` } } as never);
    });
    line('Play details, ours incl. loopback HTTP (node:http)', oursHttp);
    line('Play details, google-play-scraper app() (got)', theirs, 'incl. loopback HTTP');
    console.log(`ours vs google-play-scraper over HTTP: ×${(oursHttp / theirs).toFixed(1)}; parse only: ×${(detailsRate / theirs).toFixed(1)}`);
  } finally {
    await server.terminate();
  }
}
