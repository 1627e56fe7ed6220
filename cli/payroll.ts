// `npm run payroll -- --backup FILE --month YYYY-MM --profile excel|wage-types --out FILE`:
// the month's payroll CSV from a backup file, byte for byte what the app exports, through the
// same `monthView` and `monthCsv` (docs/rules.md §§9, 10): a closed month from its frozen
// results, checked against the hash stored at closing; an open one computed now.
// Exit codes, with a Danish message on stderr and nothing written: 2 bad input or a month that
// cannot be computed (or --out is the backup itself); 3 a closed month (any in the file) whose
// frozen results no longer match the hashes taken at closing; 1 cannot write (the target is then
// as it was: written durably, §11). Never a stack trace.
// A protected backup's password comes from JOBBASEN_BACKUP_PASSWORD or a prompt (§11).
import { parseAnyBackup } from '../shared/backup';
import { BackupReadError, PASSWORD_FLAG_REFUSED, readBackupText } from './backup-file';
import { isSameFile, writeFileDurable } from './out-file';
import { monthCsv, monthCsvMessage, monthView } from '../shared/month';
import { EXPORT_PROFILES, isoMonth, type ExportProfile } from '../shared/records';

const USAGE =
  'Brug: npm run payroll -- --backup FIL.jlbak|FIL.json --month ÅÅÅÅ-MM --profile excel|wage-types --out FIL.csv';

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function parseArgs(argv: string[]): Record<'backup' | 'month' | 'profile' | 'out', string> {
  const out: Record<string, string> = {};
  const known = new Set(['--backup', '--month', '--profile', '--out']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const [key, inline] = eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    if (/^--?(password|adgangskode|pass|pw)$/i.test(key)) fail(PASSWORD_FLAG_REFUSED);
    if (!known.has(key)) fail(`Ukendt argument: ${arg}\n${USAGE}`);
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') fail(`${key} mangler en værdi.\n${USAGE}`);
    out[key.slice(2)] = value;
  }
  for (const k of ['backup', 'month', 'profile', 'out'])
    if (!out[k]) fail(`--${k} mangler.\n${USAGE}`);
  return out as Record<'backup' | 'month' | 'profile' | 'out', string>;
}

const args = parseArgs(process.argv.slice(2));
if (!isoMonth.safeParse(args.month).success)
  fail(`--month: skal være en måned på formen ÅÅÅÅ-MM (fx 2026-10), ikke "${args.month}".`);
if (!(EXPORT_PROFILES as readonly string[]).includes(args.profile))
  fail(`--profile: skal være en af: ${EXPORT_PROFILES.join(', ')}, ikke "${args.profile}".`);
const profile = args.profile as ExportProfile;
// Writing the CSV over the backup would destroy the backup (docs/rules.md §11).
if (isSameFile(args.out, args.backup))
  fail(`--out: ${args.out} er selve sikkerhedskopien (--backup); vælg en anden fil til lønfilen.`);

let text: string;
try {
  text = await readBackupText(args.backup);
} catch (e) {
  if (e instanceof BackupReadError) fail(`--backup: ${e.message}`);
  fail(`--backup: kan ikke læse ${args.backup}: ${(e as Error).message}`);
}

// The streamed line layout and every older whole-JSON format (docs/rules.md §11), checked whole
// first, every closed month's frozen results included (issue 11, finding 6): a month changed
// after closing is exit 3 whichever month is asked for.
const backup = parseAnyBackup(text);
if (!backup.ok) fail(`--backup: ${backup.message}`, backup.reason === 'closedMonthChanged' ? 3 : 2);

const close = backup.data.monthCloses.find((c) => c.month === args.month) ?? null;
let csv: ReturnType<typeof monthCsv>;
try {
  csv = monthCsv(monthView({ month: args.month, ...backup.data }, close), profile);
} catch (e) {
  // Never a stack trace (issue 11, finding 1); the checks above should leave nothing to catch.
  fail(`Måneden ${args.month} kan ikke beregnes: ${(e as Error).message ?? String(e)}`);
}
if (!csv.ok) fail(monthCsvMessage(args.month, csv), csv.reason === 'hashMismatch' ? 3 : 2);

// A full disk or a crash leaves the old file or the new one, never a half or empty one.
try {
  await writeFileDurable(args.out, csv.content);
} catch (e) {
  fail(
    `--out: kan ikke skrive ${args.out} (en tidligere fil er urørt): ${(e as Error).message}`,
    1,
  );
}
