// `npx tsx bench/figure7.ts [--write]`: benchmark 7 alone (streamed backup and restore, docs/rules.md
// §11) at full size (BENCH_CITIZENS × BENCH_MONTHS, default 2 000 × 24) — the seed, a browser
// restart and the month closes as in `npm run bench`, then the backup and its restore. With
// --write, figure 7 in bench/results.json is replaced (`backupRun` says when; the other figures
// stay those of their own run); then `npx tsx bench/run.ts --docs-only` rewrites the table.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupFigure, buildPages, launch, seed, serve } from './browser';
import { monthsEndingWith } from './months';

const citizens = Number(process.env.BENCH_CITIZENS ?? 2000);
const monthCount = Number(process.env.BENCH_MONTHS ?? 24);
const port = Number(process.env.BENCH_PORT ?? 5301);
const closes = Number(process.env.BENCH_CLOSES ?? 8);
const started = Date.now();
const dir = mkdtempSync(join(tmpdir(), 'jobbasen-bench7-'));
const profile = join(dir, 'profile');
await buildPages(dir);
const server = await serve(dir, port);
const origin = `http://127.0.0.1:${port}`;
const harness = `${origin}/__bench/harness.html`;
try {
  const months = monthsEndingWith(new Date().toISOString().slice(0, 7), monthCount);
  let ctx = await launch(profile);
  let page = await ctx.newPage();
  await page.goto(harness);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
  console.log(`Seed: ${citizens} borgere × ${monthCount} måneder …`);
  const seeded = await seed(page, null, { citizens, months, chunkSize: 25_000 });
  console.log(`   ${seeded.rows} rækker på ${(seeded.attendanceMs / 1000).toFixed(1)} s`);
  await ctx.close();
  ctx = await launch(profile);
  page = await ctx.newPage();
  await page.goto(harness);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
  await page.waitForTimeout(5_000);
  // The full bench closes the month 8 times before figure 7 (5 timed closes, 3 in the app), and
  // every close and reopen is in the audit log, which is in the file: the same here.
  for (let i = 0; i < closes; i++)
    await page.evaluate((m) => window.bench.closeAndExport(m), months.at(-2)!);
  console.log('7. Sikkerhedskopi og gendannelse af hele databasen …');
  const backup = await backupFigure(ctx, page, origin);
  await ctx.close();
  const minutes = (Date.now() - started) / 60_000;
  console.log(JSON.stringify({ citizens, months: monthCount, minutes, backup }, null, 2));
  if (process.argv.includes('--write')) {
    const results = JSON.parse(readFileSync('bench/results.json', 'utf8')) as {
      date: string;
      browser: { backup?: unknown };
      backupRun?: unknown;
    };
    results.browser.backup = backup;
    results.backupRun = {
      date: new Date().toISOString(),
      minutes: Number(minutes.toFixed(2)),
      note: `figure 7 (browser.backup) only, from bench/figure7.ts at ${citizens} × ${monthCount}; the other figures are from the run in date`,
    };
    writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  }
} finally {
  await new Promise((ok) => server.close(ok));
  rmSync(dir, { recursive: true, force: true });
}
