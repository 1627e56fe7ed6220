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
import { EXPORT_PROFILES, type MonthClose, type PayrollMonth } from '../records/month-close';
import {
  PRESETS,
  buildTemplateFile,
  problemText,
  resolveTemplate,
  type ExportTemplate,
  type ExportTemplateVersion,
  type Identities,
  type TemplateProblem,
} from '../export';
import { toPayrollMonth, type MonthProblem } from './compute';
import { closedMonthIssues, frozenFile } from './integrity';

/** What a template export needs besides the month: the stored templates and who is who now. */
export interface TemplateContext {
  templates: readonly ExportTemplateVersion[];
  /** CPR and employment numbers by citizen id, from the citizen records now. */
  identities: Identities;
}

export const NO_TEMPLATES: TemplateContext = { templates: [], identities: {} };

export type MonthCsvRefusal =
  | { ok: false; reason: 'problems'; problems: MonthProblem[] }
  | { ok: false; reason: 'unknownTemplate'; name: string }
  /** The file cannot be written as the template says (docs/rules.md §9), per citizen and field. */
  | { ok: false; reason: 'templateProblems'; problems: TemplateProblem[] }
  /** The closed month's frozen results no longer match the hashes taken at closing. */
  | { ok: false; reason: 'hashMismatch'; issues: FieldIssue[] };

export type MonthCsv = ({ ok: true } & CsvExport) | MonthCsvRefusal;

const isProfile = (name: string): name is (typeof EXPORT_PROFILES)[number] =>
  (EXPORT_PROFILES as readonly string[]).includes(name);

/** The closing's number: `{nr}` in a template's file name (Visma Løn refuses a name it has read). */
export function closingNumber(view: MonthView): number {
  const closings = view.close?.history.filter((h) => h.action === 'closed').length ?? 0;
  return view.status === 'closed' ? closings : closings + 1;
}

/** Only the identities the template's columns use, of the month's citizens (kept at closing). */
export function usedIdentities(
  template: ExportTemplate,
  payroll: PayrollMonth,
  identities: Identities,
): NonNullable<MonthClose['identities']> {
  const fields = new Set(template.columns.map((c) => c.field));
  const out: NonNullable<MonthClose['identities']> = {};
  for (const row of payroll.rows) {
    const id = identities[row.citizenId];
    const cpr = fields.has('cpr') ? id?.cpr : undefined;
    const employmentNumber = fields.has('employmentNumber') ? id?.employmentNumber : undefined;
    if (cpr !== undefined || employmentNumber !== undefined)
      out[row.citizenId] = {
        ...(cpr !== undefined ? { cpr } : {}),
        ...(employmentNumber !== undefined ? { employmentNumber } : {}),
      };
  }
  return out;
}

/**
 * The file for `view` (from `monthView`) with the template or profile `name`, or why not: a
 * closed month's bytes are its frozen results' (the same file every time), with the template
 * and identities it was closed with when `name` is the closing's; an open or reopened month's
 * are computed now. A template file with problems (docs/rules.md §9) is refused, naming them.
 */
export function monthCsv(
  view: MonthView,
  name: string,
  context: TemplateContext = NO_TEMPLATES,
): MonthCsv {
  const closed = view.status === 'closed' ? view.close : null;
  if (!closed && view.results.problems.length > 0)
    return { ok: false, reason: 'problems', problems: view.results.problems };
  // issue 11, finding 6: a closed month's frozen results are checked whole, whatever the profile.
  const issues = closed ? closedMonthIssues(closed) : [];
  if (issues.length > 0) return { ok: false, reason: 'hashMismatch', issues };
  if (!isProfile(name)) return templateCsv(view, name, context);
  const profile = name;
  const content = closed
    ? frozenFile(closed, profile)
    : buildCsv(toPayrollMonth(view.results), profile);
  return {
    ok: true,
    fileName: csvFileName(view.month, profile),
    content,
    sha256: sha256Hex(content),
    frozen: closed !== null,
    encoding: 'utf-8',
  };
}

function templateCsv(view: MonthView, name: string, context: TemplateContext): MonthCsv {
  const closed = view.status === 'closed' ? view.close : null;
  const own = closed !== null && closed.exportProfile === name ? closed.exportTemplate : undefined;
  const template = own ?? resolveTemplate(name, view.month, context.templates, PRESETS);
  if (!template) return { ok: false, reason: 'unknownTemplate', name };
  const payroll = closed ? closed.payroll : toPayrollMonth(view.results);
  const identities = own ? (closed?.identities ?? {}) : context.identities;
  const file = buildTemplateFile(template, payroll, identities, closingNumber(view));
  if (file.problems.length > 0)
    return { ok: false, reason: 'templateProblems', problems: file.problems };
  // docs/rules.md §10: the closing's own template and identities give the bytes whose hash was
  // stored (closedMonthIssues has checked them above).
  return {
    ok: true,
    fileName: file.fileName,
    content: file.text,
    sha256: file.sha256,
    frozen: closed !== null,
    encoding: template.encoding === 'windows-1252' ? 'windows-1252' : 'utf-8',
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

/** A template file's problems, naming the citizens and fields (the first few). */
export function templateProblemsMessage(
  month: string,
  problems: readonly TemplateProblem[],
): string {
  const lines = problems.map(problemText);
  const more = lines.length > MAX_LISTED ? ` (og ${lines.length - MAX_LISTED} mere)` : '';
  return `Lønfilen for ${formatMonth(month)} kan ikke laves med denne skabelon: ${lines.slice(0, MAX_LISTED).join('; ')}${more}`;
}

/** A refusal of `monthCsv` in Danish. */
export function monthCsvMessage(month: string, refusal: MonthCsvRefusal): string {
  switch (refusal.reason) {
    case 'problems':
      return problemsMessage(month, refusal.problems, 'eksporteres');
    case 'unknownTemplate':
      return `Der findes ingen lønfilskabelon med navnet "${refusal.name}".`;
    case 'templateProblems':
      return templateProblemsMessage(month, refusal.problems);
    case 'hashMismatch':
      return hashMismatchMessage(month);
  }
}
