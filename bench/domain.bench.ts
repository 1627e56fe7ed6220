// Benchmark 1 (issue 6): the domain core in Node, one month for 10 000 citizens × 20 days.
import {
  calculate,
  calculateMonth,
  parseCalcInput,
  type CalcInput,
  type CheckedCalcInput,
} from '../shared/domain';
import { figure, repeat } from './stats';

const CITIZENS = 10_000;
const modes = [
  { mode: 'car', oneWayKm: 14 },
  { mode: 'public', oneWayKm: 18, dailyCost: 54, monthlyPass: 780 },
  { mode: 'special', oneWayKm: 25, dailyCost: 210 },
  { mode: 'none' },
] as const;

function inputs(): CalcInput[] {
  return Array.from({ length: CITIZENS }, (_, i) => ({
    month: '2026-10',
    citizen: {
      offer: i % 10 === 0 ? 'SEL104' : 'SEL103',
      taxCard:
        i % 7 === 0
          ? undefined
          : { withholdingRatePercent: 37 + (i % 5), monthlyAllowance: (i % 4) * 500 },
      transport: modes[i % modes.length],
      municipalTransport: i % 20 === 0,
    },
    wageDecisions: [
      {
        effectiveFrom: '2026-01-01',
        assessment: {
          scores: {
            attendanceStability: i % 5,
            flexibility: (i + 1) % 5,
            productivity: (i + 2) % 5,
            quality: 2,
            collegialInteraction: 3,
          },
          helpNeed: (['independent', 'moderate', 'extensive'] as const)[i % 3]!,
        },
      },
      { effectiveFrom: '2026-10-16', hourlyWage: 20 + (i % 10), justification: 'Ny opgave' },
    ],
    attendance: Array.from({ length: 20 }, (_, d) => ({
      date: `2026-10-${String(d + 1).padStart(2, '0')}`,
      hours: 4 + ((i + d) % 9) * 0.25,
    })),
  }));
}

export async function runDomainBench(runs = 7) {
  const raw = inputs();
  const checked: CheckedCalcInput[] = raw.map((input) => {
    const p = parseCalcInput(input);
    if (!p.ok) throw new Error('bench input invalid');
    return p.value;
  });
  // Warm up the JIT once, as a long-running app would be.
  for (const c of checked) calculateMonth(c);
  const compute = await repeat(runs, () => {
    const t = performance.now();
    for (const c of checked) calculateMonth(c);
    return performance.now() - t;
  });
  const withValidation = await repeat(runs, () => {
    const t = performance.now();
    for (const r of raw) calculate(r);
    return performance.now() - t;
  });
  const c = figure(compute);
  return {
    citizens: CITIZENS,
    computeMs: c,
    computeUsPerCitizen: (c.median * 1000) / CITIZENS,
    validateAndComputeMs: figure(withValidation),
  };
}

if (process.argv[1]?.endsWith('domain.bench.ts')) {
  console.log(JSON.stringify(await runDomainBench(), null, 2));
}
