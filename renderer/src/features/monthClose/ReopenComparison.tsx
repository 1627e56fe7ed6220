// Before a closed month is reopened: per citizen the closed figures beside those computed now,
// changed rows marked (docs/rules.md §10). Nothing changes until the reason is given.
import { COMPARISON_HEADERS, comparisonIntro, comparisonLines } from './closeCheckModel';
import { useClosedComparison } from './useMonth';

const KEYS = Object.keys(COMPARISON_HEADERS) as (keyof typeof COMPARISON_HEADERS)[];

export function ReopenComparison({ month }: { month: string }) {
  const rows = useClosedComparison(month);
  if (!rows) return <p className="loading">Beregner …</p>;
  return (
    <div className="reopen-comparison">
      <p>{comparisonIntro(month, rows)}</p>
      <div className="table-wrap">
        <table aria-label="Lukkede tal og tal beregnet nu">
          <thead>
            <tr>
              <th scope="col">Borger</th>
              {KEYS.map((k) => (
                <th scope="col" key={k} className="num">
                  {COMPARISON_HEADERS[k]}
                </th>
              ))}
              <th scope="col">Ændret</th>
            </tr>
          </thead>
          <tbody>
            {comparisonLines(rows).map((r) => (
              <tr key={r.citizenId} className={r.changed ? 'changed' : undefined}>
                <th scope="row">{r.name}</th>
                {KEYS.map((k) => (
                  <td key={k} className="num">
                    {r.cells[k]}
                  </td>
                ))}
                <td>{r.changed ? 'Ja' : 'Nej'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
