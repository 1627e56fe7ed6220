import { describe, expect, it } from 'vitest';
import { settingsVersionFor, type Attendance, type Grant } from '../../../shared/records';
import {
  attendanceSummary,
  endNotice,
  grantFacts,
  payerText,
  taxCardText,
  transportText,
  wageHistory,
} from '../../../renderer/src/features/citizens/citizenModel';
import { citizens, settingsVersions, wageDecisions } from '../../fixtures/october';

const [anna, bo, carl, dorte] = citizens as [
  (typeof citizens)[0],
  (typeof citizens)[0],
  (typeof citizens)[0],
  (typeof citizens)[0],
];
const settings = settingsVersionFor('2026-10', settingsVersions).settings;

describe('citizen page model', () => {
  it('gives each wage decision its wage: assessed (§ 8 example 1) or hand-set', () => {
    const annas = wageDecisions.filter((d) => d.citizenId === anna.id);
    const rows = wageHistory(annas, [settingsVersions[0]!, settingsVersions[0]!]);
    expect(rows.map((r) => [r.wage, r.basis])).toEqual([
      [19, 'Vurdering efter kriterierne'],
      [21.5, 'Individuelt fastsat: Ny opgave i montage'],
    ]);
  });

  it('sums hours exactly and counts absence by reason', () => {
    const day = (date: string, hours: number, absence?: Attendance['absence']): Attendance => ({
      citizenId: anna.id,
      date,
      hours,
      ...(absence ? { absence } : {}),
      updatedAt: '',
    });
    const [oct] = attendanceSummary(
      ['2026-10'],
      [
        [
          day('2026-10-01', 0.1),
          day('2026-10-02', 0.2),
          day('2026-10-05', 0, 'syg'),
          day('2026-10-06', 0, 'syg'),
          day('2026-10-07', 0, 'ferie'),
        ],
      ],
    );
    expect(oct).toEqual({
      month: '2026-10',
      label: 'oktober 2026',
      days: 2,
      hours: '0,3',
      absence: 'Syg 2, Ferie 1',
    });
    expect(attendanceSummary(['2026-09'], [[]])[0]!.absence).toBe('—');
  });

  it('names who pays the carrier, by the mode’s default when not set (§4)', () => {
    expect(payerText(anna)).toBe(
      'Borgeren betaler selv og får kommunens andel udbetalt med lønnen',
    );
    expect(payerText(bo)).toBe('Kommunen betaler vognmanden; borgerens andel trækkes i lønnen');
    expect(payerText(carl)).toBeNull(); // § 104
    expect(payerText({ offer: 'SEL103', transport: { mode: 'none' } })).toBeNull();
  });

  it('describes transport and tax card in Danish', () => {
    expect(transportText(anna, settings)).toBe('Egen bil, 14 km én vej, 2,23 kr./km');
    expect(transportText({ transport: { mode: 'car', oneWayKm: 7.5 } }, settings)).toBe(
      `Egen bil, 7,5 km én vej, ${settings.kmRate.toFixed(2).replace('.', ',')} kr./km`,
    );
    expect(transportText(carl, settings)).toBe(
      'Offentlig transport, 8 km én vej, 48,00 kr. pr. dag, månedskort 620,00 kr.',
    );
    expect(transportText({}, settings)).toBeNull();
    expect(taxCardText(dorte)).toBe('40 % træk, fradrag 100,00 kr. pr. måned');
    expect(taxCardText(bo)).toBeNull();
  });

  it('marks an overdue follow-up', () => {
    const g: Grant = {
      id: 'g',
      citizenId: anna.id,
      size: 'half',
      startDate: '2026-01-01',
      followUpDue: '2026-07-01',
      screeningNotes: '',
      createdAt: '',
      updatedAt: '',
    };
    expect(grantFacts(g, '2026-07-01')).toEqual({
      size: '½ plads (2 dage om ugen)',
      period: '01.01.2026 – uden slutdato',
      followUp: '01.07.2026',
      overdue: false,
    });
    expect(grantFacts(g, '2026-07-02').overdue).toBe(true);
  });

  it('says ended only once the end date has passed (§1)', () => {
    const ending = { startDate: '2026-01-01', endDate: '2026-08-31', endReason: 'Fleksjob' };
    expect(endNotice(ending, '2026-08-31')).toBe('Afsluttes 31.08.2026: Fleksjob');
    expect(endNotice(ending, '2026-09-01')).toBe('Afsluttet 31.08.2026: Fleksjob');
    expect(endNotice(anna, '2026-09-01')).toBeNull();
  });
});
