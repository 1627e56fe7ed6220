import { describe, expect, it } from 'vitest';
import type { Attendance, Citizen, Grant } from '../../../shared/records';
import {
  attendanceInputs,
  attendanceRows,
  cellValueOf,
  fillPlannedDays,
  fillStatus,
  parseHoursPerDay,
  plannedFill,
} from '../../../renderer/src/features/attendance/attendanceModel';
import type { CellChange, GridRow } from '../../../renderer/src/features/attendance/gridModel';

const MONTH = '2026-10'; // 1 October 2026 is a Thursday
const stamp = '2026-01-01T08:00:00.000Z';

function citizen(id: string, patch: Partial<Citizen> = {}): Citizen {
  return {
    id,
    name: `Borger ${id}`,
    payrollNumber: `1${id.padStart(3, '0')}`,
    cpr: '0101801234',
    offer: 'SEL104',
    startDate: '2026-01-01',
    municipalTransport: false,
    createdAt: stamp,
    updatedAt: stamp,
    ...patch,
  };
}

function grant(citizenId: string, patch: Partial<Grant> = {}): Grant {
  return {
    id: `g-${citizenId}-${patch.startDate ?? '2026-01-01'}`,
    citizenId,
    size: 'full',
    startDate: '2026-01-01',
    followUpDue: '2027-01-01',
    createdAt: stamp,
    updatedAt: stamp,
    ...patch,
  };
}

function day(citizenId: string, date: string, hours: number, absence?: Attendance['absence']) {
  return { citizenId, date, hours, ...(absence ? { absence } : {}), updatedAt: stamp };
}

describe('the month’s rows', () => {
  it('has the citizens enrolled in the month, and ended ones only with attendance in it', () => {
    const rows = attendanceRows(MONTH, {
      citizens: [
        citizen('1'),
        citizen('2', { endDate: '2026-09-30', endReason: 'Flyttet' }),
        citizen('3', { endDate: '2026-09-30', endReason: 'Flyttet' }),
        citizen('4', { startDate: '2026-11-01' }),
        citizen('5', { endDate: '2026-10-15', endReason: 'Job' }),
      ],
      grants: [],
      attendance: [day('3', '2026-10-01', 6)],
    });
    expect(rows.map((r) => r.id)).toEqual(['1', '3', '5']);
  });

  it('shows stored hours and absences in their cells', () => {
    const [row] = attendanceRows(MONTH, {
      citizens: [citizen('1')],
      grants: [],
      attendance: [day('1', '2026-10-01', 7.5), day('1', '2026-10-02', 0, 'syg')],
    });
    expect(row!.cells.get('2026-10-01')).toEqual({ kind: 'hours', hours: 7.5 });
    expect(row!.cells.get('2026-10-02')).toEqual({ kind: 'absence', reason: 'syg' });
    expect(row!.cells.size).toBe(2);
    expect(cellValueOf({ hours: 0 })).toEqual({ kind: 'hours', hours: 0 });
  });

  it('plans the grant’s days a week, none without a grant in force in the month', () => {
    const rows = attendanceRows(MONTH, {
      citizens: [citizen('1'), citizen('2'), citizen('3')],
      grants: [
        grant('1', { size: 'full' }),
        grant('2', { size: 'half' }),
        grant('3', { startDate: '2026-01-01', endDate: '2026-09-30' }),
      ],
      attendance: [],
    });
    const [full, half, lapsed] = rows;
    expect(full!.planned.size).toBe(18); // 2 days in the cut first week, then 4 × 4
    expect([...full!.planned].slice(0, 6)).toEqual([
      '2026-10-01',
      '2026-10-02',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
      '2026-10-08',
    ]);
    expect(half!.planned.size).toBe(10);
    expect(lapsed!.planned.size).toBe(0);
  });

  it('plans from the later of grant and enrolment start, to the earlier end (same as the wage page)', () => {
    const [late, ending] = attendanceRows(MONTH, {
      citizens: [
        citizen('1', { startDate: '2026-10-07' }),
        citizen('2', { endDate: '2026-10-09', endReason: 'Job' }),
      ],
      grants: [grant('1'), grant('2', { startDate: '2026-10-06' })],
      attendance: [],
    });
    expect([...late!.planned][0]).toBe('2026-10-07');
    expect(late!.planned.size).toBe(15);
    expect([...ending!.planned]).toEqual(['2026-10-06', '2026-10-07', '2026-10-08', '2026-10-09']);
  });

  it('uses the grant in force in the month, not simply the last one', () => {
    const [row] = attendanceRows(MONTH, {
      citizens: [citizen('1')],
      grants: [
        grant('1', { size: 'half', startDate: '2026-01-01' }),
        grant('1', { size: 'full', startDate: '2026-12-01' }),
      ],
      attendance: [],
    });
    expect(row!.planned.size).toBe(10);
  });
});

