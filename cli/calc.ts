// `npm run --silent calc -- FILE.json` (or `-` for stdin): prints the result JSON of docs/rules.md §7.
// Invalid input (a value beyond the bounds of docs/rules.md §5 too): a message naming the field on
// stderr, nothing on stdout, exit code 2. Never a stack trace.
import { readFileSync } from 'node:fs';
import { calculate } from '../shared/domain/calculate';
import { ValidationError } from '../shared/domain/errors';

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const [file, ...rest] = process.argv.slice(2);
if (!file || rest.length > 0)
  fail('Brug: npm run --silent calc -- FIL.json   (eller - for standard input)');

let text: string;
try {
  text = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (e) {
  fail(`Kan ikke læse ${file === '-' ? 'standard input' : file}: ${(e as Error).message}`);
}

let raw: unknown;
try {
  raw = JSON.parse(text.replace(/^\uFEFF/, ''));
} catch (e) {
  fail(`Ugyldig JSON i ${file === '-' ? 'standard input' : file}: ${(e as Error).message}`);
}

let out: string;
try {
  out = `${JSON.stringify(calculate(raw), null, 2)}\n`;
} catch (e) {
  if (e instanceof ValidationError) fail(`Ugyldigt input:\n${e.message}`);
  // Never a stack trace (issue 11, finding 1): the core reports every invalid value above, so
  // this is a fault of the program, said in one Danish line.
  fail(`Intern fejl i beregningen: ${(e as Error).message ?? String(e)}`, 1);
}
process.stdout.write(out);
