// The export template engine (docs/rules.md §9): one month's results (`PayrollMonth`, frozen
// when closed) → the payroll file of a template, its bytes, its rows as a table, and every
// problem named per citizen and field before export. Pure. The Excel (da-DK) and lønarter
// presets give the same bytes as the profiles of shared/csv (golden files), through the same
// cell rules: OWASP neutralising, the single-rate rule, the remarks.
import { sha256Bytes } from '../backup/sha256';
import { firstDayOf, lastDayOf } from '../calendar';
import { OFFER_TEXT, neutralise, previousDay, remarks, singleRate } from '../csv';
import {
  citizenSubtotal,
  lineSubtotals,
  subtotalGroups,
  type CitizenSubtotal,
  type LineSubtotal,
} from '../csv/areas';
import { formatMonth } from '../danish/dates';
import { formatFixed2 } from '../danish/number';
import { toOre } from '../money';
import type { PayrollMonth, PayrollRow } from '../records/month-close';
import { withCorrectionCodes } from '../records/settings-version';
import { encodeText, unencodable } from './encoding';
import { FIELD_LABELS, type ExportTemplate, type Field, type LineKind } from './template';

/** The person identifiers a template may need, by citizen id (from the citizen records). */
export type Identities = Readonly<
  Record<string, { cpr?: string | undefined; employmentNumber?: string | undefined }>
>;

/** A problem named before export: the citizen (absent for the header) and the field. */
export interface TemplateProblem {
  citizenId?: string;
  name?: string;
  payrollNumber?: string;
  field: Field;
  message: string;
}

export interface TemplateFile {
  fileName: string;
  /** The file as text (a UTF-8 BOM included as U+FEFF); `bytes` is what is saved. */
  text: string;
  bytes: Uint8Array;
  /** SHA-256 (hex) of `bytes`. */
  sha256: string;
  /** The cells as the payroll system reads them (header first when the template has one). */
  table: string[][];
  problems: TemplateProblem[];
}

/** A value the engine formatted itself (number, date, code): never neutralised (§9). */
type Cell = { text: string } | { raw: string };

const EOL = { crlf: '\r\n', lf: '\n' } as const;

function hex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/** `{måned}` → 2026-10, `{nr}` → the closing's number (Visma Løn refuses a name it has read). */
export function templateFileName(template: ExportTemplate, month: string, seq: number): string {
  return template.fileName.replaceAll('{måned}', month).replaceAll('{nr}', String(seq));
}

function numberCell(t: ExportTemplate, value: number): Cell {
  if (t.amounts === 'hundredths') return { raw: String(toOre(value)) };
  const s = formatFixed2(value);
  return { raw: t.decimalMark === ',' ? s : s.replace(',', '.') };
}

/** A count (days): a whole number, × 100 like every value when the template says so. */
function countCell(t: ExportTemplate, value: number): Cell {
  return { raw: String(t.amounts === 'hundredths' ? value * 100 : value) };
}

interface Line {
  kind: LineKind;
  text: string;
  units: Cell | null;
  /** The units as a number (hours or days), for the area subtotals; null without a count. */
  count: number | null;
  rate: Cell | null;
  amount: number;
  from: string;
  to: string;
}

/** The wage-type lines of one citizen (docs/rules.md §§9, 10), before the template's filter. */
function linesOf(t: ExportTemplate, month: PayrollMonth, row: PayrollRow): Line[] {
  const [from, to] = [firstDayOf(month.month), lastDayOf(month.month)];
  const r = row.result;
  const out: Line[] = r.wageLines.map((l, i) => {
    const next = r.wageLines[i + 1];
    return {
      kind: 'wage',
      text: 'Løn efter indsats',
      units: numberCell(t, l.hours),
      count: l.hours,
      rate: numberCell(t, l.hourlyWage),
      amount: l.amount,
      from: l.effectiveFrom > from ? l.effectiveFrom : from,
      to: next ? previousDay(next.effectiveFrom, month.month) : to,
    };
  });
  const adj = r.transport.payrollAdjustment;
  if (adj !== 0)
    out.push({
      kind: adj > 0 ? 'transportReimbursement' : 'transportDeduction',
      text: adj > 0 ? 'Befordringsgodtgørelse' : 'Egenbetaling befordring',
      units: countCell(t, r.transport.days),
      count: r.transport.days,
      rate: null,
      amount: adj,
      from,
      to,
    });
  const c = row.corrections;
  if (c) {
    const months = c.months.map(formatMonth).join(', ');
    const corrections: [LineKind, string, number][] = [
      ['correctionWage', 'Efterregulering løn', c.deltaGross],
      ['correctionTransport', 'Efterregulering kørsel', c.deltaAdjustment],
    ];
    for (const [kind, text, amount] of corrections)
      if (amount !== 0)
        out.push({
          kind,
          text: `${text} for ${months}`,
          units: null,
          count: null,
          rate: null,
          amount,
          from,
          to,
        });
  }
  return out;
}

