// `npm start`: build (only when the sources changed since the last build), then open the app in
// Electron, or, where this machine has no Electron binary, in a local Chromium app window against
// the renderer served on 127.0.0.1. A second `npm start` while the app runs opens the running app.
//
// Options: `--no-open` (or JOBBASEN_NO_OPEN=1) serves without opening a window;
// JOBBASEN_PORT picks the port; JOBBASEN_BROWSER_MODE=1 uses the browser even where Electron is
// installed; JOBBASEN_SKIP_BUILD=1 serves out/ as it is (tests, which must not touch out/).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';
import { findBrowser } from './find-browser.mjs';
import { claimPort, isOurServer, serveRenderer } from './serve.mjs';

// A fixed port and profile: IndexedDB belongs to the origin, so both must stay the same.
export const DEFAULT_PORT = 5183;
const HOST = '127.0.0.1';
/** How many ports from the chosen one a start may try before giving up. */
const PORT_TRIES = 10;

/** Everything electron-vite reads to make out/ (renderer/index.html is inside renderer/). */
const INPUT_DIRS = ['renderer', 'shared', 'electron'];
const INPUT_FILES = ['package.json', 'package-lock.json', 'electron.vite.config.ts'];
const STAMP = join('out', '.build-stamp.json');

/** An expected failure: its message is Danish and is shown alone, without a stack trace. */
export class StartError extends Error {}

function walk(root, dir, into) {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    // Dotfiles (editor swap files, .DS_Store) and nested node_modules never reach the bundle.
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const rel = join(dir, entry.name);
    if (entry.isDirectory()) walk(root, rel, into);
    else if (entry.isFile()) into.push(rel);
  }
  return into;
}

/** The build's input files under `root`, relative, '/'-separated and sorted. */
export function buildInputs(root) {
  const files = [];
  for (const dir of INPUT_DIRS) if (existsSync(join(root, dir))) walk(root, dir, files);
  for (const name of readdirSync(root)) {
    if (INPUT_FILES.includes(name) || /^tsconfig.*\.json$/.test(name)) files.push(name);
  }
  return files.map((f) => f.split(sep).join('/')).sort();
}

