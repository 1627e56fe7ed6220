// The month's results as a table: one row per citizen, the totals in the footer.
import type { MonthResults } from '../../../../shared/month';
import { Card } from '../../components/Page';
import { href } from '../../router';
import { monthRows, monthTotals } from './monthCloseModel';

const NUMBER_COLUMNS = [
  'Dage',
  'Timer',
  'Timeløn',
  'Bruttoløn',
  'Kørsel i alt',
  'Borgerens andel',
  'Kommunens andel',
  'Regulering i løn',
] as const;

export function MonthTable({ results }: { results: MonthResults }) {
  const rows = monthRows(results);
  const totals = monthTotals(results);
  return (
    <Card title="Månedens resultat">
      <div className="table-wrap">
        <table className="month-table" data-testid="month-table">
          <thead>
            <tr>
              <th scope="col">Borger</th>
              <th scope="col">Tilbud</th>
              {NUMBER_COLUMNS.map((c) => (
                <th key={c} scope="col" className="num">
                  {c}
                </th>
              ))}
              <th scope="col">Bemærkninger</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.citizenId} data-testid={`row-${r.payrollNumber}`}>
                <th scope="row">
                  <a href={href(['borgere', r.citizenId])}>{r.name}</a>
                  <br />
                  <span className="muted">{r.payrollNumber}</span>
                </th>
                <td>{r.offer}</td>
                <td className="num">{r.days}</td>
                <td className="num">{r.hours}</td>
                <td className="num">{r.wage}</td>
                <td className="num">{r.grossPay}</td>
                <td className="num">{r.transportTotal}</td>
                <td className="num">{r.citizenShare}</td>
                <td className="num">{r.municipalShare}</td>
                <td className="num">{r.payrollAdjustment}</td>
                <td>{r.remarks}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td>{totals.label}</td>
              <td />
              <td className="num">{totals.days}</td>
              <td className="num">{totals.hours}</td>
              <td />
              <td className="num">{totals.grossPay}</td>
              <td className="num">{totals.transportTotal}</td>
              <td className="num">{totals.citizenShare}</td>
              <td className="num">{totals.municipalShare}</td>
              <td className="num">{totals.payrollAdjustment}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="muted">{totals.payout}</p>
    </Card>
  );
}
