// Benchmarks 2–6 (issue 6) in real Chromium: the data layer seeded and a month closed through the
// app's own renderer/db, the built UI typed into, the cold start and the heap. A harness page
// (bench/harness) and a minimal React page (bench/minimal) are bundled with vite into a temp dir
// and served with out/renderer from ONE 127.0.0.1 origin, so the harness seeds the very
// IndexedDB the app then opens.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { figure, type Figure } from './stats';
import { monthsEndingWith } from './months';

const root = resolve(import.meta.dirname, '..');
const rendererDir = join(root, 'out/renderer');
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BrowserBenchOptions {
  citizens: number;
  months: number;
  chunkSize: number;
  seedRuns: number;
  closeRuns: number;
  coldRuns: number;
  memoryRuns: number;
  keystrokes: number;
  port: number;
  log: (line: string) => void;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export async function buildPages(dir: string, minify = true) {
  const common = { configFile: false as const, root, logLevel: 'warn' as const };
  await build({
    ...common,
    build: {
      outDir: join(dir, 'harness'),
      emptyOutDir: true,
      minify,
      lib: {
        entry: join(root, 'bench/harness/entry.ts'),
        formats: ['es'],
        fileName: () => 'harness.js',
      },
    },
  });
  await build({
    ...common,
    root: join(root, 'bench/minimal'),
    base: './',
    build: { outDir: join(dir, 'minimal'), emptyOutDir: true, minify: true },
  });
}

const HARNESS_HTML =
  '<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Benchmark</title></head>' +
  '<body><script type="module" src="/__bench/harness.js"></script></body></html>';

/** `/` = the built app, `/__bench/` = the harness, `/__minimal/` = the minimal React page. */
export function serve(dir: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let base = rendererDir;
      let path = normalize(decodeURIComponent(url.pathname)).replace(/^\/+/, '');
      if (path === '__bench/harness.html') {
        res.writeHead(200, { 'Content-Type': TYPES['.html']! });
        res.end(HARNESS_HTML);
        return;
      }
      if (path.startsWith('__bench/')) {
        base = join(dir, 'harness');
        path = path.slice('__bench/'.length);
      } else if (path.startsWith('__minimal/')) {
        base = join(dir, 'minimal');
        path = path.slice('__minimal/'.length);
      }
      if (path === '' || path.endsWith('/')) path += 'index.html';
      const file = join(base, path);
      try {
        if (!file.startsWith(base) || !(await stat(file)).isFile()) throw new Error('404');
        res.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-cache',
        });
        res.end(await readFile(file));
      } catch {
        res.writeHead(404);
        res.end();
      }
    })();
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(server));
  });
}

export function launch(userDataDir: string): Promise<BrowserContext> {
  // A persistent profile: IndexedDB on disk as in the desktop app (incognito keeps it in memory).
  return chromium.launchPersistentContext(userDataDir, {
    executablePath,
    args: ARGS,
    headless: true,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    viewport: { width: 1400, height: 900 },
  });
}

