// `npx tsx bench/profile.ts [citizens] [months]`: seeds through the harness, then records a CPU
// profile (CDP Profiler) of the month close + exports and of the open month, and prints the
// functions with the most self time. Used to find the causes behind docs/benchmarks.md.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildPages, launch, seed, serve } from './browser';
import { monthsEndingWith } from './months';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

async function profiled<T>(page: Page, name: string, fn: () => Promise<T>) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await fn();
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  await cdp.detach();
  writeFileSync(join(tmpdir(), `${name}.cpuprofile`), JSON.stringify(profile));
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const n = byNode.get(id)!;
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`\n${name}: ${total.toFixed(0)} ms sampled; top self time:`);
  for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${k}`);
  return result;
}

const citizens = Number(process.argv[2] ?? 500);
const monthCount = Number(process.argv[3] ?? 3);
const dir = mkdtempSync(join(tmpdir(), 'jobbasen-profile-'));
await buildPages(dir, false);
// The origin (and so the database) includes the port: reuse the one PROFILE_DIR was seeded on.
const port = Number(process.env.PROFILE_PORT ?? 5311);
const server = await serve(dir, port);
// PROFILE_DIR: reuse a Chromium profile seeded by an earlier run (seeding 1 M rows takes minutes).
const reuse = process.env.PROFILE_DIR;
const ctx = await launch(reuse ?? join(dir, 'profile'));
try {
  const page = await ctx.newPage();
  await page.goto(`http://127.0.0.1:${port}/__bench/harness.html`);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
  const months = monthsEndingWith(new Date().toISOString().slice(0, 7), monthCount);
  const month = months.at(-2)!;
  if (!reuse) await seed(page, null, { citizens, months, chunkSize: 25_000 });
  await page.evaluate((m) => window.bench.reopen(m), month);
  console.log(
    await profiled(page, 'open-month', () =>
      page.evaluate((m) => window.bench.computeOpenMonth(m), month),
    ),
  );
  console.log(
    await profiled(page, 'close-and-export', () =>
      page.evaluate((m) => window.bench.closeAndExport(m), month),
    ),
  );
} finally {
  await ctx.close();
  await new Promise((ok) => server.close(ok));
  rmSync(dir, { recursive: true, force: true });
}
