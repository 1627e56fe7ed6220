// Runs every benchmark of issue 6, writes bench/results.json and the table in docs/benchmarks.md.
import { mkdirSync, writeFileSync } from 'node:fs';
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

async function main() {
  const rows: Row[] = [];
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    node: process.version,
  };

  console.log('1. Domænekerne: 10 000 borgere × 20 dage …');
  const domain = await runDomainBench();
  results.domain = domain;
  rows.push({
    what: 'Domain core: one month, 10 000 citizens × 20 days (computation)',
    figure: domain.computeMs,
    unit: 'ms',
    target: '< 200 ms',
    met: domain.computeMs.median < 200,
    note: `${domain.computeUsPerCitizen.toFixed(2)} µs per citizen`,
  });
  rows.push({
    what: 'Same, including full zod validation of every input',
    figure: domain.validateAndComputeMs,
    unit: 'ms',
    target: '(reported)',
    met: null,
  });

  mkdirSync('docs', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  const table = [
    '| benchmark | median (min–max, runs) | target | met |',
    '|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.what}${r.note ? ` — ${r.note}` : ''} | ${cell(r.figure, r.unit)} | ${r.target} | ${r.met === null ? '' : r.met ? 'yes' : '**no**'} |`,
    ),
  ].join('\n');
  writeFileSync(
    'docs/benchmarks.md',
    `# Benchmarks\n\nWritten by \`npm run bench\` on ${results.date as string} (Node ${process.version}). ` +
      'Each figure is the median of several runs with min and max; raw figures in `bench/results.json`.\n\n' +
      `${table}\n`,
  );
  console.log(table);
}

await main();