/** The JS that index.html loads before any lazy chunk: its scripts, modulepreloads, static imports. */
export function initialJs(dir = rendererDir): {
  files: string[];
  bytes: number;
  gzipBytes: number;
} {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const queue = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => join(dir, m[1]!));
  const seen = new Set<string>();
  let bytes = 0;
  let gzipBytes = 0;
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file);
    bytes += code.length;
    gzipBytes += gzipSync(code, { level: 9 }).length;
    // Static imports only (`import … from "./x.js"` / `import "./x.js"`); `import("…")` is lazy.
    for (const m of code
      .toString('utf8')
      .matchAll(/\bimport\s*(?:[^()'"]*?from\s*)?["']([^"']+)["']/g))
      if (m[1]!.startsWith('.')) queue.push(join(file, '..', m[1]!));
  }
  return { files: [...seen].map((f) => f.slice(dir.length + 1)), bytes, gzipBytes };
}

/** Records, in the page, input → next paint for every keydown: rAF then a task after the frame. */
const LATENCY_PROBE = () => {
  const w = window as unknown as { __lat: number[]; __evt: Map<number, number> };
  w.__lat = [];
  w.__evt = new Map();
  addEventListener(
    'keydown',
    (e) => {
      const t0 = e.timeStamp;
      requestAnimationFrame(() => setTimeout(() => w.__lat.push(performance.now() - t0), 0));
    },
    true,
  );
  // Event Timing as a cross-check (durations are rounded to 8 ms by the browser).
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceEventTiming[])
      if (e.interactionId)
        w.__evt.set(e.interactionId, Math.max(w.__evt.get(e.interactionId) ?? 0, e.duration));
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
};

async function pressMeasured(page: Page, key: string): Promise<number> {
  const before = await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat.length);
  await page.keyboard.press(key);
  await page.waitForFunction(
    (n) => (window as unknown as { __lat: number[] }).__lat.length > n,
    before,
    { timeout: 120_000, polling: 50 },
  );
  return page.evaluate((n) => (window as unknown as { __lat: number[] }).__lat[n]!, before);
}

async function eventTimingMax(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const v = [...(window as unknown as { __evt: Map<number, number> }).__evt.values()];
    return v.length ? Math.max(...v) : null;
  });
}

/**
 * When the selector first appears, then the next frame: ms since navigation start. (No named
 * inner functions here or in other page functions: tsx would wrap them in a helper the page
 * lacks.)
 */
const READY_PROBE = (selector: string) => {
  const w = window as unknown as { __ready?: number; __seen?: boolean };
  const mo = new MutationObserver(() => {
    if (w.__seen || !document.querySelector(selector)) return;
    w.__seen = true;
    mo.disconnect();
    requestAnimationFrame(() => setTimeout(() => (w.__ready = performance.now()), 0));
  });
  mo.observe(document, { childList: true, subtree: true });
};

