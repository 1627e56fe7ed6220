// The month's payroll CSV for a profile (docs/rules.md §9, §10), once for the app and
// `npm run payroll`: a closed month from its frozen results, checked against the hash taken at
// closing when the profile is the one it was closed with; otherwise computed now, refused while
// any citizen cannot be computed. Refusals are data; `monthCsvMessage` words them in Danish.
import { sha256Hex } from '../backup/sha256';
import { buildCsv, buildExcelCsv, csvFileName } from '../csv';
import type { CsvExport, MonthView } from '../data/api';
import { describeIssue } from '../danish/labels';
import { formatMonth } from '../danish/dates';
import type { ExportProfile } from '../records/month-close';
import { toPayrollMonth, type MonthProblem } from './compute';

export type MonthCsvRefusal =
  | { ok: false; reason: 'problems'; problems: MonthProblem[] }
  /** The closed month's rebuilt file differs from the one whose hash was stored at closing. */
  | { ok: false; reason: 'hashMismatch'; expected: string; actual: string };

export type MonthCsv = ({ ok: true } & CsvExport) | MonthCsvRefusal;

/**
 * The file for `view` (from `monthView`) in `profile`, or why not: a closed month's bytes are
 * its frozen results' (the same file every time), an open or reopened month's are computed now.
 */
export function monthCsv(view: MonthView, profile: ExportProfile): MonthCsv {
  const closed = view.status === 'closed' ? view.close : null;
  if (!closed && view.results.problems.length > 0)
    return { ok: false, reason: 'problems', problems: view.results.problems };
  let content = buildCsv(closed ? closed.payroll : toPayrollMonth(view.results), profile);
  let sha256 = sha256Hex(content);
  // A month closed before the Excel rate rule (docs/rules.md §9) keeps its file's bytes (§10).
  if (
    closed &&
    profile === 'excel' &&
    profile === closed.exportProfile &&
    sha256 !== closed.fileHash
  ) {
    // … and one closed before the efterregulering column (§§9, 10) keeps its file's bytes too.
    for (const format of ['before-corrections', 'before-issue-10'] as const) {
      const before = buildExcelCsv(closed.payroll, format);
      const beforeHash = sha256Hex(before);
      if (beforeHash === closed.fileHash) {
        [content, sha256] = [before, beforeHash];
        break;
      }
    }
  }
  // The stored hash is of the closing profile's file; the other profile has none to check.
  if (closed && profile === closed.exportProfile && sha256 !== closed.fileHash)
    return { ok: false, reason: 'hashMismatch', expected: closed.fileHash, actual: sha256 };
  return {
    ok: true,
    fileName: csvFileName(view.month, profile),
    content,
    sha256,
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
