// Runs every benchmark of issue 6, writes bench/results.json and the table in docs/benchmarks.md
// (followed by bench/notes.md, the hand-written causes and before/after).
//   npm run bench                 full size: 2 000 citizens × 24 months (~1 million rows)
//   npm run bench -- --quick      (or BENCH_QUICK=1) 200 citizens × 6 months, fewer runs
//   BENCH_CITIZENS, BENCH_MONTHS, BENCH_PORT (default 5301), CHROMIUM_PATH override.
//   npx tsx bench/run.ts --docs-only   rewrite docs/benchmarks.md from bench/results.json + notes
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { runBrowserBench } from './browser';
import { runDomainBench } from './domain.bench';
import type { Figure } from './stats';

interface Row {
  what: string;
  figure: Figure | null;
  unit: string;
  target: string;
  met: boolean | null;
  note?: string;
}

const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const cell = (f: Figure | null, unit: string) =>
  f ? `${fmt(f.median)} ${unit} (${fmt(f.min)}–${fmt(f.max)}, n=${f.runs})` : '—';
const one = (x: number): Figure => ({ median: x, min: x, max: x, runs: 1 });
const scaled = (f: Figure, by: number): Figure => ({
  median: f.median * by,
  min: f.min * by,
  max: f.max * by,
  runs: f.runs,
});

const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const options = {
  citizens: Number(process.env.BENCH_CITIZENS ?? (quick ? 200 : 2000)),
  months: Number(process.env.BENCH_MONTHS ?? (quick ? 6 : 24)),
  chunkSize: 25_000,
  // One full seed writes ~1 million rows twice (app + raw) at this machine's ~6 000 rows/s:
  // about six minutes, so the full run seeds once; the ratio is taken per chunk (see notes).
  seedRuns: quick ? 2 : 1,
  closeRuns: quick ? 3 : 5,
  coldRuns: quick ? 3 : 5,
  memoryRuns: quick ? 1 : 3,
  keystrokes: quick ? 6 : 12,
  port: Number(process.env.BENCH_PORT ?? 5301),
  log: (line: string) => console.log(line),
};

type Results = {
  date: string;
  node: string;
  quick: boolean;
  options: Omit<typeof options, 'log'>;
  domain: Awaited<ReturnType<typeof runDomainBench>>;
  browser: Awaited<ReturnType<typeof runBrowserBench>>;
  minutes: number;
};

async function measure(): Promise<Results> {
  const started = Date.now();
  console.log('1. Domænekerne: 10 000 borgere × 20 dage …');
  const domain = await runDomainBench();
  const browser = await runBrowserBench(options);
  const { log: _log, ...plain } = options;
  return {
    date: new Date().toISOString(),
    node: process.version,
    quick,
    options: plain,
    domain,
    browser,
    minutes: (Date.now() - started) / 60_000,
  };
}

