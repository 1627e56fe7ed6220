// The 12-month chart's geometry (docs/rules.md §12): grouped bars of gross pay and the
// municipality's transport cost per month, on a scale with round steps. Pure: the view draws it
// as plain SVG; the same numbers are in a table beside it.
import type { TrendPoint } from '../../../../shared/documents/monthReport';
import { MONTH_NAMES } from '../../../../shared/danish/dates';
import { formatAmount } from '../../../../shared/danish/number';

export interface ChartBar {
  key: string;
  series: 'gross' | 'municipal';
  x: number;
  y: number;
  width: number;
  height: number;
  title: string;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  bars: ChartBar[];
  yTicks: { y: number; label: string }[];
  xLabels: { x: number; label: string }[];
}

/** The smallest "nice" step (1, 2 or 5 × 10^n) that splits `max` into at most `ticks` parts. */
export function niceStep(max: number, ticks = 5): number {
  if (max <= 0) return 1;
  const rough = max / ticks;
  const pow = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= rough)!;
}

export function chartGeometry(
  points: readonly TrendPoint[],
  width = 720,
  height = 260,
): ChartGeometry {
  const plot = { left: 78, top: 12, right: width - 8, bottom: height - 28 };
  const max = Math.max(0, ...points.flatMap((p) => [p.grossPay, p.municipalShare]));
  const step = niceStep(max);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const scale = (v: number) => plot.bottom - ((plot.bottom - plot.top) * v) / top;
  const slot = (plot.right - plot.left) / Math.max(1, points.length);
  const barWidth = Math.max(2, slot * 0.36);
  const bars: ChartBar[] = points.flatMap((p, i) => {
    const x0 = plot.left + i * slot + slot * 0.12;
    const bar = (series: ChartBar['series'], value: number, dx: number, what: string) => ({
      key: `${p.month}-${series}`,
      series,
      x: x0 + dx,
      y: scale(value),
      width: barWidth,
      height: plot.bottom - scale(value),
      title: `${p.label}: ${what} ${formatAmount(value)} kr.`,
    });
    return [
      bar('gross', p.grossPay, 0, 'bruttoløn'),
      bar('municipal', p.municipalShare, barWidth, 'kommunens kørsel'),
    ];
  });
  const yTicks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => ({
    y: scale(i * step),
    label: `${formatAmount(i * step).replace(/,00$/, '')} kr.`,
  }));
  const xLabels = points.map((p, i) => ({
    x: plot.left + i * slot + slot / 2,
    label: MONTH_NAMES[Number(p.month.slice(5)) - 1]!.slice(0, 3),
  }));
  return { width, height, plot, bars, yTicks, xLabels };
}
