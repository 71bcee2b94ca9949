#!/usr/bin/env node
// Entry for `npx mindlabel …`: registers tsx so the TypeScript sources run as they are.
process.env.DOTENV_CONFIG_QUIET ??= 'true';
const { register } = await import('tsx/esm/api');
register();
const { main } = await import('../cli.ts');
process.exitCode = await main(process.argv.slice(2));
