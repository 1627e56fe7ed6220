// A closed month's frozen results are what went to the payroll office (docs/rules.md §10); issue
// 11, finding 6: a re-sealed backup changed them, and only the closing profile's file was ever
// checked. Here every check a closed month gets, for every profile, on restore, in `payroll`
// and in the app's export:
// - `resultsHash`: SHA-256 of the canonical JSON of the whole frozen payroll (every figure of
//   every profile), taken at closing; months closed before it have none;
// - the closing profile's file rebuilt from the frozen results against `fileHash`;
// - without `resultsHash`, the sums that must hold in any computed month (gross = its wage lines,
//   net = gross − AM − A-skat, payout = net + adjustment, transport = citizen + municipality,
//   totals = the rows), so that a figure only the other profile shows cannot be changed alone.
import { canonicalJson } from '../backup/canonical';
import { sha256Hex } from '../backup/sha256';
import {
  buildCsv,
  buildExcelCsv,
  buildWageTypesCsv,
  subtotalGroups,
  type ExcelFormat,
  type WageTypesFormat,
} from '../csv';
import type { FieldIssue } from '../domain/errors';
import type { ExportProfile, MonthClose, PayrollMonth } from '../records/month-close';
import { totalsOf } from './compute';
import { buildTemplateFile } from '../export/engine';

/** The hash of a month's frozen results, stored at closing as `resultsHash`. */
export function payrollHash(payroll: PayrollMonth): string {
  return sha256Hex(canonicalJson(payroll));
}

/** The earlier formats of each profile's file, newest first (docs/rules.md §§9, 10). */
const EARLIER: { [P in ExportProfile]: readonly string[] } = {
  excel: ['before-area-subtotals', 'before-corrections', 'before-issue-10'],
  'wage-types': ['before-area-subtotals'],
};

function fileIn(payroll: PayrollMonth, profile: ExportProfile, format: string): string {
  return profile === 'excel'
    ? buildExcelCsv(payroll, format as ExcelFormat)
    : buildWageTypesCsv(payroll, format as WageTypesFormat);
}

/** The earlier format the closing profile's file had (by its hash); null: the current one. */
function closingFormat(close: MonthClose, profile: ExportProfile): string | null {
  if (sha256Hex(buildCsv(close.payroll, profile)) === close.fileHash) return null;
  return (
    EARLIER[profile].find((f) => sha256Hex(fileIn(close.payroll, profile, f)) === close.fileHash) ??
    null
  );
}

/**
 * The closed month's file in `profile` from its frozen results. A month closed before a later
 * format of its profile keeps the bytes it was closed with (docs/rules.md §§9, 10); one closed
 * before the subtotals per work area gets the other profile without them too.
 */
export function frozenFile(close: MonthClose, profile: ExportProfile): string {
  const content = buildCsv(close.payroll, profile);
  const closing = close.exportProfile;
  if (closing !== 'excel' && closing !== 'wage-types') return content;
  if (profile !== closing && subtotalGroups(close.payroll.rows) === null) return content;
  const format = closingFormat(close, closing);
  if (format === null) return content;
  return fileIn(close.payroll, profile, profile === closing ? format : 'before-area-subtotals');
}

/**
 * The hash of the file the month was closed with: its export template's bytes (with the
 * identities kept at closing, docs/rules.md §9), or the profile's file.
 */
export function closingFileHash(close: MonthClose): string {
  if (close.exportTemplate)
    return buildTemplateFile(close.exportTemplate, close.payroll, close.identities ?? {}).sha256;
  return sha256Hex(frozenFile(close, close.exportProfile as ExportProfile));
}

const TAMPERED = 'de frosne tal passer ikke med kontrolsummen fra lukningen';

/** What does not hold in a computed month's frozen figures (paths into the month close). */
function sumIssues(payroll: PayrollMonth): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const ore = (x: number) => (Number.isFinite(x) ? Math.round(x * 100) : NaN);
  payroll.rows.forEach((row, i) => {
    const r = row.result;
    const at = (...p: string[]) => ['payroll', 'rows', i, 'result', ...p];
    const lines = r.wageLines.reduce((s, l) => s + ore(l.amount), 0);
    if (ore(r.grossPay) !== lines)
      issues.push({ path: at('grossPay'), message: 'passer ikke med summen af lønlinjerne' });
    if (ore(r.netPay) !== ore(r.grossPay) - ore(r.amContribution) - ore(r.aTax))
      issues.push({
        path: at('netPay'),
        message: 'passer ikke med bruttoløn − AM-bidrag − A-skat',
      });
    if (ore(r.estimatedPayout) !== ore(r.netPay) + ore(r.transport.payrollAdjustment))
      issues.push({ path: at('estimatedPayout'), message: 'passer ikke med nettoløn + kørsel' });
    const t = r.transport;
    if (ore(t.total) !== ore(t.citizenShare) + ore(t.municipalShare))
      issues.push({
        path: at('transport', 'total'),
        message: 'passer ikke med borgerens og kommunens andel',
      });
  });
  if (
    issues.length === 0 &&
    canonicalJson(totalsOf(payroll.rows)) !== canonicalJson(payroll.totals)
  )
    issues.push({ path: ['payroll', 'totals'], message: 'passer ikke med borgernes tal' });
  return issues;
}

/**
 * Everything wrong with a closed month's frozen results; none for an intact one. Never throws:
 * a figure no builder can read is reported as tampered too.
 */
export function closedMonthIssues(close: MonthClose): FieldIssue[] {
  try {
    if (close.resultsHash !== undefined && payrollHash(close.payroll) !== close.resultsHash)
      return [{ path: ['resultsHash'], message: TAMPERED }];
    if (closingFileHash(close) !== close.fileHash)
      return [{ path: ['fileHash'], message: TAMPERED }];
    return close.resultsHash === undefined ? sumIssues(close.payroll) : [];
  } catch {
    return [{ path: ['payroll'], message: TAMPERED }];
  }
}
