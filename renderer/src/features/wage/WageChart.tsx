// Wage history as a small step chart (SVG, no library): each decision holds until the next.
import { CHART, wageChartGeometry, type WagePoint } from './wageChartModel';

export type { WagePoint } from './wageChartModel';

export function WageChart({
  points,
  ceiling,
  today,
}: {
  points: readonly WagePoint[];
  ceiling: number;
  today: string;
}) {
  const g = wageChartGeometry(points, ceiling, today);
  if (!g) return <p className="muted">Ingen lønafgørelser endnu.</p>;
  const { width: W, height: H, pad } = CHART;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Timeløn over tid: ${g.summary}`}>
        {g.ticks.map((t) => (
          <g key={t.value}>
            <Across className="axis" y={t.y} opacity={0.35} />
            <text x={pad.left - 6} y={t.y + 4} textAnchor="end">
              {t.label}
            </text>
          </g>
        ))}
        <Across className="ceiling" y={g.ceilingY} />
        <text x={W - pad.right} y={g.ceilingY - 4} textAnchor="end">
          {g.ceilingLabel}
        </text>
        <path className="line" d={g.path} />
        {g.dots.map((d) => (
          <circle key={d.key} className="dot" cx={d.x} cy={d.y} r={3.5} />
        ))}
        <text x={pad.left} y={H - 8}>
          {g.firstDate}
        </text>
        <text x={W - pad.right} y={H - 8} textAnchor="end">
          {g.lastDate}
        </text>
      </svg>
      <figcaption className="visually-hidden">{g.summary}</figcaption>
    </figure>
  );
}

/** A horizontal line across the plot area at height `y`: a tick's grid line or the ceiling. */
function Across({ className, y, opacity }: { className: string; y: number; opacity?: number }) {
  const { width, pad } = CHART;
  return (
    <line
      className={className}
      x1={pad.left}
      x2={width - pad.right}
      y1={y}
      y2={y}
      opacity={opacity}
    />
  );
}
