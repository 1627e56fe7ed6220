// An attendance sheet from a spreadsheet (docs/rules.md §14): one line per citizen (by payroll
// number), one column per day of the month holding hours or an absence code. An empty cell
// changes nothing; a closed month is refused as a whole (§10).
import { daysInMonth, monthOf } from '../calendar';
import { formatDecimal } from '../danish/number';
import { fromZodIssues } from '../domain/errors';
import { AttendanceInputSchema, type Attendance, type Citizen } from '../records';
import { isActiveInMonth } from '../rules/citizens';
import { readDate, readDay } from './cells';
import type { ColumnMapping } from './fields';
import type { AttendanceDayChange } from '../data/api';
import {
  columnName,
  isBlankLine,
  type ImportItem,
  type ImportPlan,
  type PlannedRow,
  type RowProblem,
} from './plan';

export interface AttendanceImportContext {
  month: string;
  citizens: readonly Citizen[];
  /** The month's stored days. */
  attendance: readonly Attendance[];
  monthClosed: boolean;
}

export interface DayColumn {
  index: number;
  date: string;
}

/**
 * The columns that are days of `month`: a header `1`…`31` (`1.` too) or a date in the month
 * (`01-10-2026`, `01.10`). Other columns (name, notes, totals) are not days.
 */
export function dayColumns(header: readonly string[], month: string): DayColumn[] {
  const days = daysInMonth(month);
  const out: DayColumn[] = [];
  header.forEach((h, index) => {
    const s = h.trim().replace(/\.$/, '');
    let date: string | undefined;
    if (/^\d{1,2}$/.test(s)) date = days[Number(s) - 1];
    else {
      const withYear = /^\d{1,2}[-./]\d{1,2}$/.test(s) ? `${s}.${month.slice(0, 4)}` : s;
      const read = readDate(withYear);
      if (read.ok && monthOf(read.value) === month) date = read.value;
    }
    if (date !== undefined) out.push({ index, date });
  });
  return out;
}

function sameDay(stored: Attendance | undefined, change: AttendanceDayChange): boolean {
  if (!stored || 'clear' in change) return false;
  return stored.hours === change.hours && stored.absence === change.absence;
}

export function planAttendanceImport(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  context: AttendanceImportContext,
): ImportPlan {
  const [header = [], ...data] = rows;
  const { month } = context;
  const days = dayColumns(header, month);
  const fileProblems: string[] = [];
  if (context.monthClosed)
    fileProblems.push(
      `Måneden ${month} er lukket: fremmøde i en lukket måned kan ikke ændres. Genåbn måneden først.`,
    );
  if (days.length === 0)
    fileProblems.push(
      'Filen har ingen kolonner for dage i måneden: overskrifterne skal være dagene 1–31 eller datoer.',
    );
  const byPayroll = new Map(
    context.citizens.filter((c) => isActiveInMonth(c, month)).map((c) => [c.payrollNumber, c]),
  );
  const stored = new Map(context.attendance.map((a) => [`${a.citizenId}|${a.date}`, a]));
  const seen = new Map<string, number>();
  const planned: PlannedRow[] = [];
  const items: ImportItem[] = [];
  const payrollCol = mapping.payrollNumber;
  const nameCol = mapping.name;

  data.forEach((row, i) => {
    if (isBlankLine(row)) return;
    const line = i + 2;
    const payroll = payrollCol === undefined ? '' : (row[payrollCol] ?? '').trim();
    const citizen = byPayroll.get(payroll);
    const shownName = citizen?.name ?? (nameCol === undefined ? '' : (row[nameCol] ?? '').trim());
    const label = `${shownName || '(uden navn)'}${payroll ? ` (${payroll})` : ''}`;
    const problems: RowProblem[] = [];
    const whole = (message: string) =>
      problems.push({
        line,
        ...(payrollCol === undefined
          ? {}
          : { column: columnName(header, payrollCol), value: payroll }),
        message,
      });
    if (payroll === '') whole('mangler et lønnummer');
    else if (!citizen) whole(`ingen borger med lønnummeret ${payroll} er indskrevet i ${month}`);
    else if (seen.has(payroll)) whole(`borgeren står også på linje ${seen.get(payroll)}`);
    else seen.set(payroll, line);

    const changes: AttendanceDayChange[] = [];
    let changed = 0;
    for (const { index, date } of days) {
      const text = (row[index] ?? '').trim();
      if (text === '') continue;
      const at = { line, column: columnName(header, index), value: row[index] ?? '' };
      const cell = readDay(text);
      if (!cell.ok) {
        problems.push({ ...at, message: cell.message });
        continue;
      }
      const day = {
        citizenId: citizen?.id ?? '',
        date,
        ...('hours' in cell.value
          ? { hours: cell.value.hours }
          : { hours: 0, absence: cell.value.absence }),
      };
      const parsed = AttendanceInputSchema.safeParse(day);
      if (!parsed.success) {
        for (const issue of fromZodIssues(parsed.error.issues))
          if (issue.path[0] !== 'citizenId') problems.push({ ...at, message: issue.message });
        continue;
      }
      const before = stored.get(`${day.citizenId}|${date}`);
      if (sameDay(before, day)) continue;
      if (before) changed++;
      changes.push(day);
    }

    if (problems.length > 0 || !citizen) {
      planned.push({ line, label, action: 'refused', changes: [], problems });
      return;
    }
    if (changes.length === 0) {
      planned.push({ line, label, action: 'unchanged', changes: [], problems: [] });
      return;
    }
    // Hundredths of an hour: exact sums (docs/rules.md §5).
    const hundredths = changes.reduce(
      (s, c) => s + ('hours' in c ? Math.round(c.hours * 100) : 0),
      0,
    );
    const absent = changes.filter((c) => 'absence' in c && c.absence !== undefined).length;
    const summary = [
      `${changes.length} ${changes.length === 1 ? 'dag' : 'dage'}: ${formatDecimal(hundredths / 100)} timer`,
      ...(absent > 0 ? [`${absent} med fravær`] : []),
      ...(changed > 0 ? [`${changed} ${changed === 1 ? 'dag' : 'dage'} ændres`] : []),
    ];
    planned.push({
      line,
      label,
      action: changed > 0 ? 'update' : 'create',
      changes: [summary.join(', ')],
      problems: [],
    });
    items.push({ kind: 'attendance', line, month, changes });
  });
  return { kind: 'attendance', rows: planned, items, fileProblems };
}
