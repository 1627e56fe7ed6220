// The spreadsheet import's preview (docs/rules.md §14): cells read the Danish way, columns
// mapped from the header, every line created, changed or refused with line, column and value.
import { describe, expect, it } from 'vitest';
import { readDate, readDay, readGrantSize, readOffer } from '../../../shared/import/cells';
import { guessMapping, missingFields, rememberMapping } from '../../../shared/import/fields';
import { planCitizenImport } from '../../../shared/import/citizens';
import { dayColumns, planAttendanceImport } from '../../../shared/import/attendance';
import { columnLetter, countRows } from '../../../shared/import/plan';
import type { Attendance, Citizen } from '../../../shared/records';

const HEADER = [
  'Navn',
  'Lønnummer',
  'CPR',
  'Tilbud',
  'Bevilling',
  'Bevilling fra',
  'Bevilling til',
  'Transportform',
  'Km én vej',
  'Trækprocent',
  'Månedsfradrag',
];
const STAMP = '2026-01-01T08:00:00.000Z';

const stored = (over: Partial<Citizen> = {}): Citizen => ({
  id: 'c1',
  name: 'Anna Ærø',
  payrollNumber: '1001',
  cpr: '0101901234',
  offer: 'SEL103',
  startDate: '2026-01-01',
  municipalTransport: false,
  createdAt: STAMP,
  updatedAt: STAMP,
  ...over,
});

describe('cells', () => {
  it('reads the dates Danish Excel writes, and refuses days that do not exist', () => {
    expect(readDate('01-10-2026')).toEqual({ ok: true, value: '2026-10-01' });
    expect(readDate('1.10.26')).toEqual({ ok: true, value: '2026-10-01' });
    expect(readDate('2026-10-01')).toEqual({ ok: true, value: '2026-10-01' });
    expect(readDate('31-11-2026')).toMatchObject({
      ok: false,
      message: 'er ikke en dato, der findes',
    });
    expect(readDate('oktober')).toMatchObject({ ok: false });
  });

  it('reads offers, grant sizes and day cells in a workshop leader’s words', () => {
    expect(readOffer('§ 103')).toEqual({ ok: true, value: 'SEL103' });
    expect(readOffer('SEL104')).toEqual({ ok: true, value: 'SEL104' });
    expect(readOffer('105')).toMatchObject({ ok: false, message: 'skal være 103 eller 104' });
    expect(readGrantSize('¾ plads')).toEqual({ ok: true, value: 'threeQuarters' });
    expect(readGrantSize('1/1')).toEqual({ ok: true, value: 'full' });
    expect(readDay('7,5')).toEqual({ ok: true, value: { hours: 7.5 } });
    expect(readDay('S')).toEqual({ ok: true, value: { absence: 'syg' } });
    expect(readDay('7.5')).toMatchObject({ ok: false });
  });

  it('names columns as a spreadsheet does', () => {
    expect([0, 25, 26, 27, 701].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ']);
  });
});

describe('mapping', () => {
  it('maps columns from the header and remembers a person’s choice by header text', () => {
    const mapping = guessMapping('citizens', HEADER);
    expect(mapping).toMatchObject({
      name: 0,
      payrollNumber: 1,
      cpr: 2,
      offer: 3,
      grantSize: 4,
      grantStart: 5,
      grantEnd: 6,
      transportMode: 7,
      oneWayKm: 8,
    });
    const header = ['Borgerens navn', 'Nr', 'CPR', 'Tilbud'];
    expect(missingFields('citizens', guessMapping('citizens', header))).toEqual([
      'Navn',
      'Lønnummer',
    ]);
    const remembered = rememberMapping(header, { name: 0, payrollNumber: 1 });
    expect(guessMapping('citizens', header, remembered)).toMatchObject({
      name: 0,
      payrollNumber: 1,
      cpr: 2,
    });
  });
});

describe('planCitizenImport', () => {
  const rows = [
    HEADER,
    ['Bo Berg', '1002', '020290-1234', '103', '½', '01-11-2026', '', 'bil', '14', '38', '4.000'],
    ['Anna Ærø', '1001', '010190-1234', '103', '', '', '', '', '', '40', ''],
    ['Anna Ærø', '1001', '010190-1234', '103', '', '', '', '', '', '', ''],
    ['', '1003', 'not-a-cpr', '105', '¾', '31-02-2026', '', '', '', '', ''],
    ['Dorte Dam', '1004', '030390-1234', '104', '1/1', '01-11-2026', '01-10-2026', '', '', '', ''],
    [';', '', '', '', '', '', '', '', '', '', ''].map(() => ''),
  ];
  const plan = planCitizenImport(rows, guessMapping('citizens', HEADER), {
    citizens: [stored()],
    grants: [],
    today: '2026-11-24',
  });

  it('creates new citizens with their grant and changes an existing one by payroll number', () => {
    expect(plan.rows[0]).toMatchObject({ line: 2, label: 'Bo Berg (1002)', action: 'create' });
    expect(plan.items[0]).toMatchObject({
      kind: 'createCitizen',
      input: {
        cpr: '0202901234',
        offer: 'SEL103',
        startDate: '2026-11-01',
        transport: { mode: 'car', oneWayKm: 14 },
        taxCard: { withholdingRatePercent: 38, monthlyAllowance: 4000 },
      },
      grant: { size: 'half', startDate: '2026-11-01' },
    });
    expect(plan.rows[1]).toMatchObject({ action: 'update', changes: ['Skattekort ændres'] });
    expect(plan.items[1]).toMatchObject({
      kind: 'updateCitizen',
      id: 'c1',
      expectedUpdatedAt: STAMP,
    });
  });

  it('refuses a repeated payroll number and every bad cell, naming line, column and value', () => {
    expect(plan.rows[2]).toMatchObject({
      action: 'refused',
      problems: [
        {
          line: 4,
          column: 'B «Lønnummer»',
          value: '1001',
          message: 'lønnummeret står også på linje 3',
        },
      ],
    });
    const bad = plan.rows[3]!;
    expect(bad.action).toBe('refused');
    expect(bad.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          column: 'D «Tilbud»',
          value: '105',
          message: 'skal være 103 eller 104',
        }),
        expect.objectContaining({ column: 'F «Bevilling fra»', value: '31-02-2026' }),
        expect.objectContaining({ column: 'A «Navn»', message: 'mangler' }),
        expect.objectContaining({ column: 'C «CPR»', value: 'not-a-cpr' }),
      ]),
    );
    expect(plan.rows[4]).toMatchObject({
      action: 'refused',
      problems: [{ column: 'G «Bevilling til»', message: 'slutdatoen ligger før startdatoen' }],
    });
    expect(plan.rows).toHaveLength(5);
    expect(countRows(plan.rows)).toEqual({ create: 1, update: 1, unchanged: 0, refused: 3 });
    expect(plan.items).toHaveLength(2);
  });
});