describe('what a grid change saves', () => {
  it('hours, an absence as 0 hours with its reason, an emptied cell as an explicit clear', () => {
    const changes: CellChange[] = [
      { rowId: 'a', date: '2026-10-01', value: { kind: 'hours', hours: 7.5 } },
      { rowId: 'a', date: '2026-10-02', value: { kind: 'absence', reason: 'ferie' } },
      { rowId: 'b', date: '2026-10-01', value: { kind: 'empty' } },
    ];
    expect(attendanceInputs(changes)).toEqual([
      { citizenId: 'a', date: '2026-10-01', hours: 7.5 },
      { citizenId: 'a', date: '2026-10-02', hours: 0, absence: 'ferie' },
      { citizenId: 'b', date: '2026-10-01', clear: true },
    ]);
  });

  it('an explicit 0 is a zero-hour day to store, not a clear (issue 10)', () => {
    expect(
      attendanceInputs([{ rowId: 'a', date: '2026-10-01', value: { kind: 'hours', hours: 0 } }]),
    ).toEqual([{ citizenId: 'a', date: '2026-10-01', hours: 0 }]);
  });
});

describe('hours per planned day', () => {
  it('reads Danish numbers above 0 and at most 24', () => {
    expect(parseHoursPerDay('6')).toEqual({ ok: true, hours: 6 });
    expect(parseHoursPerDay('7,5')).toEqual({ ok: true, hours: 7.5 });
    expect(parseHoursPerDay(' 24 ')).toEqual({ ok: true, hours: 24 });
  });
  it('refuses the rest with a Danish message', () => {
    for (const text of ['0', '25', '-1', '', 'seks'])
      expect(parseHoursPerDay(text)).toEqual({
        ok: false,
        message: 'skal være et tal mellem 0 og 24',
      });
    expect(parseHoursPerDay('7.5')).toEqual({
      ok: false,
      message: expect.stringContaining('brug komma som decimaltegn: skriv 7,5') as string,
    });
    expect(parseHoursPerDay('6,125')).toEqual({ ok: false, message: 'må højst have to decimaler' });
  });
});

describe('Udfyld planlagte dage', () => {
  const rows: GridRow[] = [
    {
      id: 'a',
      name: 'Anna',
      cells: new Map([['2026-10-01', { kind: 'hours', hours: 3 }]]),
      planned: new Set(['2026-10-01', '2026-10-02']),
    },
    {
      id: 'b',
      name: 'Bo',
      cells: new Map([['2026-10-05', { kind: 'absence', reason: 'syg' }]]),
      planned: new Set(['2026-10-05', '2026-10-06']),
    },
  ];

  it('fills only the planned days still empty', () => {
    expect(plannedFill(rows, 6)).toEqual([
      { rowId: 'a', date: '2026-10-02', value: { kind: 'hours', hours: 6 } },
      { rowId: 'b', date: '2026-10-06', value: { kind: 'hours', hours: 6 } },
    ]);
  });

  it('reports how many days were filled once the save went through', async () => {
    const saved: CellChange[][] = [];
    const result = await fillPlannedDays(rows, '7,5', (changes) => {
      saved.push(changes);
      return Promise.resolve(true);
    });
    expect(saved).toHaveLength(1);
    expect(result).toEqual({ kind: 'filled', count: 2, hours: 7.5, skipped: 2 });
    expect(fillStatus(result)).toEqual({
      kind: 'success',
      text: '2 planlagte dage er udfyldt med 7,5 timer; 2 dage er sprunget over, fordi de allerede var udfyldt.',
    });
  });

  it('never fills over a stored 0, and says the plurals right', async () => {
    const zero: GridRow[] = [
      {
        id: 'a',
        name: 'Anna',
        cells: new Map([['2026-10-01', { kind: 'hours', hours: 0 }]]),
        planned: new Set(['2026-10-01', '2026-10-02']),
      },
    ];
    expect(plannedFill(zero, 6)).toEqual([
      { rowId: 'a', date: '2026-10-02', value: { kind: 'hours', hours: 6 } },
    ]);
    const result = await fillPlannedDays(zero, '6', () => Promise.resolve(true));
    expect(fillStatus(result)).toEqual({
      kind: 'success',
      text: '1 planlagt dag er udfyldt med 6 timer; 1 dag er sprunget over, fordi den allerede var udfyldt.',
    });
    expect(fillStatus({ kind: 'filled', count: 18, hours: 6, skipped: 0 })).toEqual({
      kind: 'success',
      text: '18 planlagte dage er udfyldt med 6 timer.',
    });
  });

  it('never reports success when the save was refused (the refusal’s message stays)', async () => {
    const result = await fillPlannedDays(rows, '6', () => Promise.resolve(false));
    expect(result).toEqual({ kind: 'refused' });
    expect(fillStatus(result)).toBeNull();
  });

  it('says when there is nothing to fill, without saving', async () => {
    let calls = 0;
    const full: GridRow[] = [{ ...rows[0]!, planned: new Set(['2026-10-01']) }];
    const result = await fillPlannedDays(full, '6', () => {
      calls++;
      return Promise.resolve(true);
    });
    expect(calls).toBe(0);
    expect(fillStatus(result)).toEqual({
      kind: 'success',
      text: 'Alle planlagte dage er allerede udfyldt.',
    });
  });

  it('saves nothing when the hours are invalid, and names the problem', async () => {
    let calls = 0;
    const result = await fillPlannedDays(rows, '25', () => {
      calls++;
      return Promise.resolve(true);
    });
    expect(calls).toBe(0);
    expect(result).toEqual({ kind: 'invalidHours', message: 'skal være et tal mellem 0 og 24' });
    expect(fillStatus(result)).toBeNull();
  });
});
