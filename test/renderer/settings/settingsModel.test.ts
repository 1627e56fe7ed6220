import { describe, expect, it } from 'vitest';
import type { StorageStatus } from '../../../shared/data/api';
import {
  auditLine,
  backupFileName,
  passwordSavedStatus,
  protectionLine,
  backupSavedStatus,
  canRequestPersistence,
  citizenChoices,
  previewRefusedStatus,
  restoreCountRows,
  restoreFailedStatus,
  restoreStatus,
  safetyCopyLine,
  storageUsage,
} from '../../../renderer/src/features/settings/settingsModel';
import { chainStatus } from '../../../renderer/src/features/settings/auditChainModel';

describe('backup and restore messages', () => {
  it('names the backup file by the day', () => {
    expect(backupFileName('2026-11-24')).toBe('jobbasen-sikkerhedskopi-2026-11-24.json');
  });

  it('says where the backup went, or that it was cancelled', () => {
    expect(backupSavedStatus('b.json', { saved: true, path: '/x/b.json' })).toEqual({
      kind: 'success',
      text: 'Sikkerhedskopien er gemt i /x/b.json. Den er IKKE krypteret.',
    });
    expect(backupSavedStatus('b.json', { saved: true }).text).toBe(
      'b.json er hentet. Den er IKKE krypteret.',
    );
    expect(backupSavedStatus('b.jlbak', { saved: true }, true).text).toBe(
      'b.jlbak er hentet. Den er krypteret med adgangskoden.',
    );
    expect(backupSavedStatus('b.json', { saved: false })).toEqual({
      kind: 'error',
      text: 'Gemningen blev annulleret.',
    });
  });

  it('names a protected backup .jlbak and says what the password does (docs/rules.md §11)', () => {
    expect(backupFileName('2026-11-24', true)).toBe('jobbasen-sikkerhedskopi-2026-11-24.jlbak');
    expect(backupFileName('2026-11-24')).toBe('jobbasen-sikkerhedskopi-2026-11-24.json');
    expect(passwordSavedStatus(null, true).text).toMatch(/krypteres uden at spørge/);
    expect(passwordSavedStatus('Styresystemet kan ikke …', true).text).not.toMatch(
      /uden at spørge/,
    );
    expect(protectionLine('24.11.2026', 'locked', false)).toMatch(/Du bliver spurgt/);
    expect(protectionLine('24.11.2026', 'ready', true)).toMatch(/beskyttet af styresystemet/);
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
      importedAudit: 7,
    });
    expect(s).toEqual({
      kind: 'success',
      text: 'Sikkerhedskopien er gendannet: 3 borgere, 2 lønafgørelser, 40 fremmøderegistreringer, 1 lukket måned. De tidligere data er gemt som sikkerhedskopi nr. 4. Logbogen her er bevaret, og 7 poster fra filens logbog er tilføjet.',
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
    expect(line).toMatch(
      /^03\.11\.2026 kl\. \d\d\.00 · DEF · Måned oktober 2026 genåbnet – Rettelse$/,
    );
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

describe('the restore question (issue 10, finding 12)', () => {
  const counts = (n: number) => ({
    citizens: n,
    grants: n,
    wageDecisions: n,
    attendance: n,
    settingsVersions: 1,
    monthCloses: 0,
    exportTemplates: 0,
    auditLog: n * 3,
    workAreas: 1,
  });
  it('lists each kind of data in the copy beside now, in Danish', () => {
    const rows = restoreCountRows({
      ok: true,
      createdAt: '2026-11-24T09:00:00.000Z',
      fromVersion: 2,
      counts: counts(1),
      current: counts(2),
    });
    expect(rows[0]).toEqual({ label: 'Borgere', inFile: 1, now: 2 });
    expect(rows.map((r) => r.label)).toEqual([
      'Borgere',
      'Bevillinger',
      'Lønafgørelser',
      'Fremmødedage',
      'Indstillingsversioner',
      'Lukkede måneder',
      'Lønfilskabeloner',
      'Poster i logbogen (bevares, filens tilføjes)',
      'Arbejdsområder',
    ]);
  });
  it('says a refused file changed nothing, and names a safety copy by its time', () => {
    expect(previewRefusedStatus({ ok: false, message: 'Filen er tom.' }).text).toBe(
      'Filen kan ikke gendannes; intet er ændret. Filen er tom.',
    );
    expect(
      safetyCopyLine({ id: 1, takenAt: '2026-11-24T09:00:00.000Z', reason: 'Før gendannelse' }),
    ).toMatch(/^24\.11\.2026 kl\. \d\d\.00 · Før gendannelse$/);
  });
  it('counts with the right form of each noun', () => {
    const s = restoreStatus({ ok: true, fromVersion: 2, counts: counts(1), safetyCopyId: 2 });
    expect(s.text).toBe(
      'Sikkerhedskopien er gendannet: 1 borger, 1 lønafgørelse, 1 fremmøderegistrering, 0 lukkede måneder. De tidligere data er gemt som sikkerhedskopi nr. 2. Logbogen her er bevaret.',
    );
  });
});

describe('the audit log card', () => {
  it('filters by any citizen, sorted the Danish way, or all', () => {
    expect(
      citizenChoices([
        { id: 'b', name: 'Åse Holm', payrollNumber: '2' },
        { id: 'a', name: 'Anna Andersen', payrollNumber: '1' },
        { id: 'c', name: 'Ølle Bo', payrollNumber: '3' },
      ]).map((c) => c.label),
    ).toEqual(['Alle borgere', 'Anna Andersen (1)', 'Ølle Bo (3)', 'Åse Holm (2)']);
  });

  it('names the citizen an entry is about', () => {
    const line = auditLine(
      {
        at: '2026-11-03T08:00:00.000Z',
        by: 'ABC',
        table: 'attendance',
        recordId: 'c-1|2026-10-15',
        action: 'update',
        before: { citizenId: 'c-1', date: '2026-10-15', hours: 6 },
        after: { citizenId: 'c-1', date: '2026-10-15', hours: 5 },
      },
      () => 'Anna Andersen',
    );
    expect(line).toMatch(/ · ABC · Fremmøde Anna Andersen 15\.10\.2026: 6 → 5 timer$/);
  });
});

describe('the audit chain notice (docs/rules.md §13)', () => {
  const bad = {
    id: 7,
    at: '2026-11-24T09:00:00.000Z',
    by: 'JH',
    account: 'jens.hansen',
    table: 'citizens',
    recordId: 'c-1',
    action: 'reveal',
  } as const;
  it('says intact with the count, or broken naming the first entry that does not follow', () => {
    expect(chainStatus({ intact: true, count: 12, head: { id: 12, hash: 'x' } })).toEqual({
      kind: 'success',
      text: 'Logbogen er intakt: 12 poster, hver kædet til den forrige.',
    });
    const broken = chainStatus({ intact: false, count: 7, firstBad: bad, why: 'hash' }, (id) =>
      id === 'c-1' ? 'Anna Andersen' : undefined,
    );
    expect(broken.kind).toBe('error');
    expect(broken.text).toMatch(
      /^Logbogen er brudt ved post nr\. 7 \(24\.11\.2026 kl\. \d\d\.00 · JH \(jens\.hansen\) · CPR-nummer vist for Anna Andersen\): posten er ændret/,
    );
    expect(chainStatus({ intact: false, count: 3, why: 'tail' }).text).toBe(
      'Logbogen er brudt: de nyeste poster mangler: kæden slutter før det sidst gemte led.',
    );
  });

  it('marks an entry that came with a restored backup', () => {
    expect(auditLine({ ...bad, imported: { id: 3 } })).toMatch(
      /CPR-nummer vist \(fra en gendannet sikkerhedskopi\)$/,
    );
  });
});
