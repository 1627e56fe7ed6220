import { describe, expect, it } from 'vitest';
import { CHART, wageChartGeometry } from '../../../renderer/src/features/wage/wageChartModel';

describe('wageChartGeometry', () => {
  it('has nothing to draw without decisions', () => {
    expect(wageChartGeometry([], 30, '2026-10-01')).toBeNull();
  });

  it('draws each wage as a step until the next decision, in date order', () => {
    const g = wageChartGeometry(
      [
        { effectiveFrom: '2026-07-01', wage: 20 },
        { effectiveFrom: '2026-01-01', wage: 19 },
      ],
      30,
      '2026-10-01',
    )!;
    expect(g.summary).toBe('fra 01.01.2026: 19,00 kr. i timen; fra 01.07.2026: 20,00 kr. i timen');
    expect(g.firstDate).toBe('01.01.2026');
    expect(g.lastDate).toBe('01.10.2026');
    expect(g.dots.map((d) => d.key)).toEqual(['2026-01-01', '2026-07-01']);
    // The first step starts at the left edge; the last one reaches the right edge (today).
    expect(g.dots[0]!.x).toBe(CHART.pad.left);
    expect(
      g.path.trim().endsWith(`L${CHART.width - CHART.pad.right}.0,${g.dots[1]!.y.toFixed(1)}`),
    ).toBe(true);
    // The value axis reaches the next multiple of 5 above the ceiling.
    expect(g.ticks.map((t) => t.label)).toEqual(['0', '17,50', '35']);
    expect(g.ceilingLabel).toBe('Loft 30,00 kr.');
  });

  it('runs 30 days past the last decision when it is in the future', () => {
    const g = wageChartGeometry([{ effectiveFrom: '2026-10-01', wage: 19 }], 30, '2026-09-01')!;
    expect(g.dots[0]!.x).toBe(CHART.pad.left);
    expect(g.path).toContain(`L${(CHART.width - CHART.pad.right).toFixed(1)},`);
  });
});
