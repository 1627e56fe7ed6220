// "Løn i måneden" on the citizen page (issue 12, Build item 7), without React: the citizen's row
// of the one month computation (docs/rules.md §7) — the same figures as the month table and the
// payroll file — as label/value lines in Danish.
import { formatDecimal, formatKr } from '../../../../shared/danish/number';
import { formatDate } from '../../../../shared/danish/dates';
import { fromOre, toOre } from '../../../../shared/money';
import type { PayrollRow } from '../../../../shared/records';

export interface PayLine {
  label: string;
  value: string;
  strong?: boolean;
}

const later = (a: string, b: string) => (a > b ? a : b);

/** The lines for one citizen's month; `null` when the citizen has no row this month. */
export function payLines(row: PayrollRow | undefined): PayLine[] | null {
  if (!row) return null;
  const r = row.result;
  const t = r.transport;
  const tax = fromOre(toOre(r.amContribution) + toOre(r.aTax));
  const wage =
    r.wageLines.length === 0
      ? '—'
      : r.wageLines
          .map(
            (l) =>
              `${formatKr(l.hourlyWage)} × ${formatDecimal(l.hours)} t` +
              // As the payroll file's remarks (docs/rules.md §9): from the later of the decision
              // date and the month's first day.
              (r.wageLines.length > 1
                ? ` fra ${formatDate(later(l.effectiveFrom, `${r.month}-01`))}`
                : ''),
          )
          .join('; ');
  return [
    { label: 'Dage', value: String(r.days) },
    { label: 'Timer', value: formatDecimal(r.hours) },
    { label: 'Timeløn', value: wage },
    { label: 'Bruttoløn', value: formatKr(r.grossPay), strong: true },
    {
      label: 'Anslået skat (AM-bidrag og A-skat)',
      value: formatKr(tax),
    },
    { label: 'Borgerens andel af kørsel', value: formatKr(t.citizenShare) },
    { label: 'Kommunens andel af kørsel', value: formatKr(t.municipalShare) },
    { label: 'Anslået udbetaling', value: formatKr(r.estimatedPayout), strong: true },
  ];
}
