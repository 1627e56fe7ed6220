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
});