type Source = { row: PayrollRow; line?: Line };

function cellOf(
  t: ExportTemplate,
  month: PayrollMonth,
  ids: Identities,
  field: Field,
  { row, line }: Source,
): Cell {
  const r = row.result;
  const id = ids[row.citizenId];
  const codes = withCorrectionCodes(month.wageTypeCodes);
  const num = (v: number): Cell => numberCell(t, v);
  switch (field) {
    case 'periodFrom':
      return { raw: firstDayOf(month.month) };
    case 'periodTo':
      return { raw: lastDayOf(month.month) };
    case 'employer':
      return { raw: t.employerNumber };
    case 'payrollNumber':
      return { text: row.payrollNumber };
    case 'cpr':
      return { raw: id?.cpr ?? '' };
    case 'employmentNumber':
      return { text: id?.employmentNumber ?? '' };
    case 'name':
      return { text: row.name };
    case 'offer':
      return { text: OFFER_TEXT[row.offer] };
    case 'days':
      return countCell(t, r.days);
    case 'hours':
      return num(r.hours);
    case 'hourlyWage': {
      const rate = singleRate(row);
      return rate === undefined ? { raw: '' } : num(rate);
    }
    case 'grossPay':
      return num(r.grossPay);
    case 'transportTotal':
      return num(r.transport.total);
    case 'citizenShare':
      return num(r.transport.citizenShare);
    case 'municipalShare':
      return num(r.transport.municipalShare);
    case 'payrollAdjustment':
      return num(r.transport.payrollAdjustment);
    case 'correction':
      return row.corrections ? num(row.corrections.deltaGross) : { raw: '' };
    case 'remarks':
      return { text: remarks(row, month.settings.transportCapPercent) };
    case 'code':
      return { raw: line ? t.lines[line.kind].code || codes[line.kind] : '' };
    case 'text':
      return { text: line?.text ?? '' };
    case 'units':
      return line?.units ?? { raw: '' };
    case 'rate':
      return line?.rate ?? { raw: '' };
    case 'amount':
      return line ? num(line.amount) : { raw: '' };
    case 'from':
      return { raw: line?.from ?? '' };
    case 'to':
      return { raw: line?.to ?? '' };
  }
}

/**
 * The presets that give the profiles' bytes, and so their subtotals per work area (docs/rules.md
 * §9); preset names are reserved, so a person's template is never one of them.
 */
const AREA_SUBTOTAL_PRESETS: readonly string[] = ['excel', 'wage-types'];

/** A subtotal row's cell (§9): no payroll number, no code, no rate; the sums as the rows. */
function subtotalCell(
  t: ExportTemplate,
  month: PayrollMonth,
  field: Field,
  sub: CitizenSubtotal | LineSubtotal,
): Cell {
  const num = (v: number): Cell => numberCell(t, v);
  const line = 'kind' in sub ? sub : null;
  const person = 'kind' in sub ? null : sub;
  switch (field) {
    case 'periodFrom':
    case 'from':
      return { raw: firstDayOf(month.month) };
    case 'periodTo':
    case 'to':
      return { raw: lastDayOf(month.month) };
    case 'name':
      return { text: sub.name };
    case 'days':
      return person ? countCell(t, person.days) : { raw: '' };
    case 'hours':
      return person ? num(person.hours) : { raw: '' };
    case 'grossPay':
      return person ? num(person.grossPay) : { raw: '' };
    case 'transportTotal':
      return person ? num(person.transportTotal) : { raw: '' };
    case 'citizenShare':
      return person ? num(person.citizenShare) : { raw: '' };
    case 'municipalShare':
      return person ? num(person.municipalShare) : { raw: '' };
    case 'payrollAdjustment':
      return person ? num(person.payrollAdjustment) : { raw: '' };
    case 'correction':
      return person?.correction === undefined ? { raw: '' } : num(person.correction);
    case 'remarks':
      return { text: person?.remarks ?? '' };
    case 'text':
      return { text: line?.text ?? '' };
    case 'units':
      if (line?.units == null) return { raw: '' };
      return line.kind === 'wage' ? num(line.units) : countCell(t, line.units);
    case 'amount':
      return line ? num(line.amount) : { raw: '' };
    default:
      return { raw: '' };
  }
}

const shown = (ch: string) => (ch === '\t' ? 'tabulator' : `"${ch}"`);

