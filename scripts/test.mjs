// `npm test`: every check in one run. Gates (types, lint, build, security scan) and both test
// runners all run even when one fails; the last line adds up vitest's and Playwright's counts.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
const VITEST_JSON = '.vitest-report.json';
const PLAYWRIGHT_JSON = '.playwright-report.json';

const steps = [
  { name: 'typecheck', cmd: bin('tsc'), args: ['-b'] },
  { name: 'lint', cmd: bin('eslint'), args: ['--max-warnings=0', '.'] },
  { name: 'format', cmd: bin('prettier'), args: ['--check', '--log-level=warn', '.'] },
  { name: 'build', cmd: bin('electron-vite'), args: ['build'], quiet: true },
  {
    name: 'electronegativity',
    cmd: process.execPath,
    args: ['scripts/electronegativity-gate.mjs'],
    optional: 'scripts/electronegativity-gate.mjs',
  },
  {
    name: 'vitest',
    cmd: bin('vitest'),
    args: ['run', '--reporter=default', '--reporter=json', `--outputFile=${VITEST_JSON}`],
    report: VITEST_JSON,
  },
  {
    name: 'playwright',
    cmd: bin('playwright'),
    args: ['test'],
    report: PLAYWRIGHT_JSON,
    needs: 'build',
  },
];

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
const ok = new Set();

function countReport(step) {
  if (!existsSync(step.report)) return null;
  const data = JSON.parse(readFileSync(step.report, 'utf8'));
  if (step.name === 'vitest')
    return {
      passed: data.numPassedTests,
      failed: data.numFailedTests,
      skipped: data.numPendingTests + data.numTodoTests,
    };
  const s = data.stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
}

for (const step of steps) {
  if (step.optional && !existsSync(step.optional)) continue;
  if (step.needs && !ok.has(step.needs)) {
    console.log(`\n▶ ${step.name}: springes over, fordi ${step.needs} fejlede`);
    failures.push(step.name);
    failed += 1;
    continue;
  }
  console.log(`\n▶ ${step.name}`);
  if (step.report) rmSync(step.report, { force: true });
  const run = spawnSync(step.cmd, step.args, {
    stdio: step.quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
  });
  const counts = step.report ? countReport(step) : null;
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
    skipped += counts.skipped;
  }
  if (run.status === 0) {
    ok.add(step.name);
  } else {
    failures.push(step.name);
    // A gate, or a runner that died before reporting, still counts as one failure.
    if (!counts || counts.failed === 0) failed += 1;
  }
}

console.log(failures.length ? `\nFejlede trin: ${failures.join(', ')}` : '\nAlle trin bestået.');
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failures.length ? 1 : 0);
