import { describe, expect, it } from 'vitest';
import type { StorageStatus } from '../../../shared/data/api';
import {
  auditLine,
  backupFileName,
  backupSavedStatus,
  canRequestPersistence,
  restoreFailedStatus,
  restoreStatus,
  storageUsage,
} from '../../../renderer/src/features/settings/settingsModel';

describe('backup and restore messages', () => {
  it('names the backup file by the day', () => {
    expect(backupFileName('2026-11-24')).toBe('jobbasen-sikkerhedskopi-2026-11-24.json');
  });

  it('says where the backup went, or that it was cancelled', () => {
    expect(backupSavedStatus('b.json', { saved: true, path: '/x/b.json' })).toEqual({
      kind: 'success',
      text: 'Sikkerhedskopien er gemt i /x/b.json.',
    });
    expect(backupSavedStatus('b.json', { saved: true }).text).toBe('b.json er hentet.');
    expect(backupSavedStatus('b.json', { saved: false })).toEqual({
      kind: 'error',
      text: 'Gemningen blev annulleret.',
    });
  });

  it('counts what a restore brought back and where the previous data went', () => {
    const s = restoreStatus({
      ok: true,
      fromVersion: 2,
      counts: {
        citizens: 3,
        grants: 3,
        wageDecisions: 2,
        attendance: 40,
        settingsVersions: 1,
        monthCloses: 1,
        auditLog: 9,
      } as never,
      safetyCopyId: 4,
    });
    expect(s).toEqual({
      kind: 'success',
      text: 'Sikkerhedskopien er gendannet: 3 borgere, 2 lønafgørelser, 40 fremmøderegistreringer, 1 lukkede måneder. De tidligere data er gemt som sikkerhedskopi nr. 4.',
    });
  });

  it('passes a refused restore’s Danish reason on; an unreadable file changed nothing', () => {
    expect(restoreStatus({ ok: false, message: 'Filen er ikke en sikkerhedskopi.' })).toEqual({
      kind: 'error',
      text: 'Filen er ikke en sikkerhedskopi.',
    });
    expect(restoreFailedStatus('Der skete en fejl: x').text).toBe(
      'Filen kunne ikke læses; intet er ændret. Der skete en fejl: x',
    );
  });
});

describe('storage', () => {
  const status = (patch: Partial<StorageStatus>): StorageStatus => ({
    supported: true,
    persisted: false,
    usageBytes: null,
    quotaBytes: null,
    writesStopped: false,
    message: '',
    ...patch,
  });

  it('shows the space used in MB with a decimal comma, nothing when unknown', () => {
    expect(storageUsage(status({ usageBytes: 12.34 * 1024 * 1024 }))).toBe('12,3 MB brugt');
    expect(storageUsage(status({}))).toBeNull();
  });

  it('offers durable storage only when the browser can give it and has not', () => {
    expect(canRequestPersistence(status({}))).toBe(true);
    expect(canRequestPersistence(status({ persisted: true }))).toBe(false);
    expect(canRequestPersistence(status({ supported: false }))).toBe(false);
  });
});

describe('audit log', () => {
  it('says who changed what, in Danish, with the reason', () => {
    const line = auditLine({
      at: '2026-11-03T08:00:00.000Z',
      by: 'DEF',
      table: 'monthCloses',
      recordId: '2026-10',
      action: 'reopen',
      reason: 'Rettelse',
    });
    expect(line).toMatch(/^03\.11\.2026 kl\. \d\d\.00 · DEF · Måned genåbnet – Rettelse$/);
    expect(
      auditLine({
        at: '2026-11-03T08:00:00.000Z',
        by: 'ABC',
        table: 'citizens',
        recordId: 'x',
        action: 'create',
      }),
    ).toMatch(/ · ABC · Borger oprettet$/);
  });
});
