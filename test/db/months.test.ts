// Closing through the data layer (docs/rules.md §10, issue 10 findings 5 and 8, Build items 4
// and 6): not before the month has begun, a confirmation before it is over and for a re-close
// with other figures, and the difference file after such a re-close.
import { describe, expect, it } from 'vitest';
import { fixedClock, freshApi, seedOctober } from './helpers';

describe('closing a month', () => {
  it('refuses a month that has not begun and asks to confirm one not yet over', async () => {
    const { api } = await freshApi({ now: fixedClock('2026-10-20T09:00:00.000Z') });
    await seedOctober(api);
    await expect(api.closeMonth('2026-11', 'excel')).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'November 2026 er ikke begyndt endnu og kan ikke lukkes.',
    });
    await expect(api.closeMonth('2026-10', 'excel')).rejects.toMatchObject({
      issues: [{ path: ['confirm', 'beforeMonthEnd'] }],
      message: expect.stringMatching(
        /^Oktober 2026 er ikke slut endnu \(sidste dag 31\.10\.2026\)/,
      ),
    });
    expect((await api.checkMonthClose('2026-10')).timing).toBe('notOver');
    const close = await api.closeMonth('2026-10', 'excel', { beforeMonthEnd: true });
    expect(close.status).toBe('closed');
  });

  it('shows the check: items, totals, and the closed figures beside those computed now', async () => {
    const { api } = await freshApi();
    const { anna, bo } = await seedOctober(api);
    const check = await api.checkMonthClose('2026-10');
    expect(check.timing).toBe('over');
    expect(check.items).toContainEqual(
      expect.objectContaining({ kind: 'noTaxCard', citizenId: bo.id }),
    );
    const view = await api.getMonth('2026-10');
    expect(check.totals).toEqual(view.results.totals);

    await api.closeMonth('2026-10', 'wage-types');
    expect((await api.compareClosedMonth('2026-10')).every((r) => !r.changed)).toBe(true);
    await api.updateCitizen(anna.id, {
      taxCard: { withholdingRatePercent: 50, monthlyAllowance: 0 },
    });
    const compared = await api.compareClosedMonth('2026-10');
    expect(compared.filter((r) => r.changed).map((r) => r.citizenId)).toEqual([anna.id]);
  });

  it('needs a confirmation to close again with other figures, then offers the difference file', async () => {
    const { api } = await freshApi();
    const { bo } = await seedOctober(api);
    await api.closeMonth('2026-10', 'wage-types');
    expect(await api.exportMonthDifference('2026-10')).toBeNull();

    // Reopened and closed again unchanged: nothing to correct.
    await api.reopenMonth('2026-10', 'Kontrol');
    await api.closeMonth('2026-10', 'wage-types');
    expect(await api.exportMonthDifference('2026-10')).toBeNull();

    await api.reopenMonth('2026-10', 'Bo arbejdede en time mere');
    await api.saveAttendanceDay({ citizenId: bo.id, date: '2026-10-06', hours: 4 });
    expect((await api.checkMonthClose('2026-10')).changedSinceClosing).toMatchObject({
      citizens: 1,
    });
    await expect(api.closeMonth('2026-10', 'wage-types')).rejects.toMatchObject({
      issues: [{ path: ['confirm', 'changedFigures'] }],
    });
    const close = await api.closeMonth('2026-10', 'wage-types', { changedFigures: true });
    expect(close.history.filter((h) => h.action === 'closed')).toHaveLength(3);

    const file = await api.exportMonthDifference('2026-10');
    expect(file?.fileName).toBe('loen-2026-10-wage-types-rettelse-2.csv');
    const lines = file!.content.trimEnd().split('\r\n');
    // Only Bo's changes: one hour at 12,00 kr., and his capped transport share grows with his pay.
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(
      '1002;Bo Østergaard;1100;Rettelse: Løn efter indsats;1,00;;12,00;2026-10-01;2026-10-31',
    );
    expect(lines[2]).toBe(
      '1002;Bo Østergaard;6110;Rettelse: Egenbetaling befordring;0;;-2,05;2026-10-01;2026-10-31',
    );
  });
});