describe('planAttendanceImport', () => {
  const header = ['Lønnummer', 'Navn', '1', '2', '05-10-2026', 'I alt'];
  const attendance: Attendance[] = [
    { citizenId: 'c1', date: '2026-10-01', hours: 6, updatedAt: STAMP },
  ];

  it('finds the day columns of the month and turns cells into days, skipping empty and unchanged ones', () => {
    expect(dayColumns(header, '2026-10')).toEqual([
      { index: 2, date: '2026-10-01' },
      { index: 3, date: '2026-10-02' },
      { index: 4, date: '2026-10-05' },
    ]);
    const plan = planAttendanceImport(
      [
        header,
        ['1001', 'Anna', '6', 'S', '7,5', '13,5'],
        ['9999', 'Ukendt', '6', '', '', ''],
        ['1001', 'Anna', '25', '', '', ''],
      ],
      guessMapping('attendance', header),
      { month: '2026-10', citizens: [stored()], attendance, monthClosed: false },
    );
    expect(plan.items).toEqual([
      {
        kind: 'attendance',
        line: 2,
        month: '2026-10',
        changes: [
          { citizenId: 'c1', date: '2026-10-02', hours: 0, absence: 'syg' },
          { citizenId: 'c1', date: '2026-10-05', hours: 7.5 },
        ],
      },
    ]);
    expect(plan.rows[0]).toMatchObject({
      action: 'create',
      changes: ['2 dage: 7,5 timer, 1 med fravær'],
    });
    expect(plan.rows[1]).toMatchObject({
      action: 'refused',
      problems: [
        {
          line: 3,
          value: '9999',
          message: 'ingen borger med lønnummeret 9999 er indskrevet i 2026-10',
        },
      ],
    });
    expect(plan.rows[2]!.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ message: 'borgeren står også på linje 2' }),
        expect.objectContaining({ column: 'C «1»', value: '25', message: 'må højst være 24' }),
      ]),
    );
  });

  it('refuses a closed month as a whole', () => {
    const plan = planAttendanceImport([header], guessMapping('attendance', header), {
      month: '2026-10',
      citizens: [],
      attendance: [],
      monthClosed: true,
    });
    expect(plan.fileProblems[0]).toMatch(/lukket/);
  });
});
