// A loopback server that answers as the stores would, from recorded material, with faults on demand.
// Requests name the host they stand for in `x-mindlabel-host` (the crawler's replay rewrite adds
// it); without it the store is told by the path, so tools such as google-play-scraper can be
// pointed at it with a plain URL. Play's reviews rpc is a POST: its form body says which app and
// which page (next-page token) is asked for.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { REPLAY_CAPTURED_HEADER, REPLAY_HOST_HEADER, REPLAY_ORIGIN_HEADER } from '../fetch/fetcher.ts';
import { readPlayReviewsRequest } from '../sources/google-play/urls.ts';
import { FaultPlan, changeLayout, truncateBody, type Fault } from './faults.ts';
import { PLAY_BATCHEXECUTE_PATH, hostForPath, indexMaterial, lookupMaterial, lookupPlayReviews, type MaterialFile, type MaterialIndex } from './material.ts';

export interface ReplayOptions {
  dirs: readonly string[];
  faults?: readonly Fault[];
  /** Added to every answer (ms): makes a crawl slow enough to interrupt in tests. */
  latencyMs?: number;
  /** How long a `timeout` fault holds the request before closing it (ms). */
  hangMs?: number;
  port?: number;
}

export interface ReplayRequest {
  method: string;
  host: string;
  path: string;
  status: number;
  fault: string | null;
  userAgent: string;
}

export interface ReplayServer {
  origin: string;
  index: MaterialIndex;
  requests: ReplayRequest[];
  close(): Promise<void>;
}

const NOT_FOUND_PAGE = '<!doctype html><html><head><title>Not Found</title></head><body><h1>Not Found</h1><p>We\'re sorry, the requested URL was not found on this server.</p></body></html>';

export async function startReplayServer(options: ReplayOptions): Promise<ReplayServer> {
  const index = indexMaterial(options.dirs);
  const plan = new FaultPlan(options.faults ?? []);
  const requests: ReplayRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  function later(ms: number, fn: () => void): void {
    if (ms <= 0) return fn();
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  }

  function handle(req: http.IncomingMessage, res: http.ServerResponse, requestBody: string): void {
    const url = new URL(req.url ?? '/', 'http://replay.invalid');
    const method = req.method ?? 'GET';
    const hostHeader = req.headers[REPLAY_HOST_HEADER];
    const host = (typeof hostHeader === 'string' ? hostHeader : null) ?? hostForPath(url.pathname) ?? 'unknown';
    const rpc = host === 'play.google.com' && url.pathname === PLAY_BATCHEXECUTE_PATH;
    const reviewsAsked = rpc && method === 'POST' ? readPlayReviewsRequest(requestBody) : null;
    // Faults can name the app a reviews rpc is for (`500:app=org.example.x`): it is in the body.
    const target = `${host} ${url.pathname}${url.search}${reviewsAsked ? ` app=${reviewsAsked.appId}` : ''}`;
    const fault = url.pathname === '/robots.txt' ? null : plan.take(target);
    const log = (status: number) =>
      requests.push({ method, host, path: url.pathname + url.search, status, fault: fault?.kind ?? null, userAgent: req.headers['user-agent'] ?? '' });

    if (fault?.kind === 'timeout') {
      log(0);
      later(options.hangMs ?? 30_000, () => req.socket.destroy());
      return;
    }
    if (fault?.kind === 'reset') {
      log(0);
      req.socket.destroy();
      return;
    }
    later(options.latencyMs ?? 0, () => {
      const send = (status: number, body: string, headers: Record<string, string>) => {
        log(status);
        res.writeHead(status, { 'content-length': String(Buffer.byteLength(body)), ...headers });
        res.end(body);
      };
      if (fault?.kind === 'redirect') return send(302, '', { location: fault.location! });
      if (fault && ['429', '500', '503', '404'].includes(fault.kind)) {
        const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
        if (fault.retryAfter) headers['retry-after'] = fault.retryAfter;
        return send(Number(fault.kind), `<html><body>Error ${fault.kind}</body></html>`, headers);
      }
      let material: MaterialFile | null;
      if (rpc) {
        if (method !== 'POST') return send(405, 'Method Not Allowed', { 'content-type': 'text/plain', allow: 'POST' });
        if (!reviewsAsked) return send(400, `)]}'\n\n[["er",null,null,null,null,400,null,null,null,3],["di",10]]`, { 'content-type': 'application/json; charset=utf-8' });
        material = lookupPlayReviews(index, reviewsAsked);
      } else {
        material = lookupMaterial(index, host, url);
      }
      if (!material) {
        if (url.pathname === '/robots.txt') return send(404, 'Not found', { 'content-type': 'text/plain' });
        if (host === 'itunes.apple.com' && url.pathname === '/lookup') {
          return send(200, '{"resultCount":0,"results":[]}', { 'content-type': 'application/json; charset=utf-8' });
        }
        return send(404, NOT_FOUND_PAGE, { 'content-type': 'text/html; charset=utf-8' });
      }
      let body = readFileSync(material.file, 'utf8');
      if (fault?.kind === 'truncate') body = truncateBody(body);
      if (fault?.kind === 'layout') body = changeLayout(body);
      if (fault?.kind === 'drop') {
        // The whole length is promised, half is sent, then the connection drops.
        log(200);
        res.writeHead(200, { 'content-length': String(Buffer.byteLength(body)), 'content-type': material.contentType });
        res.write(truncateBody(body));
        later(20, () => req.socket.destroy());
        return;
      }
      send(200, body, {
        'content-type': material.contentType,
        [REPLAY_ORIGIN_HEADER]: material.origin,
        [REPLAY_CAPTURED_HEADER]: material.capturedAt,
      });
    });
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    index,
    requests,
    async close() {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
