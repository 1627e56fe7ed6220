// Fetch Electron's binary where the network allows it; never fail the install where it cannot.
// npm's own install script for electron is switched off (package.json "allowScripts"), because
// on a machine without GitHub access it would break `npm install` outright.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { electronBinary } from './electron-binary.mjs';

const installer = 'node_modules/electron/install.js';
const warn = (msg) => console.warn(`jobbasen-lon: ${msg}`);

if (electronBinary()) {
  // Already there: nothing to do.
} else if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  warn(
    'ELECTRON_SKIP_BINARY_DOWNLOAD er sat: Electron hentes ikke. `npm start` åbner appen i Chromium.',
  );
} else if (!existsSync(installer)) {
  warn('electron-pakken mangler; springer over.');
} else {
  const run = spawnSync(process.execPath, [installer], { stdio: 'inherit', timeout: 180_000 });
  if (run.status !== 0 || !electronBinary()) {
    warn(
      'Electron kunne ikke hentes (intet net til GitHub?). Appen virker stadig: `npm start` åbner den i Chromium.',
    );
  }
}