/** What is wrong with one cell's value for this template, in Danish (empty: nothing). */
function cellProblems(t: ExportTemplate, value: string): string[] {
  const out: string[] = [];
  for (const ch of unencodable(value, t.encoding))
    out.push(`tegnet ${shown(ch)} kan ikke skrives i Windows-1252`);
  // Without quoting the payroll system would split or break the line here (docs/rules.md §9).
  if (!t.quoting) {
    if (value.includes(t.separator)) out.push(`indeholder skilletegnet ${shown(t.separator)}`);
    if (value.includes('"')) out.push('indeholder anførselstegn ("), som lønsystemet ikke læser');
    if (/[\r\n]/.test(value)) out.push('indeholder et linjeskift');
  }
  const forbidden = new Set([...value].filter((ch) => t.forbidden.includes(ch)));
  for (const ch of forbidden)
    if (t.quoting || (ch !== t.separator && ch !== '"'))
      out.push(`indeholder tegnet ${shown(ch)}, som lønsystemet ikke tager imod`);
  return out;
}

/**
 * The file of `month` in `template`. `identities` give CPR and employment numbers; `seq` is the
 * closing's number for `{nr}` in the file name. Problems never stop the build: the caller shows
 * them (preview) or refuses the export (docs/rules.md §9).
 */
export function buildTemplateFile(
  template: ExportTemplate,
  month: PayrollMonth,
  identities: Identities,
  seq = 1,
): TemplateFile {
  const t = template;
  const fields = t.columns.map((c) => c.field);
  const problems: TemplateProblem[] = [];
  const seen = new Set<string>();
  const note = (row: PayrollRow | null, field: Field, message: string) => {
    const key = `${row?.citizenId ?? ''}|${field}|${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push({
      ...(row
        ? { citizenId: row.citizenId, name: row.name, payrollNumber: row.payrollNumber }
        : {}),
      field,
      message,
    });
  };

  const render = (row: PayrollRow | null, field: Field, cell: Cell): string => {
    const value = 'text' in cell ? neutralise(cell.text) : cell.raw;
    for (const m of cellProblems(t, value)) note(row, field, m);
    return value;
  };
  const quote = (value: string): string =>
    t.quoting && (value.includes(t.separator) || /["\r\n]/.test(value))
      ? `"${value.replace(/"/g, '""')}"`
      : value;

  const table: string[][] = [];
  if (t.header) table.push(t.columns.map((c) => render(null, c.field, { text: c.title })));

  /** One citizen's rows of the file; gives the wage-type lines it wrote. */
  const citizenRows = (row: PayrollRow): Line[] => {
    const id = identities[row.citizenId];
    if (fields.includes('cpr') && !id?.cpr) note(row, 'cpr', 'mangler CPR-nummer');
    if (fields.includes('employmentNumber') && !id?.employmentNumber)
      note(row, 'employmentNumber', 'mangler ansættelsesnummer (udfyldes på borgeren)');
    if (fields.includes('employer') && !t.employerNumber)
      note(null, 'employer', 'mangler CVR-nummer i skabelonen');
    const lines =
      t.layout === 'citizen' ? [] : linesOf(t, month, row).filter((l) => t.lines[l.kind].emit);
    const sources: Source[] =
      t.layout === 'citizen' ? [{ row }] : lines.map((line) => ({ row, line }));
    for (const source of sources)
      table.push(fields.map((f) => render(row, f, cellOf(t, month, identities, f, source))));
    return lines;
  };

  // docs/rules.md §9: the Excel and lønarter presets group by work area with subtotals when
  // the month has more than one, as the profiles do; every other template is unchanged.
  const groups = AREA_SUBTOTAL_PRESETS.includes(t.name) ? subtotalGroups(month.rows) : null;
  if (!groups) for (const row of month.rows) citizenRows(row);
  else
    for (const g of groups) {
      const lines = g.rows.flatMap(citizenRows);
      const subs =
        t.layout === 'citizen'
          ? [citizenSubtotal(g)]
          : lineSubtotals(
              g,
              lines.map((l) => ({ kind: l.kind, units: l.count, amount: l.amount })),
            );
      for (const sub of subs)
        table.push(fields.map((f) => render(null, f, subtotalCell(t, month, f, sub))));
    }

  const eol = EOL[t.lineEnding];
  const body = table.map((cells) => cells.map(quote).join(t.separator) + eol).join('');
  const text = (t.encoding === 'utf-8-bom' ? '\uFEFF' : '') + body;
  const bytes = encodeText(body, t.encoding);
  return {
    fileName: templateFileName(t, month.month, seq),
    text,
    bytes,
    sha256: hex(sha256Bytes(bytes)),
    table,
    problems,
  };
}

/** One line per problem: `Anna Ærø (1001): Navn: tegnet "ő" kan ikke skrives i Windows-1252`. */
export function problemText(p: TemplateProblem): string {
  const who = p.name !== undefined ? `${p.name} (${p.payrollNumber})` : 'Skabelonen';
  return `${who}: ${FIELD_LABELS[p.field]}: ${p.message}`;
}
