import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../shared/data/errors';
import { createDataApiOn } from '../../renderer/db';
import { freshApi, seedOctober } from './helpers';

describe('local data API', () => {
  it('creates, updates and ends a citizen, auditing every change with initials', async () => {
    const { api } = await freshApi();
    const c = await api.createCitizen({
      name: ' Anna ',
      payrollNumber: '1001',
      cpr: '010190-1234',
      offer: 'SEL103',
      startDate: '2026-01-01',
    });
    expect(c.name).toBe('Anna');
    expect(c.cpr).toBe('0101901234');
    const u = await api.updateCitizen(c.id, { name: 'Anna B' }, c.updatedAt);
    expect(u.name).toBe('Anna B');
    await expect(api.updateCitizen(c.id, { name: 'X' }, c.updatedAt)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    // Ended means the end date has passed (endedOn, docs/rules.md §1); the clock is 02.11.2026.
    const e = await api.endCitizen(c.id, { endDate: '2026-12-31', endReason: 'Flyttet' });
    expect(e.endDate).toBe('2026-12-31');
    expect(await api.listCitizens()).toHaveLength(1);
    const ended = await api.endCitizen(c.id, { endDate: '2026-10-31', endReason: 'Flyttet' });
    expect(ended.endDate).toBe('2026-10-31');
    expect(await api.listCitizens()).toHaveLength(0);
    expect(await api.listCitizens({ includeEnded: true })).toHaveLength(1);
    const log = await api.listAudit({ recordId: c.id });
    expect(log.map((l) => l.action)).toEqual(['end', 'end', 'update', 'create']);
    expect(log[2]).toMatchObject({
      by: 'ABC',
      before: { name: 'Anna' },
      after: { name: 'Anna B' },
    });
  });

  it('refuses bad input with Danish messages naming the field', async () => {
    const { api } = await freshApi();
    const err = await api
      .createCitizen({
        name: 'A',
        payrollNumber: '1',
        cpr: '310290-1234',
        offer: 'SEL103',
        startDate: '2026-01-01',
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataError);
    expect((err as DataError).message).toContain(
      'CPR-nummer: de første seks cifre er ikke en gyldig dato',
    );
  });

  it('requires initials before any change', async () => {
    const { db } = await freshApi();
    await db.meta.delete('currentUser');
    const api = createDataApiOn(db);
    await expect(
      api.createCitizen({
        name: 'A',
        payrollNumber: '1',
        cpr: '0101901234',
        offer: 'SEL104',
        startDate: '2026-01-01',
      }),
    ).rejects.toMatchObject({ code: 'NO_USER' });
    expect(await db.citizens.count()).toBe(0);
  });

  it('sets the grant follow-up 6 months out for § 103 and 12 for § 104', async () => {
    const { api } = await freshApi();
    const { anna, carl } = await seedOctober(api);
    const g1 = await api.createGrant({
      citizenId: anna.id,
      size: 'threeQuarters',
      startDate: '2026-01-31',
    });
    const g2 = await api.createGrant({
      citizenId: carl.id,
      size: 'half',
      startDate: '2026-01-31',
    });
    expect(g1.followUpDue).toBe('2026-07-31');
    expect(g2.followUpDue).toBe('2027-01-31');
    expect((await api.listFollowUpsDue('2026-08-01')).map((g) => g.id)).toEqual([g1.id]);
    const next = await api.recordFollowUp(g1.id, '2026-07-15');
    expect(next.followUpDue).toBe('2027-01-15');
  });

  it('saves a citizen with its grant in one transaction: a refused grant stores neither', async () => {
    const { api } = await freshApi();
    const citizen = {
      name: 'Bo',
      payrollNumber: '2001',
      cpr: '010190-1234',
      offer: 'SEL103' as const,
      startDate: '2026-01-01',
    };
    const refused = await api
      .saveCitizenWithGrant({
        citizen: { input: citizen },
        grant: { input: { size: 'huge' as 'half', startDate: '2026-01-01' } },
      })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DataError);
    expect((refused as DataError).message).toContain('Bevillingens størrelse');
    expect(await api.listCitizens({ includeEnded: true })).toEqual([]);
    expect(await api.listAudit({})).toEqual([]);

    const { citizen: bo, grant } = await api.saveCitizenWithGrant({
      citizen: { input: citizen },
      grant: { input: { size: 'half', startDate: '2026-01-01' } },
    });
    expect(grant).toMatchObject({ citizenId: bo.id, followUpDue: '2026-07-01' });

    // An update whose grant change is refused leaves the citizen's name as it was.
    await expect(
      api.saveCitizenWithGrant({
        citizen: {
          id: bo.id,
          input: { ...citizen, name: 'Bo Ny' },
          expectedUpdatedAt: bo.updatedAt,
        },
        grant: {
          id: grant.id,
          input: { size: 'half', startDate: 'i går' },
          expectedUpdatedAt: grant.updatedAt,
        },
      }),
    ).rejects.toBeInstanceOf(DataError);
    expect((await api.getCitizen(bo.id))?.name).toBe('Bo');
  });

  it('upserts attendance per day and removes an empty day', async () => {
    const { api } = await freshApi();
    const { anna } = await seedOctober(api);
    await api.saveAttendanceDay({ citizenId: anna.id, date: '2026-10-02', hours: 4 });
    await api.saveAttendanceDay({ citizenId: anna.id, date: '2026-10-02', hours: 4.5 });
    expect((await api.listAttendance('2026-10', anna.id)).map((a) => [a.date, a.hours])).toEqual([
      ['2026-10-01', 6],
      ['2026-10-02', 4.5],
      ['2026-10-20', 5.5],
      ['2026-10-21', 0],
    ]);
    await api.clearAttendanceDay({ citizenId: anna.id, date: '2026-10-02' });
    expect(await api.listAttendance('2026-10', anna.id)).toHaveLength(3);
    await expect(
      api.saveAttendanceDay({ citizenId: anna.id, date: '2026-10-02', hours: 3, absence: 'syg' }),
    ).rejects.toThrow(/Fraværsårsag/);
  });

  it('computes the month through the domain core (docs/rules.md §8 example 4)', async () => {
    const { api } = await freshApi();
    const { anna } = await seedOctober(api);
    const view = await api.getMonth('2026-10');
    expect(view.status).toBe('open');
    expect(view.results.problems).toEqual([]);
    const row = view.results.rows.find((r) => r.citizenId === anna.id)!;
    expect(row.result).toMatchObject({
      grossPay: 232.25,
      netPay: 132.48,
      estimatedPayout: 217.62,
      warnings: ['TRANSPORT_CAPPED'],
    });
  });

  it('closes a month: frozen, decisions locked, reopen needs a reason and is logged', async () => {
    const { api } = await freshApi();
    const { anna, decisions } = await seedOctober(api);
    const close = await api.closeMonth('2026-10', 'excel');
    expect(close.wageDecisionIds).toEqual([...decisions.map((d) => d.id)].sort());
    const first = await api.exportMonthCsv('2026-10', 'excel');
    expect(first.sha256).toBe(close.fileHash);
    expect(first.frozen).toBe(true);

    await expect(
      api.saveAttendanceDay({ citizenId: anna.id, date: '2026-10-02', hours: 1 }),
    ).rejects.toMatchObject({ code: 'CLOSED_MONTH' });
    await expect(
      api.updateWageDecision(decisions[1]!.id, { hourlyWage: 22 }),
    ).rejects.toMatchObject({ code: 'LOCKED' });
    await expect(api.deleteWageDecision(decisions[1]!.id)).rejects.toMatchObject({
      code: 'LOCKED',
    });

    // Changes elsewhere do not touch the frozen month.
    await api.updateCitizen(anna.id, { name: 'Anna Omdøbt' });
    // A version that would apply to the closed month is refused (issue 10, finding 5; §10).
    await expect(
      api.saveSettingsVersion({
        validFrom: '2026-01',
        settings: (await api.getSettingsForMonth('2026-10')).settings,
        wageTypeCodes: { wage: '1', transportReimbursement: '2', transportDeduction: '3' },
      }),
    ).rejects.toMatchObject({ code: 'CLOSED_MONTH', issues: [{ path: ['validFrom'] }] });
    await api.saveSettingsVersion({
      validFrom: '2026-11',
      settings: { ...(await api.getSettingsForMonth('2026-10')).settings, kmRate: 3.5 },
      wageTypeCodes: { wage: '1', transportReimbursement: '2', transportDeduction: '3' },
    });
    const again = await api.exportMonthCsv('2026-10', 'excel');
    expect(again.content).toBe(first.content);
    const wt1 = await api.exportMonthCsv('2026-10', 'wage-types');
    expect(wt1.content).toContain(';1100;');

    await expect(api.reopenMonth('2026-10', '  ')).rejects.toThrow(/Begrundelsen/);
    const reopened = await api.reopenMonth('2026-10', 'Forkerte timer for Bo');
    expect(reopened.status).toBe('reopened');
    const log = await api.listAudit({ table: 'monthCloses' });
    expect(log[0]).toMatchObject({ action: 'reopen', reason: 'Forkerte timer for Bo', by: 'ABC' });
    // Used for pay once: still locked; a change is a new decision.
    await expect(
      api.updateWageDecision(decisions[1]!.id, { hourlyWage: 22 }),
    ).rejects.toMatchObject({ code: 'LOCKED' });
    const replacement = await api.replaceWageDecision(decisions[1]!.id, {
      effectiveFrom: '2026-10-16',
      hourlyWage: 22,
      justification: 'Rettet sats',
      assessorInitials: 'ABC',
    });
    expect(replacement.supersedes).toBe(decisions[1]!.id);
    const view = await api.getMonth('2026-10');
    expect(view.status).toBe('reopened');
    const row = view.results.rows.find((r) => r.citizenId === anna.id)!;
    expect(row.result.wageLines[1]).toMatchObject({ hourlyWage: 22, amount: 121 });
    expect(row.name).toBe('Anna Omdøbt');
  });

  it('refuses to close a month with a citizen that cannot be computed', async () => {
    const { api } = await freshApi();
    const { bo } = await seedOctober(api);
    const dora = await api.createCitizen({
      name: 'Dora',
      payrollNumber: '1004',
      cpr: '0101901234',
      offer: 'SEL103',
      startDate: '2026-10-01',
    });
    await api.saveAttendanceDay({ citizenId: dora.id, date: '2026-10-02', hours: 3 });
    const err = (await api.closeMonth('2026-10', 'excel').catch((e: unknown) => e)) as DataError;
    expect(err.code).toBe('VALIDATION');
    // The field is named in Danish (was `attendance[0].date`; issue 9: no internal names).
    expect(err.message).toContain('Dora (1004): Dato: ingen lønafgørelse');
    expect(err.issues).toEqual([
      {
        path: [],
        message: 'Dora (1004): Dato: ingen lønafgørelse gælder på den arbejdede dag 02.10.2026',
      },
    ]);
    expect(await api.getMonthClose('2026-10')).toBeNull();
    expect(bo.id).toBeTruthy();
  });

  it('refuses a hand-set wage below the floor in force, naming the field', async () => {
    const { api } = await freshApi();
    const { anna } = await seedOctober(api);
    const err = (await api
      .createWageDecision({
        citizenId: anna.id,
        effectiveFrom: '2026-11-01',
        hourlyWage: 7.49,
        justification: 'For lav',
        assessorInitials: 'ABC',
      })
      .catch((e: unknown) => e)) as DataError;
    expect(err.issues).toEqual([
      { path: ['hourlyWage'], message: 'må ikke være under mindstelønnen 7,50 kr.' },
    ]);
  });

  it('lists every wage decision in one read, per citizen in date order', async () => {
    const { api } = await freshApi();
    const { anna, bo, carl, decisions } = await seedOctober(api);
    const all = await api.listAllWageDecisions();
    expect(all).toHaveLength(decisions.length);
    for (const c of [anna, bo, carl])
      expect(all.filter((d) => d.citizenId === c.id)).toEqual(await api.listWageDecisions(c.id));
  });

  it('chooses the settings version in force for the month', async () => {
    const { api } = await freshApi();
    await seedOctober(api);
    const base = (await api.getSettingsForMonth('2026-10')).settings;
    expect(base.kmRate).toBe(2.23);
    await api.saveSettingsVersion({
      validFrom: '2026-11',
      settings: { ...base, kmRate: 3 },
      wageTypeCodes: { wage: '1100', transportReimbursement: '6100', transportDeduction: '6110' },
    });
    expect((await api.getSettingsForMonth('2026-10')).settings.kmRate).toBe(2.23);
    expect((await api.getSettingsForMonth('2026-12')).settings.kmRate).toBe(3);
  });

  it('observes a query: the value now, again after a change, nothing after unsubscribing', async () => {
    const { api } = await freshApi();
    const seen: string[][] = [];
    let wake: () => void = () => undefined;
    const next = () => new Promise<void>((resolve) => (wake = resolve));
    let arrived = next();
    const off = api.observe(() => api.listCitizens(), {
      next: (citizens) => {
        seen.push(citizens.map((c) => c.name));
        wake();
      },
      error: (error) => {
        throw error;
      },
    });
    await arrived;
    arrived = next();
    await api.createCitizen({
      name: 'Anna',
      payrollNumber: '1001',
      cpr: '0101901234',
      offer: 'SEL104',
      startDate: '2026-01-01',
    });
    await arrived;
    expect(seen).toEqual([[], ['Anna']]);
    off();
    await api.createCitizen({
      name: 'Bo',
      payrollNumber: '1002',
      cpr: '0101901234',
      offer: 'SEL104',
      startDate: '2026-01-01',
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toHaveLength(2);
  });

  it('reports a failing observed query to its error callback', async () => {
    const { api } = await freshApi();
    const error = await new Promise<unknown>((resolve) => {
      api.observe(() => api.getMonth('oktober'), { next: () => undefined, error: resolve });
    });
    expect(error).toMatchObject({ code: 'VALIDATION' });
  });

  it('reads one wage decision by id', async () => {
    const { api } = await freshApi();
    const { decisions } = await seedOctober(api);
    expect(await api.getWageDecision(decisions[1]!.id)).toEqual(decisions[1]);
    expect(await api.getWageDecision('nobody')).toBeNull();
  });

  it('names the field of a refused payroll number and a wage decision date taken', async () => {
    const { api } = await freshApi();
    const { anna } = await seedOctober(api);
    const clash = (await api
      .createCitizen({
        name: 'Dora',
        payrollNumber: '1001',
        cpr: '0101901234',
        offer: 'SEL104',
        startDate: '2026-01-01',
      })
      .catch((e: unknown) => e)) as DataError;
    expect(clash.issues).toEqual([
      { path: ['payrollNumber'], message: 'lønnummeret 1001 bruges allerede af Anna Ærø' },
    ]);
    const taken = (await api
      .createWageDecision({
        citizenId: anna.id,
        effectiveFrom: '2026-10-16',
        hourlyWage: 20,
        justification: 'Igen',
        assessorInitials: 'ABC',
      })
      .catch((e: unknown) => e)) as DataError;
    expect(taken.issues).toEqual([
      {
        path: ['effectiveFrom'],
        message: 'der findes allerede en lønafgørelse fra 16.10.2026; ret den i stedet',
      },
    ]);
  });
});
