// The monthly statement for a citizen in easy-read Danish (docs/rules.md §12): short sentences,
// one figure each, all from the month's row of the one computation (docs/rules.md §7) — the same
// figures as the month table and the payroll CSV. An estimate: the pay slip is the binding one.
import { formatDate, formatMonth } from '../danish/dates';
import { formatDecimal, formatKr, plural } from '../danish/number';
import { fromOre, toOre } from '../money';
import type { PayrollRow } from '../records/month-close';
import { lastDayOf } from '../calendar';

export const STATEMENT_BINDING =
  'Det er lønsedlen fra lønkontoret, der gælder. Tallene her er et skøn.';

/** One figure of the statement: a short sentence and, for the table beside it, label and value. */
export interface StatementLine {
  key: string;
  label: string;
  value: string;
  sentence: string;
}

export interface StatementDoc {
  /** "Din løn for oktober 2026" */
  title: string;
  name: string;
  payrollNumber: string;
  lines: StatementLine[];
  /** Short sentences about how the payout was found (transport in or out, corrections). */
  notes: string[];
  binding: string;
}

const kr = (kroner: number) => formatKr(kroner);
/** A sentence ending in an amount ends with its "kr.": no second full stop. */
const stop = (text: string) => (text.endsWith('.') ? text : `${text}.`);

/** The statement of one citizen's month, from its payroll row (open, reopened or closed). */
export function statementDoc(month: string, row: PayrollRow): StatementDoc {
  const r = row.result;
  const t = r.transport;
  const lines: StatementLine[] = [
    {
      key: 'days',
      label: 'Dage',
      value: formatDecimal(r.days),
      sentence: `Du har arbejdet ${plural(r.days, 'dag', 'dage')}.`,
    },
    {
      key: 'hours',
      label: 'Timer',
      value: formatDecimal(r.hours),
      sentence: `Du har arbejdet ${plural(r.hours, 'time', 'timer')} i alt.`,
    },
  ];
  const notes: string[] = [];
  if (row.offer === 'SEL103') {
    const wage = r.wageLines;
    lines.push({
      key: 'wage',
      label: 'Timeløn',
      value: wage.map((l) => kr(l.hourlyWage)).join(' / ') || '–',
      sentence:
        wage.length === 0
          ? 'Du har ikke haft løn i måneden.'
          : wage.length === 1
            ? stop(`Din timeløn er ${kr(wage[0]!.hourlyWage)}`)
            : `Din timeløn har ændret sig i måneden: ${wage
                .map(
                  (l) =>
                    `${kr(l.hourlyWage)} fra ${formatDate(l.effectiveFrom > `${month}-01` ? l.effectiveFrom : `${month}-01`)} (${plural(l.hours, 'time', 'timer')})`,
                )
                .join(', ')}.`,
    });
    lines.push({
      key: 'gross',
      label: 'Løn før skat',
      value: kr(r.grossPay),
      sentence: stop(`Din løn før skat er ${kr(r.grossPay)}`),
    });
    const tax = fromOre(toOre(r.amContribution) + toOre(r.aTax));
    lines.push({
      key: 'tax',
      label: 'Skat (skøn)',
      value: kr(tax),
      sentence: `Vi regner med, at du betaler ${kr(tax)} i skat og AM-bidrag.`,
    });
  } else {
    notes.push('Du får ikke løn i aktivitets- og samværstilbud (§ 104).');
  }
  if (t.total > 0) {
    lines.push(
      {
        key: 'transport',
        label: 'Kørsel i alt',
        value: kr(t.total),
        sentence: `Din kørsel kostede ${kr(t.total)} i alt.`,
      },
      {
        key: 'citizenShare',
        label: 'Du betaler',
        value: kr(t.citizenShare),
        sentence: `Du betaler selv ${kr(t.citizenShare)} af kørslen.`,
      },
      {
        key: 'municipalShare',
        label: 'Kommunen betaler',
        value: kr(t.municipalShare),
        sentence: `Kommunen betaler ${kr(t.municipalShare)} af kørslen.`,
      },
    );
    if (t.payrollAdjustment > 0)
      notes.push(`Kommunens del af kørslen, ${kr(t.payrollAdjustment)}, kommer oven i lønnen.`);
    else if (t.payrollAdjustment < 0)
      notes.push(`Din egen del af kørslen, ${kr(-t.payrollAdjustment)}, bliver trukket i lønnen.`);
  }
  if (row.offer === 'SEL103')
    lines.push({
      key: 'payout',
      label: 'Udbetaling (skøn)',
      value: kr(r.estimatedPayout),
      sentence: `Vi regner med, at du får ${kr(r.estimatedPayout)} udbetalt.`,
    });
  const c = row.corrections;
  if (c && (c.deltaGross !== 0 || c.deltaAdjustment !== 0))
    notes.push(
      `Du får også en efterregulering for ${c.months.map(formatMonth).join(' og ')}: ` +
        `løn ${kr(c.deltaGross)} og kørsel ${kr(c.deltaAdjustment)}. Den er ikke med i tallene ovenfor.`,
    );
  return {
    title: `Din løn for ${formatMonth(month)}`,
    name: row.name,
    payrollNumber: row.payrollNumber,
    lines,
    notes,
    binding: STATEMENT_BINDING,
  };
}

/** The month's statements, in the month's order, optionally for one citizen only. */
export function statementDocs(
  month: string,
  rows: readonly PayrollRow[],
  citizenId?: string,
): StatementDoc[] {
  return rows
    .filter((r) => citizenId === undefined || r.citizenId === citizenId)
    .map((r) => statementDoc(month, r));
}

/** "Lavet 24.11.2026 for perioden 01.10.2026–31.10.2026." */
export function periodText(month: string): string {
  return `Perioden ${formatDate(`${month}-01`)}–${formatDate(lastDayOf(month))}.`;
}
