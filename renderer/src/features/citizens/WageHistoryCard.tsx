// The citizen page's wage history: chart and table of the wage decisions (docs/rules.md §2).
import { Card } from '../../components/Page';
import { formatDate, formatKr } from '../../format';
import { href } from '../../router';
import { WageChart } from '../wage/WageChart';
import { wageHistory } from './citizenModel';
import type { CitizenData } from './useCitizens';

export function WageHistoryCard({ data, today }: { data: CitizenData; today: string }) {
  const rows = wageHistory(data.decisions, data.decisionSettings);
  return (
    <Card title="Lønhistorik">
      <WageChart
        points={rows.map((r) => ({ effectiveFrom: r.effectiveFrom, wage: r.wage }))}
        ceiling={data.version.settings.wageCeiling}
        today={today}
      />
      {rows.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Gælder fra</th>
              <th scope="col" className="num">
                Timeløn
              </th>
              <th scope="col">Grundlag</th>
              <th scope="col">Vurderet af</th>
              <th scope="col">
                <span className="visually-hidden">Handlinger</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{formatDate(r.effectiveFrom)}</td>
                <td className="num">{formatKr(r.wage)}</td>
                <td>{r.basis}</td>
                <td>{r.assessor}</td>
                <td>
                  <a href={href(['loenvurdering', 'brev', r.id])}>Afgørelsesbrev</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Card>
  );
}
