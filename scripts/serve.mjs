// Serves the built renderer (out/renderer) on 127.0.0.1 only: used by browser mode and e2e tests.
// `GET /__jobbasen` answers who is listening, so a second `npm start` can tell our own running
// server from another program on the port (scripts/start.mjs).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_ID = 'jobbasen-lon';
export const MARKER_PATH = '/__jobbasen';
const MARKER_HEADER = 'x-jobbasen';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const version = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
).version;

export function serveRenderer({
  root = resolve('out/renderer'),
  port = 5183,
  host = '127.0.0.1',
} = {}) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', `http://${host}`);
      if (url.pathname === MARKER_PATH) {
        res.writeHead(200, {
          'Content-Type': 'application/json; charset=utf-8',
          'Cache-Control': 'no-store',
          [MARKER_HEADER]: APP_ID,
        });
        res.end(JSON.stringify({ app: APP_ID, version }));
        return;
      }
      let path = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
      if (path === '' || path.endsWith('/')) path += 'index.html';
      const file = join(root, path);
      if (!file.startsWith(root)) throw Object.assign(new Error('forbidden'), { code: 'EACCES' });
      const info = await stat(file);
      if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' });
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Ikke fundet');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

/**
 * Is Jobbasen Løn's own server listening on `port`? Anything else — another program, no answer
 * within `timeoutMs`, a refused connection — is "not ours" (false), never an error.
 */
export async function isOurServer(port, host = '127.0.0.1', timeoutMs = 1500) {
  try {
    const res = await fetch(`http://${host}:${port}${MARKER_PATH}`, {
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (res.headers.get(MARKER_HEADER) !== APP_ID) return false;
    const body = await res.json();
    return body?.app === APP_ID;
  } catch {
    return false;
  }
}

/**
 * Where should this start listen? Tries `first`, then the next ports up to `count` in all, in
 * order, so a conflict always moves us to the same port (IndexedDB belongs to the address, so a
 * stable fallback keeps its data). A port held by our own server means the app already runs.
 * `listen(port)` resolves to a server or rejects with Node's error; `isOurs(port)` probes.
 * Returns { kind: 'listening', port, server } | { kind: 'running', port } | { kind: 'full' };
 * errors other than EADDRINUSE are passed on (the caller words them).
 */
export async function claimPort({ first, count = 10, listen, isOurs }) {
  for (let port = first; port < first + count && port <= 65535; port += 1) {
    try {
      return { kind: 'listening', port, server: await listen(port) };
    } catch (error) {
      if (error?.code !== 'EADDRINUSE') throw error;
      if (await isOurs(port)) return { kind: 'running', port };
    }
  }
  return { kind: 'full' };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const i = process.argv.indexOf('--port');
  const port = i > 0 ? Number(process.argv[i + 1]) : 5183;
  try {
    await serveRenderer({ port });
    console.log(`Jobbasen Løn serveres på http://127.0.0.1:${port}/`);
  } catch (error) {
    console.error(
      error?.code === 'EADDRINUSE'
        ? `Port ${port} er optaget; vælg en anden med --port.`
        : `Serveren kunne ikke starte på port ${port}: ${error?.message ?? error}`,
    );
    process.exit(1);
  }
}
