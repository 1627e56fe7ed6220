// `npm run bench`: builds the renderer, then runs bench/run.ts (not part of `npm test`).
import { spawnSync } from 'node:child_process';

const build = spawnSync(
  process.execPath,
  ['node_modules/electron-vite/bin/electron-vite.js', 'build'],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(
  process.execPath,
  ['node_modules/tsx/dist/cli.mjs', 'bench/run.ts', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(run.status ?? 1);
