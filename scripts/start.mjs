// `npm start`: build, then open the app in Electron, or, where this machine has no Electron
// binary, in a local Chromium app window against the renderer served on 127.0.0.1.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { electronBinary } from './electron-binary.mjs';
import { findBrowser } from './find-browser.mjs';
import { serveRenderer } from './serve.mjs';

// A fixed port and profile: IndexedDB belongs to the origin, so both must stay the same.
const PORT = Number(process.env.JOBBASEN_PORT ?? 5183);

const build = spawnSync(
  process.execPath,
  ['node_modules/electron-vite/bin/electron-vite.js', 'build'],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
if (build.status !== 0) {
  console.error('Bygningen fejlede; se fejlen ovenfor.');
  process.exit(build.status ?? 1);
}

const electron = electronBinary();
if (electron && !process.env.JOBBASEN_BROWSER_MODE) {
  const child = spawn(electron, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const url = `http://127.0.0.1:${PORT}/`;
  await serveRenderer({ port: PORT });
  const browser = findBrowser();
  const headless =
    process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  if (!browser || headless) {
    console.log(
      `Electron findes ikke på denne maskine, og der er ${browser ? 'ingen skærm' : 'ingen Chromium'}: åbn ${url} i en browser (Ctrl+C stopper).`,
    );
  } else {
    console.log(
      `Electron findes ikke på denne maskine: åbner Jobbasen Løn i et Chromium-vindue (${url}).`,
    );
    const profile = join(
      process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'),
      'jobbasen-lon',
      'browser-profile',
    );
    mkdirSync(profile, { recursive: true });
    const child = spawn(
      browser,
      [
        `--app=${url}`,
        `--user-data-dir=${profile}`,
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--window-size=1280,860',
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ],
      { stdio: 'ignore' },
    );
    child.on('exit', () => process.exit(0));
  }
}
