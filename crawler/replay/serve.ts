// `npx tsx crawler/replay/serve.ts [--port N] [--fault SPEC]… [DIR…]`: serve recorded store pages on
// 127.0.0.1 until interrupted. Without DIRs: the corpus's store pages (when present) and the
// project's fixtures. Fault specs: see parseFault (e.g. `429:/store/apps/details*2,retry-after=1`).
import { parseFault, type Fault } from './faults.ts';
import { defaultMaterialDirs } from './dirs.ts';
import { startReplayServer } from './server.ts';

const args = process.argv.slice(2);
const dirs: string[] = [];
const faults: Fault[] = [];
let port = 0;
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--port') port = Number(args[++i]);
  else if (arg === '--fault') faults.push(parseFault(args[++i] ?? ''));
  else dirs.push(arg);
}
const server = await startReplayServer({ dirs: dirs.length ? dirs : defaultMaterialDirs(), faults, port });
console.log(`replay: ${server.index.routes.size} recorded pages on ${server.origin} (Ctrl-C to stop)`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
