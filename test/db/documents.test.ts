// Document settings (docs/rules.md §12): the user list and appeal text, audited, and carried by
// backups (they live in the audit log, which every backup holds).
import { describe, expect, it } from 'vitest';
import { DataError } from '../../shared/data/errors';
import { describeAudit } from '../../shared/audit/describe';
import { freshApi } from './helpers';

const karen = { initials: 'kbj', name: 'Karen Bach Jensen', title: 'Værkstedsleder' };

describe('document settings', () => {
  it('start empty, are saved whole and audited', async () => {
    const { api } = await freshApi();
    expect(await api.getDocumentSettings()).toEqual({ users: [], appealText: '' });
    const saved = await api.saveDocumentSettings({
      users: [karen],
      appealText: ' Klag inden 4 uger. ',
    });
    expect(saved).toEqual({
      users: [{ ...karen, initials: 'KBJ' }],
      appealText: 'Klag inden 4 uger.',
    });
    expect(await api.getDocumentSettings()).toEqual(saved);
    const [entry] = await api.listAudit({ recordId: 'documentSettings' });
    expect(entry).toMatchObject({ table: 'database', action: 'update', by: 'ABC', after: saved });
    expect(describeAudit(entry!)).toBe(
      'Brugere og klagevejledning gemt: 1 bruger, klagevejledning: egen tekst',
    );
  });

  it('refuse doubled initials and empty names, naming the field, and keep what was there', async () => {
    const { api } = await freshApi();
    await api.saveDocumentSettings({ users: [karen], appealText: '' });
    const err = await api
      .saveDocumentSettings({ users: [karen, { ...karen, name: ' ' }], appealText: '' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataError);
    expect((err as DataError).issues).toEqual(
      expect.arrayContaining([
        { path: ['users', 1, 'initials'], message: 'KBJ står der allerede' },
        { path: ['users', 1, 'name'], message: 'må ikke være tom' },
      ]),
    );
    expect((await api.getDocumentSettings()).users).toHaveLength(1);
  });

  it('come back with a restored backup on another PC', async () => {
    const a = await freshApi();
    await a.api.saveDocumentSettings({ users: [karen], appealText: 'Egen tekst.' });
    const backup = await a.api.exportBackup({ createdAt: '2026-11-30T12:00:00.000Z' });
    const b = await freshApi();
    expect((await b.api.restoreBackup(backup)).ok).toBe(true);
    expect(await b.api.getDocumentSettings()).toEqual({
      users: [{ ...karen, initials: 'KBJ' }],
      appealText: 'Egen tekst.',
    });
  });

  it('audits a document printed or saved, under its citizen or its month (docs/rules.md §§12, 13)', async () => {
    const { api } = await freshApi();
    const anna = await api.createCitizen({
      name: 'Anna Andersen',
      payrollNumber: '1001',
      cpr: '010190-1234',
      offer: 'SEL103',
      startDate: '2026-01-01',
    });
    await api.recordAccess({
      kind: 'document',
      document: 'decisionLetter',
      how: 'print',
      citizenId: anna.id,
    });
    await api.recordAccess({
      kind: 'document',
      document: 'monthReport',
      how: 'csv',
      month: '2026-10',
      fileName: 'maanedsrapport-2026-10.csv',
    });
    await api.recordAccess({
      kind: 'document',
      document: 'yearSummary',
      how: 'pdf',
      month: '2026-01',
      citizenId: anna.id,
    });
    const names = () => 'Anna Andersen';
    const texts = (await api.listAudit({ limit: 3 })).map((e) => describeAudit(e, names)).reverse();
    expect(texts).toEqual([
      'Afgørelsesbrev (Anna Andersen) sendt til udskrift',
      'Månedsrapport for oktober 2026 eksporteret som CSV (maanedsrapport-2026-10.csv)',
      'Årsoversigt 2026 (Anna Andersen) gemt som PDF',
    ]);
    expect(await api.listAudit({ citizenId: anna.id, limit: 5 })).toHaveLength(3);
    await expect(
      api.recordAccess({ kind: 'document', document: 'letter' as never, how: 'print' }),
    ).rejects.toBeInstanceOf(DataError);
  });

  it('names the work area a document was limited to, as it was called then (docs/rules.md §6)', async () => {
    const { api } = await freshApi();
    await api.recordAccess({
      kind: 'document',
      document: 'statement',
      how: 'print',
      month: '2026-10',
      area: 'Have og park',
    });
    await api.recordAccess({
      kind: 'document',
      document: 'attendanceSheet',
      how: 'pdf',
      month: '2026-10',
      area: 'Montage',
      fileName: 'fremmoedeliste-2026-10.pdf',
    });
    const texts = (await api.listAudit({ limit: 2 }))
      .map((e) => describeAudit(e, () => ''))
      .reverse();
    expect(texts).toEqual([
      'Lønbesked for oktober 2026, Have og park sendt til udskrift',
      'Fremmødeliste for oktober 2026, Montage gemt som PDF (fremmoedeliste-2026-10.pdf)',
    ]);
    await expect(
      api.recordAccess({ kind: 'document', document: 'statement', how: 'print', area: ' ' }),
    ).rejects.toBeInstanceOf(DataError);
  });
});