export async function coldStart(url: string, selector: string): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'jobbasen-bench-cold-'));
  const ctx = await launch(dir);
  try {
    const page = await ctx.newPage();
    await page.addInitScript(READY_PROBE, selector);
    await page.goto(url);
    await page.waitForFunction(
      () => (window as unknown as { __ready?: number }).__ready !== undefined,
      null,
      {
        timeout: 60_000,
      },
    );
    return await page.evaluate(() => (window as unknown as { __ready: number }).__ready);
  } finally {
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Benchmark 7 on the seeded database: the harness streams a backup and restores it, while the JS
 * heap is sampled every 100 ms through CDP; the file's pieces are Blobs, which Chromium keeps
 * outside the heap.
 */
export async function backupFigure(ctx: BrowserContext, page: Page, origin: string) {
  await page.goto(`${origin}/__bench/harness.html`);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const baseline = (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
  let peak = baseline;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const h = await cdp.send('Runtime.getHeapUsage').catch(() => null);
      if (h) peak = Math.max(peak, h.usedSize / 2 ** 20);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const trip = await page.evaluate(() => window.bench.backupRoundTrip());
  sampling = false;
  await sampler;
  await cdp.detach();
  if (trip.restored) throw new Error(`Gendannelsen i benchmark 7 fejlede: ${trip.restored}`);
  return {
    backupMs: figure([trip.backupMs]),
    restoreMs: figure([trip.restoreMs]),
    fileMB: trip.bytes / 2 ** 20,
    attendanceRows: trip.attendanceRows,
    heapBaselineMB: baseline,
    heapPeakMB: peak,
  };
}

const currentMonth = () => new Date().toISOString().slice(0, 7);

/**
 * Seeds the app's database through renderer/db (`page`), chunk by chunk; when `rawPage` is
 * given, each chunk is followed by the same rows written with plain IndexedDB there, so both
 * see the same machine state and the per-chunk ratio is fair.
 */
export async function seed(
  page: Page,
  rawPage: Page | null,
  o: { citizens: number; months: string[]; chunkSize: number },
) {
  const prep = await page.evaluate((x) => window.bench.prepare(x), {
    citizens: o.citizens,
    months: o.months,
  });
  if (rawPage)
    await rawPage.evaluate(([ids, months]) => window.bench.rawPrepare(ids, months), [
      prep.ids,
      o.months,
    ] as const);
  let attendanceMs = 0;
  let rawMs = 0;
  const ratios: number[] = [];
  for (let start = 0; start < prep.rows; start += o.chunkSize) {
    const app = await page.evaluate(([a, b]) => window.bench.appChunk(a, b), [
      start,
      o.chunkSize,
    ] as const);
    attendanceMs += app;
    if (!rawPage) continue;
    const raw = await rawPage.evaluate(([a, b]) => window.bench.rawChunk(a, b), [
      start,
      o.chunkSize,
    ] as const);
    rawMs += raw;
    ratios.push(app / raw);
  }
  if (rawPage) await rawPage.evaluate(() => window.bench.rawFinish());
  const validateMs = await page.evaluate(() => window.bench.validateAll());
  return {
    rows: prep.rows,
    citizensMs: prep.citizensMs,
    decisionsMs: prep.decisionsMs,
    attendanceMs,
    rawMs,
    ratios,
    validateMs,
  };
}

export async function runBrowserBench(o: BrowserBenchOptions) {
  const dir = mkdtempSync(join(tmpdir(), 'jobbasen-bench-'));
  const profile = join(dir, 'profile');
  o.log('   bygger harness og minimal React-side …');
  await buildPages(dir);
  const server = await serve(dir, o.port);
  const rawServer = await serve(dir, o.port + 1);
  const origin = `http://127.0.0.1:${o.port}`;
  const rawOrigin = `http://127.0.0.1:${o.port + 1}`;
  const months = monthsEndingWith(currentMonth(), o.months);
  const closeMonth = months[months.length - 2]!;
  const out: Record<string, unknown> = { months: [months[0], months.at(-1)], closeMonth };
  try {
    // ---- 5. cold start (fresh profiles, before anything else loads the machine) --------------
    o.log('5. Koldstart: app mod minimal React-side …');
    const app: number[] = [];
    const minimal: number[] = [];
    for (let i = 0; i < o.coldRuns; i++) {
      app.push(await coldStart(`${origin}/`, 'main h1'));
      minimal.push(await coldStart(`${origin}/__minimal/`, 'h1'));
    }
    const appFig = figure(app);
    const minFig = figure(minimal);
    out.coldStart = {
      appMs: appFig,
      minimalMs: minFig,
      ratio: figure(app.map((a, i) => a / minimal[i]!)),
      initialJs: initialJs(),
      minimalJs: initialJs(join(dir, 'minimal')),
    };

    let ctx = await launch(profile);
    try {
      let page = await ctx.newPage();
      await page.goto(`${origin}/__bench/harness.html`);
      await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });

      // ---- 2. seed through the data layer, raw IndexedDB in the same run --------------------
      o.log(
        `2. Seed: ${o.citizens} borgere × ${o.months} måneder (fuld størrelse: ca. 6 min pr. seed) …`,
      );
      // The raw writer runs on a second origin (port + 1): its own IndexedDB files, so its
      // million rows and their deletion leave the app's database as a real import would.
      const rawPage = await ctx.newPage();
      await rawPage.goto(`${rawOrigin}/__bench/harness.html`);
      await rawPage.waitForSelector('body[data-ready="true"]', { state: 'attached' });
      const seeds = [];
      for (let i = 0; i < o.seedRuns; i++) {
        const s = await seed(page, rawPage, {
          citizens: o.citizens,
          months,
          chunkSize: o.chunkSize,
        });
        o.log(
          `   run ${i + 1}: ${s.rows} rækker, data layer ${(s.attendanceMs / 1000).toFixed(2)} s, rå IDB ${(s.rawMs / 1000).toFixed(2)} s`,
        );
        seeds.push(s);
      }
      await rawPage.close();
      out.seed = {
        rows: seeds[0]!.rows,
        attendanceS: figure(seeds.map((s) => s.attendanceMs / 1000)),
        rawS: figure(seeds.map((s) => s.rawMs / 1000)),
        // Per chunk: app time / raw time of the same rows, written back to back.
        ratio: figure(seeds.flatMap((s) => s.ratios)),
        totalRatio: figure(seeds.map((s) => s.attendanceMs / s.rawMs)),
        citizensMs: figure(seeds.map((s) => s.citizensMs)),
        decisionsMs: figure(seeds.map((s) => s.decisionsMs)),
        validateMs: figure(seeds.map((s) => s.validateMs)),
        rowsPerSecond: seeds[0]!.rows / (figure(seeds.map((s) => s.attendanceMs)).median / 1000),
      };

      // A month is closed on a database at rest, not seconds after a million-row import: restart
      // the browser on the same profile so the import's background work (IndexedDB compaction,
      // the scratch database's deletion) does not land in the close (3.3 s instead of ~0.7 s).
      await ctx.close();
      ctx = await launch(profile);
      page = await ctx.newPage();
      await page.goto(`${origin}/__bench/harness.html`);
      await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
      await page.waitForTimeout(5_000);

      // ---- 3. month close + both CSV exports ------------------------------------------------
      o.log(`3. Månedsafslutning ${closeMonth} + begge CSV-eksporter …`);
      await page.evaluate((m) => window.bench.reopen(m), closeMonth);
      const open = await page.evaluate((m) => window.bench.computeOpenMonth(m), closeMonth);
      const closes = [];
      for (let i = 0; i < o.closeRuns; i++)
        closes.push(await page.evaluate((m) => window.bench.closeAndExport(m), closeMonth));
      out.monthClose = {
        citizens: closes[0]!.citizens,
        totalMs: figure(closes.map((c) => c.totalMs)),
        closeMs: figure(closes.map((c) => c.closeMs)),
        excelMs: figure(closes.map((c) => c.excelMs)),
        wageTypesMs: figure(closes.map((c) => c.wageTypesMs)),
        openMonthMs: open.ms,
      };

      // ---- 4. UI: citizen search and attendance grid keystrokes ------------------------------
      o.log('4. UI: søgning i borgerlisten og tastetryk i fremmødegitteret …');
      await page.evaluate((m) => localStorage.setItem('jobbasen.month', m), months.at(-1)!);
      await page.goto(`${origin}/#/borgere`);
      await page.waitForSelector('.virtual-list', { timeout: 120_000 });
      await page.evaluate(LATENCY_PROBE);
      await page.getByLabel('Søg (navn, lønnummer eller CPR)').focus();
      const search: number[] = [];
      const text = 'anna 1';
      for (let i = 0; search.length < o.keystrokes; i++) {
        const k = i % (2 * text.length);
        search.push(await pressMeasured(page, k < text.length ? text[k]! : 'Backspace'));
      }
      const searchEvt = await eventTimingMax(page);

      // Measured in the page, from the hash change to the frame after the first grid cell: the
      // figure used to be Date.now() around Playwright's waitForSelector, whose polling backs off
      // to 500 ms, so anything over ~0.3 s was read as ~0.8 s.
      const gridLoadMs = await page.evaluate(
        () =>
          new Promise<number>((ok) => {
            const t0 = performance.now();
            const mo = new MutationObserver(() => {
              if (!document.querySelector('[role="gridcell"]')) return;
              mo.disconnect();
              requestAnimationFrame(() => setTimeout(() => ok(performance.now() - t0), 0));
            });
            mo.observe(document, { childList: true, subtree: true });
            location.hash = '#/fremmoede';
          }),
      );
      await page.waitForSelector('[role="gridcell"]', { timeout: 300_000 });
      await page.evaluate(LATENCY_PROBE);
      await page.locator('[role="gridcell"]').first().click();
      const grid: Record<string, number[]> = { move: [], type: [], escape: [] };
      for (let i = 0; grid.move!.length + grid.type!.length < o.keystrokes; i++) {
        grid.move!.push(await pressMeasured(page, i % 2 ? 'ArrowDown' : 'ArrowRight'));
        grid.type!.push(await pressMeasured(page, '7'));
        grid.escape!.push(await pressMeasured(page, 'Escape'));
      }
      const gridAll = [...grid.move!, ...grid.type!, ...grid.escape!];
      const gridEvt = await eventTimingMax(page);
      out.ui = {
        searchMs: figure(search),
        searchEventTimingMaxMs: searchEvt,
        gridMs: figure(gridAll),
        gridMoveMs: figure(grid.move!),
        gridTypeMs: figure(grid.type!),
        gridEscapeMs: figure(grid.escape!),
        gridEventTimingMaxMs: gridEvt,
        gridLoadMs,
      };

      // ---- 6. heap after closing the month in the app -----------------------------------------
      o.log('6. Hukommelse efter månedsafslutning i appen …');
      const heaps: number[] = [];
      for (let i = 0; i < o.memoryRuns; i++) {
        await page.goto(`${origin}/__bench/harness.html`);
        await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
        await page.evaluate((m) => window.bench.reopen(m), closeMonth);
        await page.evaluate((m) => localStorage.setItem('jobbasen.month', m), closeMonth);
        await page.goto(`${origin}/#/maanedsafslutning`);
        await page.waitForSelector('[data-testid="month-table"]', { timeout: 120_000 });
        await page.getByRole('button', { name: /^Luk / }).click();
        // Closing is confirmed on the check screen (docs/rules.md §10).
        await page
          .getByRole('region', { name: 'Kontrol før lukning' })
          .getByRole('button', { name: 'Luk måneden' })
          .click({ timeout: 120_000 });
        await page.waitForFunction(
          () =>
            document
              .querySelector('[data-testid="month-status"]')
              ?.textContent?.startsWith('Lukket'),
          null,
          { timeout: 120_000 },
        );
        const cdp = await ctx.newCDPSession(page);
        await cdp.send('HeapProfiler.collectGarbage');
        const heap = await cdp.send('Runtime.getHeapUsage');
        await cdp.detach();
        heaps.push(heap.usedSize / 2 ** 20);
      }
      out.memory = { heapMB: figure(heaps) };

      // ---- 7. streamed backup and restore (issue 11, build item 5) ---------------------------
      // The JS heap is sampled every 100 ms through CDP while the page writes the backup and
      // restores it; the file's pieces are Blobs, which Chromium keeps outside the heap.
      o.log('7. Sikkerhedskopi og gendannelse af hele databasen …');
      out.backup = await backupFigure(ctx, page, origin);
    } finally {
      await ctx.close();
    }
  } finally {
    await new Promise((ok) => server.close(ok));
    await new Promise((ok) => rawServer.close(ok));
    rmSync(dir, { recursive: true, force: true });
  }
  return out as {
    months: string[];
    closeMonth: string;
    coldStart: {
      appMs: Figure;
      minimalMs: Figure;
      ratio: Figure;
      initialJs: ReturnType<typeof initialJs>;
      minimalJs: ReturnType<typeof initialJs>;
    };
    seed: {
      rows: number;
      attendanceS: Figure;
      rawS: Figure;
      ratio: Figure;
      totalRatio: Figure;
      citizensMs: Figure;
      decisionsMs: Figure;
      validateMs: Figure;
      rowsPerSecond: number;
    };
    monthClose: {
      citizens: number;
      totalMs: Figure;
      closeMs: Figure;
      excelMs: Figure;
      wageTypesMs: Figure;
      openMonthMs: number;
    };
    ui: {
      searchMs: Figure;
      searchEventTimingMaxMs: number | null;
      gridMs: Figure;
      gridMoveMs: Figure;
      gridTypeMs: Figure;
      gridEscapeMs: Figure;
      gridEventTimingMaxMs: number | null;
      gridLoadMs: number;
    };
    memory: { heapMB: Figure };
    backup?: {
      backupMs: Figure;
      restoreMs: Figure;
      fileMB: number;
      attendanceRows: number;
      heapBaselineMB: number;
      heapPeakMB: number;
    };
  };
}
