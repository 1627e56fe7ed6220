// `npm run payroll -- --backup FILE --month YYYY-MM --profile excel|wage-types --out FILE`, or
// `--template NAME` (a preset or a template saved in the app, docs/rules.md §9) instead of
// `--profile`: the month's payroll file from a backup file, byte for byte what the app exports,
// through the same `monthView` and `monthCsv` (§§9, 10): a closed month from its frozen results
// (with the template it was closed with), checked against the hash stored at closing; an open
// one computed now. A template file that has problems is refused, naming citizen and field.
// Exit codes, with a Danish message on stderr and nothing written: 2 bad input or a month that
// cannot be computed (or --out is the backup itself); 3 a closed month (any in the file) whose
// frozen results no longer match the hashes taken at closing; 1 cannot write (the target is then
// as it was: written durably, §11). Never a stack trace.
// A protected backup's password comes from JOBBASEN_BACKUP_PASSWORD or a prompt (§11).
import { parseAnyBackup } from '../shared/backup';
import { BackupReadError, PASSWORD_FLAG_REFUSED, readBackupText } from './backup-file';
import { isSameFile, writeFileDurable } from './out-file';
import { PRESET_NAMES, encodeText } from '../shared/export';
import { monthCsv, monthCsvMessage, monthView } from '../shared/month';
import { EXPORT_PROFILES, isoMonth } from '../shared/records';

const USAGE =
  'Brug: npm run payroll -- --backup FIL.jlbak|FIL.json --month ÅÅÅÅ-MM (--profile excel|wage-types | --template NAVN) --out FIL.csv';

type Arg = 'backup' | 'month' | 'profile' | 'template' | 'out';

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function parseArgs(argv: string[]): Partial<Record<Arg, string>> {
  const out: Partial<Record<Arg, string>> = {};
  const known = new Set(['--backup', '--month', '--profile', '--template', '--out']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const [key, inline] = eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    if (/^--?(password|adgangskode|pass|pw)$/i.test(key)) fail(PASSWORD_FLAG_REFUSED);
    if (!known.has(key)) fail(`Ukendt argument: ${arg}\n${USAGE}`);
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') fail(`${key} mangler en værdi.\n${USAGE}`);
    out[key.slice(2) as Arg] = value;
  }
  for (const k of ['backup', 'month', 'out'] as const)
    if (!out[k]) fail(`--${k} mangler.\n${USAGE}`);
  if ((out.profile === undefined) === (out.template === undefined))
    fail(`Angiv enten --profile eller --template.\n${USAGE}`);
  return out;
}

const args = parseArgs(process.argv.slice(2));
const month = args.month!;
if (!isoMonth.safeParse(month).success)
  fail(`--month: skal være en måned på formen ÅÅÅÅ-MM (fx 2026-10), ikke "${month}".`);
if (args.profile !== undefined && !(EXPORT_PROFILES as readonly string[]).includes(args.profile))
  fail(`--profile: skal være en af: ${EXPORT_PROFILES.join(', ')}, ikke "${args.profile}".`);
const name = args.profile ?? args.template!;
// Writing the CSV over the backup would destroy the backup (docs/rules.md §11).
if (isSameFile(args.out!, args.backup!))
  fail(`--out: ${args.out!} er selve sikkerhedskopien (--backup); vælg en anden fil til lønfilen.`);

let text: string;
try {
  text = await readBackupText(args.backup!);
} catch (e) {
  if (e instanceof BackupReadError) fail(`--backup: ${e.message}`);
  fail(`--backup: kan ikke læse ${args.backup}: ${(e as Error).message}`);
}

// The streamed line layout and every older whole-JSON format (docs/rules.md §11), checked whole
// first, every closed month's frozen results included (issue 11, finding 6): a month changed
// after closing is exit 3 whichever month is asked for.
const backup = parseAnyBackup(text);
if (!backup.ok) fail(`--backup: ${backup.message}`, backup.reason === 'closedMonthChanged' ? 3 : 2);

const data = backup.data;
const close = data.monthCloses.find((c) => c.month === month) ?? null;
const identities = Object.fromEntries(
  data.citizens.map((c) => [c.id, { cpr: c.cpr, employmentNumber: c.employmentNumber }]),
);
let csv: ReturnType<typeof monthCsv>;
try {
  csv = monthCsv(monthView({ month, ...data }, close), name, {
    templates: data.exportTemplates,
    identities,
  });
} catch (e) {
  // Never a stack trace (issue 11, finding 1); the checks above should leave nothing to catch.
  fail(`Måneden ${month} kan ikke beregnes: ${(e as Error).message ?? String(e)}`);
}
if (!csv.ok) {
  const names = [
    ...new Set([...PRESET_NAMES, ...data.exportTemplates.map((v) => v.template.name)]),
  ];
  const hint = csv.reason === 'unknownTemplate' ? ` Skabeloner: ${names.join(', ')}.` : '';
  fail(`${monthCsvMessage(month, csv)}${hint}`, csv.reason === 'hashMismatch' ? 3 : 2);
}

// A full disk or a crash leaves the old file or the new one, never a half or empty one.
try {
  // The file's bytes in the template's encoding (a UTF-8 BOM is in the text as U+FEFF).
  const bytes =
    csv.encoding === 'windows-1252'
      ? encodeText(csv.content, 'windows-1252')
      : Buffer.from(csv.content, 'utf8');
  await writeFileDurable(args.out!, bytes);
} catch (e) {
  fail(
    `--out: kan ikke skrive ${args.out!} (en tidligere fil er urørt): ${(e as Error).message}`,
    1,
  );
}
