// `npm run calc`: the § 7 example end to end, and every refusal of issue 2 (exit 2, field named).
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECTION_7_INPUT, SECTION_7_RESULT } from '../shared/domain/section7';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCalc(args: string[], stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [
      'node_modules/tsx/dist/cli.mjs',
      'cli/calc.ts',
      ...args,
    ]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

const base = () => structuredClone(SECTION_7_INPUT) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('calc CLI', () => {
  it('prints the § 7 result for the § 7 input given as a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'calc-'));
    const file = join(dir, 'input.json');
    writeFileSync(file, JSON.stringify(SECTION_7_INPUT));
    const run = await runCalc([file]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(SECTION_7_RESULT);
  });

  it('reads standard input with "-"', async () => {
    const run = await runCalc(['-'], JSON.stringify(SECTION_7_INPUT));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(SECTION_7_RESULT);
  });

  it('refuses broken JSON with exit 2 and nothing on stdout', async () => {
    const run = await runCalc(['-'], '{"month": "2026-10",');
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/Ugyldig JSON/);
  });

  const refusals: Array<[string, (i: ReturnType<typeof base>) => void, string]> = [
    ['an unknown key', (i) => (i.citizen.transport.ratePrKm = 2), 'citizen.transport.ratePrKm'],
    ['an unknown top-level key', (i) => (i.attendence = []), 'attendence'],
    ['a bad month', (i) => (i.month = '2026-13'), 'month'],
    ['a month without zero padding', (i) => (i.month = '2026-1'), 'month'],
    [
      'a date outside the month',
      (i) => (i.attendance[1].date = '2026-11-02'),
      'attendance[1].date',
    ],
    [
      'a date that does not exist',
      (i) => (i.attendance[1].date = '2026-10-32'),
      'attendance[1].date',
    ],
    ['a duplicate date', (i) => (i.attendance[1].date = '2026-10-01'), 'attendance[1].date'],
    ['hours above 24', (i) => (i.attendance[0].hours = 24.5), 'attendance[0].hours'],
    ['negative hours', (i) => (i.attendance[0].hours = -1), 'attendance[0].hours'],
    ['hours with three decimals', (i) => (i.attendance[0].hours = 6.125), 'attendance[0].hours'],
    [
      'a score above 4',
      (i) => (i.wageDecisions[0].assessment.scores.quality = 5),
      'wageDecisions[0].assessment.scores.quality',
    ],
    [
      'a score below 0',
      (i) => (i.wageDecisions[0].assessment.scores.quality = -1),
      'wageDecisions[0].assessment.scores.quality',
    ],
    [
      'a score that is not whole',
      (i) => (i.wageDecisions[0].assessment.scores.flexibility = 2.5),
      'wageDecisions[0].assessment.scores.flexibility',
    ],
    [
      'an unknown help need',
      (i) => (i.wageDecisions[0].assessment.helpNeed = 'some'),
      'wageDecisions[0].assessment.helpNeed',
    ],
    [
      'a hand-set wage below the floor',
      (i) => (i.wageDecisions[1].hourlyWage = 7.49),
      'wageDecisions[1].hourlyWage',
    ],
    [
      'a hand-set wage without justification',
      (i) => delete i.wageDecisions[1].justification,
      'wageDecisions[1].justification',
    ],
    [
      'a hand-set wage with a blank justification',
      (i) => (i.wageDecisions[1].justification = '   '),
      'wageDecisions[1].justification',
    ],
    [
      'a worked day with no wage decision in effect',
      (i) => (i.wageDecisions[0].effectiveFrom = '2026-10-02'),
      'attendance[0].date',
    ],
    [
      'public transport without dailyCost',
      (i) => (i.citizen.transport = { mode: 'public', oneWayKm: 8, monthlyPass: 620 }),
      'citizen.transport.dailyCost',
    ],
    [
      'special transport without dailyCost',
      (i) => (i.citizen.transport = { mode: 'special', oneWayKm: 8 }),
      'citizen.transport.dailyCost',
    ],
    [
      'a negative distance',
      (i) => (i.citizen.transport.oneWayKm = -14),
      'citizen.transport.oneWayKm',
    ],
    [
      'car transport without a distance',
      (i) => delete i.citizen.transport.oneWayKm,
      'citizen.transport.oneWayKm',
    ],
    [
      'an unknown transport mode',
      (i) => (i.citizen.transport.mode = 'bus'),
      'citizen.transport.mode',
    ],
    ['an unknown offer', (i) => (i.citizen.offer = 'SEL105'), 'citizen.offer'],
    [
      'a rounding step not on the list',
      (i) => (i.settings.wageRoundingStep = 0.3),
      'settings.wageRoundingStep',
    ],
    [
      'weights that are all zero',
      (i) =>
        (i.settings.criteriaWeights = {
          attendanceStability: 0,
          flexibility: 0,
          productivity: 0,
          quality: 0,
          collegialInteraction: 0,
          helpNeed: 0,
        }),
      'settings.criteriaWeights',
    ],
  ];

  it.concurrent.each(refusals)(
    'refuses %s: exit 2, the field named, nothing on stdout',
    async (_what, mangle, field) => {
      const input = base();
      mangle(input);
      const run = await runCalc(['-'], JSON.stringify(input));
      expect(run.stdout).toBe('');
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`${field}:`);
    },
  );

  // issue 11, finding 1 (docs/rules.md §5): a 16-digit number in any bounded field is refused
  // naming the field, exit 2, never a stack trace.
  const HUGE = 1234567890123456;
  const bounds: Array<[string, (i: ReturnType<typeof base>) => void]> = [
    ['settings.kmRate', (i) => (i.settings.kmRate = HUGE)],
    ['settings.minimumWageReference', (i) => (i.settings.minimumWageReference = HUGE)],
    ['settings.wageCeiling', (i) => (i.settings.wageCeiling = HUGE)],
    ['settings.wageFloorPercent', (i) => (i.settings.wageFloorPercent = HUGE)],
    ['settings.transportThresholdKm', (i) => (i.settings.transportThresholdKm = HUGE)],
    ['settings.transportCapPercent', (i) => (i.settings.transportCapPercent = HUGE)],
    ['settings.criteriaWeights.quality', (i) => (i.settings.criteriaWeights = { quality: HUGE })],
    ['settings.helpNeedPoints.moderate', (i) => (i.settings.helpNeedPoints = { moderate: HUGE })],
    ['citizen.taxCard.monthlyAllowance', (i) => (i.citizen.taxCard.monthlyAllowance = HUGE)],
    [
      'citizen.taxCard.withholdingRatePercent',
      (i) => (i.citizen.taxCard.withholdingRatePercent = HUGE),
    ],
    ['citizen.transport.oneWayKm', (i) => (i.citizen.transport.oneWayKm = HUGE)],
    ['citizen.transport.ratePerKm', (i) => (i.citizen.transport.ratePerKm = HUGE)],
    [
      'citizen.transport.dailyCost',
      (i) => (i.citizen.transport = { mode: 'public', oneWayKm: 8, dailyCost: HUGE }),
    ],
    [
      'citizen.transport.monthlyPass',
      (i) =>
        (i.citizen.transport = { mode: 'public', oneWayKm: 8, dailyCost: 48, monthlyPass: HUGE }),
    ],
    ['wageDecisions[1].hourlyWage', (i) => (i.wageDecisions[1].hourlyWage = HUGE)],
    ['attendance[0].hours', (i) => (i.attendance[0].hours = HUGE)],
  ];

  it.concurrent.each(bounds)(
    'refuses a 16-digit %s: exit 2, the field named, no stack trace',
    async (field, mangle) => {
      const input = base();
      mangle(input);
      const run = await runCalc(['-'], JSON.stringify(input));
      expect(run.stdout).toBe('');
      expect(run.code).toBe(2);
      expect(run.stderr.startsWith('Ugyldigt input:\n')).toBe(true);
      expect(run.stderr).toContain(`\n${field}: `);
      expect(run.stderr).not.toMatch(/\n\s+at |Error/);
    },
  );
});
