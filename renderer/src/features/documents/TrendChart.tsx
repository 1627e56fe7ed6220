// Gross pay and the municipality's transport cost, 12 months, as plain SVG (docs/rules.md §12).
// The figures are also in the table below it (for screen readers and for paper).
import type { TrendPoint } from '../../../../shared/documents/monthReport';
import { formatKr } from '../../../../shared/danish/number';
import { chartGeometry } from './chartModel';

export function TrendChart({ points }: { points: TrendPoint[] }) {
  const g = chartGeometry(points);
  return (
    <figure className="trend">
      <svg
        viewBox={`0 0 ${g.width} ${g.height}`}
        role="img"
        aria-labelledby="trend-title"
        className="trend-chart"
      >
        <title id="trend-title">
          Bruttoløn og kommunens kørsel de seneste 12 måneder (tallene står i tabellen nedenfor)
        </title>
        {g.yTicks.map((t) => (
          <g key={t.label}>
            <line x1={g.plot.left} x2={g.plot.right} y1={t.y} y2={t.y} className="grid" />
            <text x={g.plot.left - 6} y={t.y + 4} textAnchor="end">
              {t.label}
            </text>
          </g>
        ))}
        {g.bars.map((b) => (
          <rect key={b.key} x={b.x} y={b.y} width={b.width} height={b.height} className={b.series}>
            <title>{b.title}</title>
          </rect>
        ))}
        {g.xLabels.map((l, i) => (
          <text key={i} x={l.x} y={g.height - 10} textAnchor="middle">
            {l.label}
          </text>
        ))}
      </svg>
      <figcaption>
        <span className="key gross" aria-hidden="true" /> Bruttoløn{' '}
        <span className="key municipal" aria-hidden="true" /> Kommunens andel af kørslen
      </figcaption>
      <table className="doc-table">
        <caption>Bruttoløn og kommunens kørsel, 12 måneder</caption>
        <thead>
          <tr>
            <th scope="col">Måned</th>
            <th scope="col" className="num">
              Bruttoløn
            </th>
            <th scope="col" className="num">
              Kommunens andel af kørslen
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.month}>
              <th scope="row">{p.label}</th>
              <td className="num">{formatKr(p.grossPay)}</td>
              <td className="num">{formatKr(p.municipalShare)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
