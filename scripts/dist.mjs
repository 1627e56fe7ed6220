// `npm run dist [-- --win | --linux | --dir]`: build the app, then the installers with
// electron-builder (electron-builder.yml). electron-builder downloads Electron for each target
// (and NSIS/AppImage tools) from GitHub; where that is impossible this says so plainly and stops,
// instead of failing deep inside the download.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const electronVersion = JSON.parse(
  readFileSync('node_modules/electron/package.json', 'utf8'),
).version;

function targetPlatforms() {
  const wanted = [];
  if (args.some((a) => a === '--win' || a === '-w' || a === '--windows')) wanted.push('win32');
  if (args.some((a) => a === '--linux' || a === '-l')) wanted.push('linux');
  if (args.some((a) => a === '--mac' || a === '-m' || a === '--macos')) wanted.push('darwin');
  return wanted.length ? wanted : [process.platform];
}

/** Where @electron/get keeps downloaded Electron zips. */
function electronCacheDir() {
  if (process.env.ELECTRON_CACHE) return process.env.ELECTRON_CACHE;
  if (process.platform === 'win32') {
    return join(
      process.env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'),
      'electron',
      'Cache',
    );
  }
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'electron');
  return join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'electron');
}

/** True when the Electron zip for `platform` is already downloaded (cache holds hashed subfolders). */
function zipCached(platform) {
  const name = `electron-v${electronVersion}-${platform}-x64.zip`;
  const dir = electronCacheDir();
  if (!existsSync(dir)) return false;
  if (existsSync(join(dir, name))) return true;
  return readdirSync(dir, { withFileTypes: true }).some(
    (d) => d.isDirectory() && existsSync(join(dir, d.name, name)),
  );
}

async function reachable(url) {
  try {
    const res = await fetch(url, {
      method: 'HEAD',
      redirect: 'manual',
      signal: AbortSignal.timeout(6000),
    });
    return res.status < 500;
  } catch {
    return false;
  }
}

function run(script, scriptArgs) {
  const result = spawnSync(process.execPath, [script, ...scriptArgs], { stdio: 'inherit' });
  return result.status ?? 1;
}

const mirror =
  process.env.ELECTRON_MIRROR ?? 'https://github.com/electron/electron/releases/download/';
const platforms = targetPlatforms();
const missing = platforms.filter((p) => !zipCached(p));
if (missing.length && !(await reachable(mirror))) {
  const files = missing.map((p) => `electron-v${electronVersion}-${p}-x64.zip`).join(', ');
  console.error(
    [
      '',
      'Installationsfilerne kan ikke bygges på denne maskine.',
      `electron-builder skal hente Electron ${electronVersion} (${files}) og værktøjer til installeren`,
      `fra GitHub, men ${new URL(mirror).host} kan ikke nås, og filerne ligger ikke i ${electronCacheDir()}.`,
      'Byg på en maskine med internetadgang (se docs/installers.md): npm ci && npm run dist -- --win',
      '',
      'The installers cannot be built here: electron-builder must download Electron and the',
      'installer tools from GitHub, which is unreachable from this machine. Build on a machine',
      'with internet access (see docs/installers.md).',
      '',
    ].join('\n'),
  );
  process.exit(2);
}

console.log('▶ electron-vite build');
let status = run('node_modules/electron-vite/bin/electron-vite.js', ['build']);
if (status !== 0) {
  console.error('Bygningen fejlede; se fejlen ovenfor.');
  process.exit(status);
}

console.log(`▶ electron-builder ${args.join(' ')}`.trim());
status = run('node_modules/electron-builder/cli.js', ['--publish', 'never', ...args]);
if (status !== 0) {
  console.error(
    'electron-builder fejlede. Skyldes det en download (Electron, NSIS, AppImage), så byg på en maskine med internetadgang; se docs/installers.md.',
  );
  process.exit(status);
}
console.log('Færdig: installationsfilerne ligger i release/.');