/** A content hash of the build's inputs: touching a file without changing it costs no build. */
export function sourcesHash(root) {
  const hash = createHash('sha256');
  for (const file of buildInputs(root)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * A fingerprint of out/ as the last build left it (names, sizes, times). Other tools build into
 * out/ too (`npm test`, the e2e runs), so out/ may no longer match the stamp's sources.
 */
export function outputsHash(root) {
  const out = join(root, 'out');
  if (!existsSync(out)) return null;
  const hash = createHash('sha256');
  // The stamp is a dotfile, so it is not part of what it describes.
  const files = walk(out, '.', []).map((f) => f.split(sep).join('/'));
  for (const file of files.sort()) {
    const info = statSync(join(out, file));
    hash.update(`${file}\0${info.size}\0${info.mtimeMs}\0`);
  }
  return hash.digest('hex');
}

export function readStamp(root) {
  try {
    const stamp = JSON.parse(readFileSync(join(root, STAMP), 'utf8'));
    return typeof stamp?.sources === 'string' && typeof stamp?.outputs === 'string' ? stamp : null;
  } catch {
    return null;
  }
}

export function writeStamp(root, stamp) {
  writeFileSync(join(root, STAMP), `${JSON.stringify(stamp)}\n`);
}

export function removeStamp(root) {
  rmSync(join(root, STAMP), { force: true });
}

/**
 * Must `npm start` build? `stamp` is what the last successful build wrote ({ sources, outputs }),
 * `now` the same two hashes today. 'fresh' reuses out/; the others say why it builds.
 * @returns {'first' | 'sources' | 'outputs' | 'fresh'}
 */
export function buildDecision(stamp, now) {
  if (!stamp || now.outputs === null) return 'first';
  if (stamp.sources !== now.sources) return 'sources';
  if (stamp.outputs !== now.outputs) return 'outputs';
  return 'fresh';
}

/** The one line `npm start` says about building. */
export function buildLine(decision) {
  switch (decision) {
    case 'fresh':
      return 'Ingen ændringer siden sidste bygning: genbruger out/.';
    case 'sources':
      return 'Kildekoden er ændret siden sidste bygning: bygger …';
    case 'outputs':
      return 'out/ er bygget af et andet værktøj siden sidst: bygger …';
    default:
      return 'Første bygning: bygger …';
  }
}

/** JOBBASEN_PORT as a port number, or a Danish refusal. */
export function parsePort(value) {
  if (value === undefined || value === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new StartError(`JOBBASEN_PORT skal være et portnummer fra 1 til 65535, ikke "${value}".`);
  }
  return port;
}

/**
 * What a start says about the port it claimed (null: nothing to say). `opens`: whether this
 * start will open a window on the running app.
 */
export function portLine(wanted, claim, opens) {
  if (claim.kind === 'full') {
    return `Portene ${wanted}–${wanted + PORT_TRIES - 1} er optaget af andre programmer. Luk et af dem, eller vælg en anden port, fx JOBBASEN_PORT=6183 npm start.`;
  }
  const url = `http://${HOST}:${claim.port}/`;
  const elsewhere = claim.port === wanted ? '' : ` (port ${wanted} er optaget af et andet program)`;
  if (claim.kind === 'running') {
    if (!opens) return `Jobbasen Løn kører allerede på ${url}${elsewhere}.`;
    return elsewhere
      ? `Jobbasen Løn kører allerede på ${url}${elsewhere} — åbner det kørende program.`
      : `Jobbasen Løn kører allerede — åbner det kørende program (${url}).`;
  }
  if (claim.port !== wanted) {
    return `Port ${wanted} er optaget af et andet program: Jobbasen Løn bruger ${url} i stedet. Data gemmes pr. adresse, så de ses kun på denne port.`;
  }
  return null;
}

/** Node's listen errors, said in Danish. */
function listenError(error, port) {
  const why = {
    EACCES: `der er ikke adgang til port ${port}`,
    EADDRNOTAVAIL: `adressen ${HOST} findes ikke på denne maskine`,
  }[error?.code];
  return new StartError(
    `Jobbasen Løn kunne ikke starte serveren: ${why ?? error?.message ?? error}. Vælg evt. en anden port med JOBBASEN_PORT.`,
  );
}

function build(root) {
  // Hashed before building: a file saved during the build makes the next start build again.
  const sources = sourcesHash(root);
  const decision = buildDecision(readStamp(root), { sources, outputs: outputsHash(root) });
  console.log(buildLine(decision));
  if (decision === 'fresh') return;
  // No stamp while out/ is being rewritten: a failed or interrupted build must not look current.
  removeStamp(root);
  const run = spawnSync(
    process.execPath,
    ['node_modules/electron-vite/bin/electron-vite.js', 'build'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (run.status !== 0) {
    throw new StartError('Bygningen fejlede; se fejlen ovenfor.');
  }
  mkdirSync(join(root, 'out'), { recursive: true });
  writeStamp(root, { sources, outputs: outputsHash(root) });
}

function hasScreen() {
  return process.platform !== 'linux' || !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** A Chromium app window on `url`, with the app's own profile (IndexedDB lives there). */
function openAppWindow(browser, url, options) {
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
    { stdio: 'ignore', ...options },
  );
  child.on('error', (error) => {
    console.error(`Browseren ${browser} kunne ikke åbnes (${error.message}): åbn ${url} selv.`);
  });
  return child;
}

async function main() {
  const root = resolve('.');
  const args = process.argv.slice(2);
  const open = !args.includes('--no-open') && !process.env.JOBBASEN_NO_OPEN;
  const port = parsePort(process.env.JOBBASEN_PORT);
  const electron = electronBinary(root);

  if (electron && !process.env.JOBBASEN_BROWSER_MODE) {
    // Electron keeps to one instance itself (electron/main: requestSingleInstanceLock).
    if (!process.env.JOBBASEN_SKIP_BUILD) build(root);
    const child = spawn(electron, ['.'], { stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`Electron kunne ikke starte (${error.message}).`);
      process.exit(1);
    });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }

  // Claim the port before building, so a second start neither rebuilds out/ under the running
  // app nor fails on it.
  const claim = await claimPort({
    first: port,
    count: PORT_TRIES,
    listen: (p) =>
      serveRenderer({ root: join(root, 'out', 'renderer'), port: p, host: HOST }).catch((error) => {
        if (error?.code === 'EADDRINUSE') throw error;
        throw listenError(error, p);
      }),
    isOurs: (p) => isOurServer(p, HOST),
  });
  const browser = findBrowser();
  const canOpen = open && !!browser && hasScreen();
  const line = portLine(port, claim, canOpen);
  if (claim.kind === 'full') throw new StartError(line);
  if (line) console.log(line);
  const url = `http://${HOST}:${claim.port}/`;

  if (claim.kind === 'running') {
    const stamp = readStamp(root);
    if (stamp && stamp.sources !== sourcesHash(root)) {
      console.log(
        'Kildekoden er ændret siden det kørende program blev bygget: luk det, og kør npm start igen for at få ændringerne med.',
      );
    }
    if (canOpen) {
      // Same profile as the running window: Chromium hands the window to that process and exits.
      openAppWindow(browser, url, { detached: true }).unref();
    } else if (open) {
      console.log(`Åbn ${url} i en browser.`);
    }
    return;
  }

  if (!process.env.JOBBASEN_SKIP_BUILD) build(root);

  if (!open) {
    console.log(`Jobbasen Løn kører på ${url} (Ctrl+C stopper).`);
  } else if (!browser || !hasScreen()) {
    console.log(
      `Electron findes ikke på denne maskine, og der er ${browser ? 'ingen skærm' : 'ingen Chromium'}: åbn ${url} i en browser (Ctrl+C stopper).`,
    );
  } else {
    console.log(
      `Electron findes ikke på denne maskine: åbner Jobbasen Løn i et Chromium-vindue (${url}).`,
    );
    openAppWindow(browser, url).on('exit', () => process.exit(0));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  try {
    await main();
  } catch (error) {
    // Expected failures speak Danish without a stack; anything else still shows only its message.
    console.error(
      error instanceof StartError
        ? error.message
        : `Jobbasen Løn kunne ikke starte: ${error?.message ?? error}`,
    );
    process.exit(1);
  }
}