/** `--docs-only`: rewrite docs/benchmarks.md from bench/results.json (e.g. after editing notes). */
async function main() {
  const docsOnly = process.argv.includes('--docs-only');
  const results: Results = docsOnly
    ? (JSON.parse(readFileSync('bench/results.json', 'utf8')) as Results)
    : await measure();
  if (!docsOnly) writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  const { domain, browser: b, options: o } = results;
  const rows: Row[] = [];
  rows.push({
    what: '1. Domain core: one month, 10 000 citizens × 20 days (computation)',
    figure: domain.computeMs,
    unit: 'ms',
    target: '< 200 ms',
    met: domain.computeMs.median < 200,
    note: `${domain.computeUsPerCitizen.toFixed(2)} µs per citizen`,
  });
  rows.push({
    what: '1. Same, including full zod validation of every input',
    figure: domain.validateAndComputeMs,
    unit: 'ms',
    target: '(reported)',
    met: null,
  });

  const size = `${o.citizens} citizens × ${o.months} months`;
  rows.push({
    what: `2. Seed through renderer/db (importAttendance), ${size} = ${b.seed.rows.toLocaleString('en')} attendance rows`,
    figure: b.seed.attendanceS,
    unit: 's',
    target: '(reported)',
    met: null,
    note: `${Math.round(b.seed.rowsPerSecond).toLocaleString('en')} rows/s; citizens ${fmt(b.seed.citizensMs.median)} ms, wage decisions ${fmt(b.seed.decisionsMs.median / 1000)} s`,
  });
  rows.push({
    what: '2. Same rows, plain IndexedDB transactions into a scratch database (physical limit)',
    figure: b.seed.rawS,
    unit: 's',
    target: '(reported)',
    met: null,
  });
  rows.push({
    what: '2. Ratio data layer / raw IndexedDB, per chunk of 25 000 rows written back to back',
    figure: b.seed.ratio,
    unit: '×',
    target: '≤ 2×',
    met: b.seed.ratio.median <= 2,
    note: `whole seed ${fmt(b.seed.totalRatio.median)}×`,
  });
  rows.push({
    what: `3. Month close (${b.closeMonth}) + both CSV exports, ${b.monthClose.citizens} citizens`,
    figure: b.monthClose.totalMs,
    unit: 'ms',
    target: '< 1000 ms',
    met: b.monthClose.totalMs.median < 1000,
    note: `close ${fmt(b.monthClose.closeMs.median)} ms, Excel ${fmt(b.monthClose.excelMs.median)} ms, lønarter ${fmt(b.monthClose.wageTypesMs.median)} ms; first open-month view after the restart ${fmt(b.monthClose.openMonthMs)} ms`,
  });
  rows.push({
    what: `4. Citizen list search, keystroke → next paint (${o.citizens} citizens)`,
    figure: b.ui.searchMs,
    unit: 'ms',
    target: '< 50 ms',
    met: b.ui.searchMs.median < 50,
    note: `Event Timing max ${b.ui.searchEventTimingMaxMs ?? '—'} ms`,
  });
  rows.push({
    what: `4. Attendance grid keystroke → next paint (arrow, digit, Escape; ${o.citizens} rows)`,
    figure: b.ui.gridMs,
    unit: 'ms',
    target: '< 50 ms',
    met: b.ui.gridMs.median < 50,
    note: `arrow ${fmt(b.ui.gridMoveMs.median)}, digit ${fmt(b.ui.gridTypeMs.median)}, Escape ${fmt(b.ui.gridEscapeMs.median)} ms; Event Timing max ${b.ui.gridEventTimingMaxMs ?? '—'} ms; grid shown ${fmt(b.ui.gridLoadMs)} ms after navigation`,
  });
  rows.push({
    what: '5. Cold start to interactive (fresh profile, first heading painted): app',
    figure: b.coldStart.appMs,
    unit: 'ms',
    target: '(reported)',
    met: null,
  });
  rows.push({
    what: '5. Same, minimal React page built with vite',
    figure: b.coldStart.minimalMs,
    unit: 'ms',
    target: '(reported)',
    met: null,
  });
  rows.push({
    what: '5. Cold start ratio app / minimal page (per run)',
    figure: b.coldStart.ratio,
    unit: '×',
    target: '≤ 1.5×',
    met: b.coldStart.ratio.median <= 1.5,
  });
  rows.push({
    what: `5. Initial JavaScript, gzip (${b.coldStart.initialJs.files.join(', ')})`,
    figure: one(b.coldStart.initialJs.gzipBytes / 1024),
    unit: 'KB',
    target: '< 250 KB',
    met: b.coldStart.initialJs.gzipBytes / 1024 < 250,
    note: `${fmt(b.coldStart.initialJs.bytes / 1024)} KB raw; minimal React page ${fmt(b.coldStart.minimalJs.gzipBytes / 1024)} KB gzip`,
  });
  rows.push({
    what: `6. Renderer JS heap after closing the month in the app, after GC (${b.monthClose.citizens} citizens)`,
    figure: b.memory.heapMB,
    unit: 'MB',
    target: '< 200 MB',
    met: b.memory.heapMB.median < 200,
  });
  // 7. Streamed backup and restore (issue 11, build item 5; docs/rules.md §11); results
  // written before it have none.
  if (b.backup) {
    const k = b.backup;
    const size = `${fmt(k.fileMB)} MB file, ${k.attendanceRows.toLocaleString('en')} attendance rows`;
    const heap = `JS heap peak ${fmt(k.heapPeakMB)} MB (baseline ${fmt(k.heapBaselineMB)} MB)`;
    rows.push({
      what: `7. Backup streamed to a file (${size}) — ${heap} over backup and restore`,
      figure: k.backupMs.median >= 1000 ? scaled(k.backupMs, 1 / 1000) : k.backupMs,
      unit: k.backupMs.median >= 1000 ? 's' : 'ms',
      target: '(reported)',
      met: null,
    });
    rows.push({
      what: '7. Restore of that file: checked whole, then replaced in one transaction',
      figure: k.restoreMs.median >= 1000 ? scaled(k.restoreMs, 1 / 1000) : k.restoreMs,
      unit: k.restoreMs.median >= 1000 ? 's' : 'ms',
      target: '(reported)',
      met: null,
    });
  }

  mkdirSync('docs', { recursive: true });
  const table = [
    '| benchmark | median (min–max, runs) | target | met |',
    '|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.what}${r.note ? ` — ${r.note}` : ''} | ${cell(r.figure, r.unit)} | ${r.target} | ${r.met === null ? '' : r.met ? 'yes' : '**no**'} |`,
    ),
  ].join('\n');
  const notes = readFileSync('bench/notes.md', 'utf8');
  const doc =
    `# Benchmarks\n\nWritten by \`npm run bench\`${results.quick ? ' --quick' : ''} on ${results.date} ` +
    `(Node ${process.version}, Chromium at ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}, ` +
    `${results.minutes.toFixed(1)} min). Each figure is the median of several runs ` +
    'with min and max; raw figures in `bench/results.json`.\n\n' +
    `${table}\n\n${notes}`;
  // Formatted as `prettier --check .` expects (the table's columns get padded).
  const config = (await resolveConfig('docs/benchmarks.md')) ?? {};
  writeFileSync('docs/benchmarks.md', await format(doc, { ...config, parser: 'markdown' }));
  console.log(table);
}

await main();
