// Wage history as a small step chart (SVG, no library): each decision holds until the next.
import { formatAmount, formatDate } from '../../format';

export interface WagePoint {
  effectiveFrom: string;
  wage: number;
}

const W = 520;
const H = 180;
const PAD = { left: 44, right: 12, top: 14, bottom: 28 };

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

export function WageChart({
  points,
  ceiling,
  today,
}: {
  points: readonly WagePoint[];
  ceiling: number;
  today: string;
}) {
  if (points.length === 0) return <p className="muted">Ingen lønafgørelser endnu.</p>;
  const sorted = [...points].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
  const start = dayNumber(sorted[0]!.effectiveFrom);
  const lastFrom = dayNumber(sorted[sorted.length - 1]!.effectiveFrom);
  const end = Math.max(lastFrom + 30, dayNumber(today));
  const maxWage = Math.max(ceiling, ...sorted.map((p) => p.wage));
  const yMax = Math.ceil((maxWage + 1) / 5) * 5;
  const x = (d: number) =>
    PAD.left + ((d - start) / Math.max(1, end - start)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - v / yMax) * (H - PAD.top - PAD.bottom);

  let path = '';
  sorted.forEach((p, i) => {
    const px = x(dayNumber(p.effectiveFrom));
    const nextDay = i + 1 < sorted.length ? dayNumber(sorted[i + 1]!.effectiveFrom) : end;
    path += `${i === 0 ? 'M' : 'L'}${px.toFixed(1)},${y(p.wage).toFixed(1)} `;
    path += `L${x(nextDay).toFixed(1)},${y(p.wage).toFixed(1)} `;
  });
  const ticks = [0, yMax / 2, yMax];
  const summary = sorted
    .map((p) => `fra ${formatDate(p.effectiveFrom)}: ${formatAmount(p.wage)} kr. i timen`)
    .join('; ');

  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Timeløn over tid: ${summary}`}>
        {ticks.map((t) => (
          <g key={t}>
            <line
              className="axis"
              x1={PAD.left}
              x2={W - PAD.right}
              y1={y(t)}
              y2={y(t)}
              opacity={0.35}
            />
            <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end">
              {formatAmount(t).replace(',00', '')}
            </text>
          </g>
        ))}
        <line
          className="ceiling"
          x1={PAD.left}
          x2={W - PAD.right}
          y1={y(ceiling)}
          y2={y(ceiling)}
        />
        <text x={W - PAD.right} y={y(ceiling) - 4} textAnchor="end">
          Loft {formatAmount(ceiling)} kr.
        </text>
        <path className="line" d={path} />
        {sorted.map((p) => (
          <circle
            key={p.effectiveFrom}
            className="dot"
            cx={x(dayNumber(p.effectiveFrom))}
            cy={y(p.wage)}
            r={3.5}
          />
        ))}
        <text x={PAD.left} y={H - 8}>
          {formatDate(sorted[0]!.effectiveFrom)}
        </text>
        <text x={W - PAD.right} y={H - 8} textAnchor="end">
          {formatDate(today)}
        </text>
      </svg>
      <figcaption className="visually-hidden">{summary}</figcaption>
    </figure>
  );
}
