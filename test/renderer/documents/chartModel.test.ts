import { describe, expect, it } from 'vitest';
import { chartGeometry, niceStep } from '../../../renderer/src/features/documents/chartModel';

describe('chartModel', () => {
  it('takes round steps', () => {
    expect(niceStep(0)).toBe(1);
    expect(niceStep(9_400)).toBe(2_000);
    expect(niceStep(430)).toBe(100);
  });

  it('draws two bars a month, heights in proportion, inside the plot', () => {
    const g = chartGeometry([
      { month: '2026-09', label: 'September 2026', grossPay: 1000, municipalShare: 500 },
      { month: '2026-10', label: 'Oktober 2026', grossPay: 2000, municipalShare: 0 },
    ]);
    expect(g.bars).toHaveLength(4);
    const [gross9, mun9, gross10, mun10] = g.bars;
    expect(gross10!.height).toBeCloseTo(gross9!.height * 2);
    expect(mun9!.height).toBeCloseTo(gross9!.height / 2);
    expect(mun10!.height).toBe(0);
    for (const b of g.bars) expect(b.y + b.height).toBeCloseTo(g.plot.bottom);
    expect(gross9!.title).toBe('September 2026: bruttoløn 1.000,00 kr.');
    expect(g.xLabels.map((l) => l.label)).toEqual(['sep', 'okt']);
    expect(g.yTicks.at(-1)!.label).toBe('2.000 kr.');
  });
});
