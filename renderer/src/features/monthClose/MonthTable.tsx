// The month's results as a table: one row per citizen, the totals in the footer. An
// efterregulering paid this month has its own column (docs/rules.md §10), outside the figures.
import type { MonthResults } from '../../../../shared/month';
import type { WorkArea } from '../../../../shared/records';
import { formatAmount } from '../../format';
import { NumberCells, NumberHeads } from '../../components/NumberColumns';
import { Card, Notice } from '../../components/Page';
import { href } from '../../router';
import { FIGURE_HEADERS, monthTable } from './monthCloseModel';

/** `areaId`: the "Arbejdsområde" filter; only this table follows it (docs/rules.md §6). */
export function MonthTable({
  results,
  areaId,
  areas,
}: {
  results: MonthResults;
  areaId: string;
  areas: readonly WorkArea[] | undefined;
}) {
  const { rows, source, subtotals, totals, notice } = monthTable(results, areaId, areas);
  const corrections = new Map(source.map((r) => [r.citizenId, r.corrections]));
  const anyCorrection = source.some((r) => r.corrections);
  return (
    <Card title="Månedens resultat">
      {notice ? (
        <div data-testid="area-notice">
          <Notice>
            <p>{notice}</p>
          </Notice>
        </div>
      ) : null}
      <div className="table-wrap">
        <table className="month-table" data-testid="month-table">
          <thead>
            <tr>
              <th scope="col">Borger</th>
              <th scope="col">Tilbud</th>
              <NumberHeads headers={FIGURE_HEADERS} />
              {anyCorrection ? (
                <th scope="col" className="num">
                  Efterregulering
                </th>
              ) : null}
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
                <NumberCells headers={FIGURE_HEADERS} row={r} />
                {anyCorrection ? (
                  <td className="num">
                    {corrections.get(r.citizenId)
                      ? formatAmount(corrections.get(r.citizenId)!.deltaGross)
                      : '—'}
                  </td>
                ) : null}
                <td className="remarks">{r.remarks}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            {subtotals.map((a) => (
              <tr key={a.areaId} className="subtotal" data-testid={`area-${a.areaId}`}>
                <td>{a.label}</td>
                <td />
                <NumberCells headers={FIGURE_HEADERS} row={a} />
                {anyCorrection ? <td /> : null}
                <td />
              </tr>
            ))}
            <tr data-testid="month-total">
              <td>{totals.label}</td>
              <td />
              <NumberCells headers={FIGURE_HEADERS} row={totals} />
              {anyCorrection ? <td /> : null}
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="muted">{totals.payout}</p>
    </Card>
  );
}
