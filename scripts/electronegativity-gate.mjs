// Security scan of the Electron shell with @doyensec/electronegativity. The tool exits 0 whatever
// it finds, so this script gates on its result: any finding of severity MEDIUM or above that is
// not an exception (with a justification) in build/electronegativity.json fails the run.
//
// It scans a staging copy of what the shell is made of: electron/ (TypeScript), the renderer's
// index.html (its CSP meta tag) and package.json (so the tool knows the Electron version).
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

const CONFIG = 'build/electronegativity.json';
const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

function loadConfig() {
  const config = JSON.parse(readFileSync(CONFIG, 'utf8'));
  const problems = [];
  for (const [i, e] of [...(config.exceptions ?? []), ...(config.excludedChecks ?? [])].entries()) {
    if (typeof e.justification !== 'string' || e.justification.trim().length < 20) {
      problems.push(`undtagelse nr. ${i + 1} (${e.id ?? e.check}) mangler en begrundelse`);
    }
  }
  if (problems.length) {
    console.error(`${CONFIG}: ${problems.join('; ')}.`);
    process.exit(1);
  }
  return config;
}

function stage() {
  const dir = mkdtempSync(join(tmpdir(), 'jobbasen-eng-'));
  cpSync('electron', join(dir, 'electron'), { recursive: true });
  cpSync('renderer/index.html', join(dir, 'renderer', 'index.html'));
  cpSync('package.json', join(dir, 'package.json'));
  return dir;
}

/** Run the scanner with its chatter (translations, progress) held back unless it fails. */
async function scan(input, excluded) {
  const require = createRequire(import.meta.url);
  const run = require('@doyensec/electronegativity');
  const held = [];
  const { log, warn } = console;
  console.log = (...args) => held.push(args.join(' '));
  console.warn = (...args) => held.push(args.join(' '));
  try {
    return await (run.default ?? run)({
      input,
      isRelative: true,
      excludeFromScan: excluded.map((c) => c.toLowerCase()),
      parserPlugins: [],
    });
  } catch (error) {
    for (const line of held) log(line);
    throw error;
  } finally {
    console.log = log;
    console.warn = warn;
  }
}

const rank = (name) => SEVERITIES.indexOf(String(name).toUpperCase());
const posix = (p) => p.split(sep).join('/');

const started = Date.now();
const config = loadConfig();
const minimum = rank(config.minimumSeverity ?? 'MEDIUM');
const staged = stage();
let result;
try {
  result = await scan(
    staged,
    (config.excludedChecks ?? []).map((c) => c.check),
  );
} finally {
  rmSync(staged, { recursive: true, force: true });
}

const hardErrors = result.errors.filter((e) => !e.tolerable);
const relevant = result.issues.filter((i) => rank(i.severity?.name) >= minimum);
const used = new Set();
const failing = [];
for (const issue of relevant) {
  const file = posix(issue.file.startsWith(staged) ? relative(staged, issue.file) : issue.file);
  const exception = (config.exceptions ?? []).find(
    (e) =>
      e.id === issue.id &&
      (!e.file || e.file === file) &&
      (!e.match || String(issue.sample ?? '').includes(e.match)),
  );
  if (exception) used.add(exception);
  else failing.push({ ...issue, file });
}

for (const e of config.exceptions ?? []) {
  if (!used.has(e))
    console.warn(
      `Bemærk: undtagelsen ${e.id} (${e.file}) bruges ikke længere; fjern den fra ${CONFIG}.`,
    );
}
for (const e of hardErrors) console.error(`Kunne ikke læse ${e.file}: ${e.message}`);
for (const f of failing) {
  console.error(
    `${f.severity.name} ${f.id} ${f.file}:${f.location?.line ?? 0} ${f.description}` +
      (f.sample ? `\n    ${String(f.sample).trim().slice(0, 160)}` : ''),
  );
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
const summary = `${result.issues.length} fund i alt, ${relevant.length} på ${SEVERITIES[minimum]} eller derover, ${relevant.length - failing.length} undtaget med begrundelse`;
if (failing.length || hardErrors.length) {
  console.error(
    `electronegativity: ${failing.length} fund uden undtagelse (${summary}; ${seconds} s).`,
  );
  console.error(`Ret koden, eller tilføj en begrundet undtagelse i ${CONFIG}.`);
  process.exit(1);
}
console.log(`electronegativity: bestået (${summary}; ${seconds} s).`);
