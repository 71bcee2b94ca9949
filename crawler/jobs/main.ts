// `npm start`: the main job (see main-job.ts).
import { runMainJob } from './main-job.ts';

process.env.DOTENV_CONFIG_QUIET ??= 'true';
try {
  const result = await runMainJob();
  process.exitCode = result.entries > 0 && result.buildOk !== false ? 0 : 1;
} catch (error) {
  process.stderr.write(`npm start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
  if (process.env.MINDLABEL_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
}
