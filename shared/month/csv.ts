// The month's payroll CSV for a profile (docs/rules.md §9, §10), once for the app and
// `npm run payroll`: a closed month from its frozen results, checked whole against the hashes
// taken at closing (./integrity.ts) whatever the profile; otherwise computed now, refused while
// any citizen cannot be computed. Refusals are data; `monthCsvMessage` words them in Danish.
import { sha256Hex } from '../backup/sha256';
import { buildCsv, csvFileName } from '../csv';
import type { CsvExport, MonthView } from '../data/api';
import type { FieldIssue } from '../domain/errors';
import { describeIssue } from '../danish/labels';
import { formatMonth } from '../danish/dates';
import type { ExportProfile } from '../records/month-close';
import { toPayrollMonth, type MonthProblem } from './compute';
import { closedMonthIssues, frozenFile } from './integrity';

export type MonthCsvRefusal =
  | { ok: false; reason: 'problems'; problems: MonthProblem[] }
  /** The closed month's frozen results no longer match the hashes taken at closing. */
  | { ok: false; reason: 'hashMismatch'; issues: FieldIssue[] };

export type MonthCsv = ({ ok: true } & CsvExport) | MonthCsvRefusal;

/**
 * The file for `view` (from `monthView`) in `profile`, or why not: a closed month's bytes are
 * its frozen results' (the same file every time), an open or reopened month's are computed now.
 */
export function monthCsv(view: MonthView, profile: ExportProfile): MonthCsv {
  const closed = view.status === 'closed' ? view.close : null;
  if (!closed && view.results.problems.length > 0)
    return { ok: false, reason: 'problems', problems: view.results.problems };
  // issue 11, finding 6: a closed month's frozen results are checked whole, whatever the profile.
  const issues = closed ? closedMonthIssues(closed) : [];
  if (issues.length > 0) return { ok: false, reason: 'hashMismatch', issues };
  const content = closed
    ? frozenFile(closed, profile)
    : buildCsv(toPayrollMonth(view.results), profile);
  return {
    ok: true,
    fileName: csvFileName(view.month, profile),
    content,
    sha256: sha256Hex(content),
    frozen: closed !== null,
  };
}

/** One line per issue: `Dora Dal (1004): Timeløn: må ikke være under bunden (7,50 kr.)`. */
export function problemLines(problems: readonly MonthProblem[]): string[] {
  return problems.flatMap((p) =>
    p.issues.map((i) => `${p.name} (${p.payrollNumber}): ${describeIssue(i)}`),
  );
}

const MAX_LISTED = 5;

/** Why the month cannot be closed or exported, naming the citizens (the first few). */
export function problemsMessage(
  month: string,
  problems: readonly MonthProblem[],
  action: 'lukkes' | 'eksporteres',
): string {
  const lines = problemLines(problems);
  const more = lines.length > MAX_LISTED ? ` (og ${lines.length - MAX_LISTED} mere)` : '';
  const who = problems.length === 1 ? 'én borger' : `${problems.length} borgere`;
  return `Måneden ${formatMonth(month)} kan ikke ${action}, fordi ${who} ikke kan beregnes: ${lines.slice(0, MAX_LISTED).join('; ')}${more}`;
}

/** A closed month whose rebuilt file no longer matches the hash stored at closing. */
export function hashMismatchMessage(month: string): string {
  return (
    `Den lukkede måned ${formatMonth(month)} giver ikke længere den samme fil som ved lukningen ` +
    '(kontrolsummen passer ikke). Filen er ikke lavet. Kontakt support, og tag en sikkerhedskopi.'
  );
}

/** A refusal of `monthCsv` in Danish. */
export function monthCsvMessage(month: string, refusal: MonthCsvRefusal): string {
  return refusal.reason === 'problems'
    ? problemsMessage(month, refusal.problems, 'eksporteres')
    : hashMismatchMessage(month);
}
