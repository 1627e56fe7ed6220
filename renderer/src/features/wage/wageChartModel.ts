// The wage history chart's geometry (WageChart.tsx): each decision holds until the next, drawn as
// steps from the first decision to today (or 30 days past the last one), with the ceiling.
import { daysBetween } from '../../../../shared/calendar';
import { formatDate } from '../../../../shared/danish/dates';
import { formatAmount } from '../../../../shared/danish/number';

export interface WagePoint {
  effectiveFrom: string;
  wage: number;
}

export const CHART = {
  width: 520,
  height: 180,
  pad: { left: 44, right: 12, top: 14, bottom: 28 },
} as const;

export interface WageChartGeometry {
  /** The SVG path of the steps. */
  path: string;
  dots: { key: string; x: number; y: number }[];
  /** Value axis ticks: 0, the middle and the top (a multiple of 5 kr. above every wage). */
  ticks: { value: number; y: number; label: string }[];
  ceilingY: number;
  ceilingLabel: string;
  firstDate: string;
  lastDate: string;
  /** The whole history in words, for screen readers. */
  summary: string;
}

export function wageChartGeometry(
  points: readonly WagePoint[],
  ceiling: number,
  today: string,
): WageChartGeometry | null {
  if (points.length === 0) return null;
  const { width: W, height: H, pad } = CHART;
  const sorted = [...points].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
  const first = sorted[0]!.effectiveFrom;
  const day = (iso: string) => daysBetween(first, iso);
  const lastFrom = day(sorted[sorted.length - 1]!.effectiveFrom);
  const end = Math.max(lastFrom + 30, day(today));
  const maxWage = Math.max(ceiling, ...sorted.map((p) => p.wage));
  const yMax = Math.ceil((maxWage + 1) / 5) * 5;
  const x = (d: number) => pad.left + (d / Math.max(1, end)) * (W - pad.left - pad.right);
  const y = (v: number) => pad.top + (1 - v / yMax) * (H - pad.top - pad.bottom);

  let path = '';
  sorted.forEach((p, i) => {
    const px = x(day(p.effectiveFrom));
    const nextDay = i + 1 < sorted.length ? day(sorted[i + 1]!.effectiveFrom) : end;
    path += `${i === 0 ? 'M' : 'L'}${px.toFixed(1)},${y(p.wage).toFixed(1)} `;
    path += `L${x(nextDay).toFixed(1)},${y(p.wage).toFixed(1)} `;
  });
  return {
    path,
    dots: sorted.map((p) => ({ key: p.effectiveFrom, x: x(day(p.effectiveFrom)), y: y(p.wage) })),
    ticks: [0, yMax / 2, yMax].map((t) => ({
      value: t,
      y: y(t),
      label: formatAmount(t).replace(',00', ''),
    })),
    ceilingY: y(ceiling),
    ceilingLabel: `Loft ${formatAmount(ceiling)} kr.`,
    firstDate: formatDate(first),
    lastDate: formatDate(today),
    summary: sorted
      .map((p) => `fra ${formatDate(p.effectiveFrom)}: ${formatAmount(p.wage)} kr. i timen`)
      .join('; '),
  };
}
