import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../renderer/db/errors';
import { freshRepo, seedOctober } from './helpers';

describe('repository', () => {
  it('creates, updates and ends a citizen, auditing every change with initials', async () => {
    const { repo } = await freshRepo();
    const c = await repo.createCitizen({
      name: ' Anna ',
      payrollNumber: '1001',
      cpr: '010190-1234',
      offer: 'SEL103',
      startDate: '2026-01-01',
    });
    expect(c.name).toBe('Anna');
    expect(c.cpr).toBe('0101901234');
    const u = await repo.updateCitizen(c.id, { name: 'Anna B' }, c.updatedAt);
    expect(u.name).toBe('Anna B');
    await expect(repo.updateCitizen(c.id, { name: 'X' }, c.updatedAt)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const e = await repo.endCitizen(c.id, { endDate: '2026-12-31', endReason: 'Flyttet' });
    expect(e.endDate).toBe('2026-12-31');
    expect(await repo.listCitizens()).toHaveLength(0);
    expect(await repo.listCitizens({ includeEnded: true })).toHaveLength(1);
    const log = await repo.listAudit({ recordId: c.id });
    expect(log.map((l) => l.action)).toEqual(['end', 'update', 'create']);
    expect(log[1]).toMatchObject({
      by: 'ABC',
      before: { name: 'Anna' },
      after: { name: 'Anna B' },
    });
  });

  it('refuses bad input with Danish messages naming the field', async () => {
    const { repo } = await freshRepo();
    const err = await repo
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
      'cpr: de første seks cifre er ikke en gyldig dato',
    );
  });

  it('requires initials before any change', async () => {
    const { db } = await freshRepo();
    const { createRepository } = await import('../../renderer/db/repository');
    await db.meta.delete('currentUser');
    const repo = createRepository(db);
    await expect(
      repo.createCitizen({
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
    const { repo } = await freshRepo();
    const { anna, carl } = await seedOctober(repo);
    const g1 = await repo.createGrant({
      citizenId: anna.id,
      size: 'threeQuarters',
      startDate: '2026-01-31',
    });
    const g2 = await repo.createGrant({
      citizenId: carl.id,
      size: 'half',
      startDate: '2026-01-31',
    });
    expect(g1.followUpDue).toBe('2026-07-31');
    expect(g2.followUpDue).toBe('2027-01-31');
    expect((await repo.listFollowUpsDue('2026-08-01')).map((g) => g.id)).toEqual([g1.id]);
    const next = await repo.recordFollowUp(g1.id, '2026-07-15');
    expect(next.followUpDue).toBe('2027-01-15');
  });

  it('saves a citizen with its grant in one transaction: a refused grant stores neither', async () => {
    const { repo } = await freshRepo();
    const citizen = {
      name: 'Bo',
      payrollNumber: '2001',
      cpr: '010190-1234',
      offer: 'SEL103' as const,
      startDate: '2026-01-01',
    };
    const refused = await repo
      .saveCitizenWithGrant({
        citizen: { input: citizen },
        grant: { input: { size: 'huge' as 'half', startDate: '2026-01-01' } },
      })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DataError);
    expect((refused as DataError).message).toContain('size');
    expect(await repo.listCitizens({ includeEnded: true })).toEqual([]);
    expect(await repo.listAudit({})).toEqual([]);

    const { citizen: bo, grant } = await repo.saveCitizenWithGrant({
      citizen: { input: citizen },
      grant: { input: { size: 'half', startDate: '2026-01-01' } },
    });
    expect(grant).toMatchObject({ citizenId: bo.id, followUpDue: '2026-07-01' });

    // An update whose grant change is refused leaves the citizen's name as it was.
    await expect(
      repo.saveCitizenWithGrant({
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
    expect((await repo.getCitizen(bo.id))?.name).toBe('Bo');
  });

  it('upserts attendance per day and removes an empty day', async () => {
    const { repo } = await freshRepo();
    const { anna } = await seedOctober(repo);
    await repo.upsertAttendance({ citizenId: anna.id, date: '2026-10-02', hours: 4 });
    await repo.upsertAttendance({ citizenId: anna.id, date: '2026-10-02', hours: 4.5 });
    expect((await repo.listAttendance('2026-10', anna.id)).map((a) => [a.date, a.hours])).toEqual([
      ['2026-10-01', 6],
      ['2026-10-02', 4.5],
      ['2026-10-20', 5.5],
      ['2026-10-21', 0],
    ]);
    await repo.deleteAttendance({ citizenId: anna.id, date: '2026-10-02' });
    expect(await repo.listAttendance('2026-10', anna.id)).toHaveLength(3);
    await expect(
      repo.upsertAttendance({ citizenId: anna.id, date: '2026-10-02', hours: 3, absence: 'syg' }),
    ).rejects.toThrow(/absence/);
  });

  it('computes the month through the domain core (domain.md § 8 example 4)', async () => {
    const { repo } = await freshRepo();
    const { anna } = await seedOctober(repo);
    const view = await repo.getMonth('2026-10');
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
    const { repo } = await freshRepo();
    const { anna, decisions } = await seedOctober(repo);
    const close = await repo.closeMonth('2026-10', 'excel');
    expect(close.wageDecisionIds).toEqual([...decisions.map((d) => d.id)].sort());
    const first = await repo.exportMonthCsv('2026-10', 'excel');
    expect(first.sha256).toBe(close.fileHash);
    expect(first.frozen).toBe(true);

    await expect(
      repo.upsertAttendance({ citizenId: anna.id, date: '2026-10-02', hours: 1 }),
    ).rejects.toMatchObject({ code: 'CLOSED_MONTH' });
    await expect(
      repo.updateWageDecision(decisions[1]!.id, { hourlyWage: 22 }),
    ).rejects.toMatchObject({ code: 'LOCKED' });
    await expect(repo.deleteWageDecision(decisions[1]!.id)).rejects.toMatchObject({
      code: 'LOCKED',
    });

    // Changes elsewhere do not touch the frozen month.
    await repo.updateCitizen(anna.id, { name: 'Anna Omdøbt' });
    await repo.saveSettingsVersion({
      validFrom: '2026-01',
      settings: { ...(await repo.getSettingsForMonth('2026-10')).settings, kmRate: 3.5 },
      wageTypeCodes: { wage: '1', transportReimbursement: '2', transportDeduction: '3' },
    });
    const again = await repo.exportMonthCsv('2026-10', 'excel');
    expect(again.content).toBe(first.content);
    const wt1 = await repo.exportMonthCsv('2026-10', 'wage-types');
    expect(wt1.content).toContain(';1100;');

    await expect(repo.reopenMonth('2026-10', '  ')).rejects.toThrow(/Begrundelsen/);
    const reopened = await repo.reopenMonth('2026-10', 'Forkerte timer for Bo');
    expect(reopened.status).toBe('reopened');
    const log = await repo.listAudit({ table: 'monthCloses' });
    expect(log[0]).toMatchObject({ action: 'reopen', reason: 'Forkerte timer for Bo', by: 'ABC' });
    // Used for pay once: still locked; a change is a new decision.
    await expect(
      repo.updateWageDecision(decisions[1]!.id, { hourlyWage: 22 }),
    ).rejects.toMatchObject({ code: 'LOCKED' });
    const replacement = await repo.replaceWageDecision(decisions[1]!.id, {
      effectiveFrom: '2026-10-16',
      hourlyWage: 22,
      justification: 'Rettet sats',
      assessorInitials: 'ABC',
    });
    expect(replacement.supersedes).toBe(decisions[1]!.id);
    const view = await repo.getMonth('2026-10');
    expect(view.status).toBe('reopened');
    const row = view.results.rows.find((r) => r.citizenId === anna.id)!;
    expect(row.result.wageLines[1]).toMatchObject({ hourlyWage: 22, amount: 121 });
    expect(row.name).toBe('Anna Omdøbt');
  });

  it('refuses to close a month with a citizen that cannot be computed', async () => {
    const { repo } = await freshRepo();
    const { bo } = await seedOctober(repo);
    const dora = await repo.createCitizen({
      name: 'Dora',
      payrollNumber: '1004',
      cpr: '0101901234',
      offer: 'SEL103',
      startDate: '2026-10-01',
    });
    await repo.upsertAttendance({ citizenId: dora.id, date: '2026-10-02', hours: 3 });
    const err = (await repo.closeMonth('2026-10', 'excel').catch((e: unknown) => e)) as DataError;
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toContain('Dora (1004): attendance[0].date: ingen lønafgørelse');
    expect(await repo.getMonthClose('2026-10')).toBeNull();
    expect(bo.id).toBeTruthy();
  });

  it('refuses a hand-set wage below the floor in force, naming the field', async () => {
    const { repo } = await freshRepo();
    const { anna } = await seedOctober(repo);
    const err = (await repo
      .createWageDecision({
        citizenId: anna.id,
        effectiveFrom: '2026-11-01',
        hourlyWage: 7.49,
        justification: 'For lav',
        assessorInitials: 'ABC',
      })
      .catch((e: unknown) => e)) as DataError;
    expect(err.issues).toEqual(['hourlyWage: må ikke være under mindstelønnen 7,50 kr.']);
  });

  it('lists every wage decision in one read, per citizen in date order', async () => {
    const { repo } = await freshRepo();
    const { anna, bo, carl, decisions } = await seedOctober(repo);
    const all = await repo.listAllWageDecisions();
    expect(all).toHaveLength(decisions.length);
    for (const c of [anna, bo, carl])
      expect(all.filter((d) => d.citizenId === c.id)).toEqual(await repo.listWageDecisions(c.id));
  });

  it('chooses the settings version in force for the month', async () => {
    const { repo } = await freshRepo();
    await seedOctober(repo);
    const base = (await repo.getSettingsForMonth('2026-10')).settings;
    expect(base.kmRate).toBe(2.23);
    await repo.saveSettingsVersion({
      validFrom: '2026-11',
      settings: { ...base, kmRate: 3 },
      wageTypeCodes: { wage: '1100', transportReimbursement: '6100', transportDeduction: '6110' },
    });
    expect((await repo.getSettingsForMonth('2026-10')).settings.kmRate).toBe(2.23);
    expect((await repo.getSettingsForMonth('2026-12')).settings.kmRate).toBe(3);
  });
});
