import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_VERSION,
  V1_END_REASON,
  canonicalJson,
  parseBackup,
  serializeBackup,
  sha256Hex,
} from '../../../shared/backup';
import { backupV1, octoberBackup, octoberBackupData } from '../../fixtures/backups';

const here = dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => resolve(here, '../../fixtures/backup', name);

function ensureFixture(name: string, text: string) {
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(fixture(name), text);
  expect(existsSync(fixture(name)), `${name} mangler: kør med UPDATE_GOLDEN=1`).toBe(true);
  return readFileSync(fixture(name), 'utf8');
}

describe('SHA-256', () => {
  it('agrees with Node crypto on any text, including æøå, emoji and lone surrogates', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const expected = createHash('sha256').update(Buffer.from(s, 'utf8')).digest('hex');
        expect(sha256Hex(s)).toBe(expected);
      }),
      { numRuns: 300 },
    );
    const long = 'æ'.repeat(100_000);
    expect(sha256Hex(long)).toBe(createHash('sha256').update(long, 'utf8').digest('hex'));
  });
});

describe('backup format', () => {
  it('reads the current fixture back to the same data', () => {
    const text = ensureFixture('backup-v7.json', octoberBackup());
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.fromVersion).toBe(BACKUP_VERSION);
    expect(canonicalJson(parsed.data)).toBe(canonicalJson(octoberBackupData()));
    expect(serializeBackup(parsed.data, { createdAt: parsed.createdAt, appVersion: '0.1.0' })).toBe(
      text,
    );
  });

  it('migrates a format-6 backup (written before export templates) to the current version', () => {
    // The kept file, never rewritten: what a version-6 installation wrote.
    const parsed = parseBackup(readFileSync(fixture('backup-v6.json'), 'utf8'));
    expect(parsed).toMatchObject({ ok: true, fromVersion: 6 });
    if (!parsed.ok) return;
    expect(canonicalJson(parsed.data)).toBe(canonicalJson(octoberBackupData()));
    expect(parsed.data.exportTemplates).toEqual([]);
  });

  it('migrates a format-3 backup (written before the audit chain), chaining its log', () => {
    // The kept file, never rewritten: what a version-3 installation wrote.
    const text = readFileSync(fixture('backup-v3.json'), 'utf8');
    expect(text).not.toContain('"hash"');
    const parsed = parseBackup(text);
    expect(parsed).toMatchObject({ ok: true, fromVersion: 3 });
    if (!parsed.ok) return;
    expect(canonicalJson(parsed.data)).toBe(canonicalJson(octoberBackupData()));
    expect(parsed.data.auditLog.every((e) => /^[0-9a-f]{64}$/.test(e.hash ?? ''))).toBe(true);
  });

  it('migrates a format-5 backup (written before the bounds of issue 11) to the current version', () => {
    // The kept file, never rewritten: what a version-5 installation wrote.
    const parsed = parseBackup(readFileSync(fixture('backup-v5.json'), 'utf8'));
    expect(parsed).toMatchObject({ ok: true, fromVersion: 5 });
    if (!parsed.ok) return;
    expect(canonicalJson(parsed.data)).toBe(canonicalJson(octoberBackupData()));
  });

  it('migrates a format-2 backup (written before efterregulering) to the current version', () => {
    // The kept file, never rewritten: what a version-2 installation wrote.
    const parsed = parseBackup(readFileSync(fixture('backup-v2.json'), 'utf8'));
    expect(parsed).toMatchObject({ ok: true, fromVersion: 2 });
    if (!parsed.ok) return;
    expect(canonicalJson(parsed.data)).toBe(canonicalJson(octoberBackupData()));
    expect(parsed.data.wageDecisions.every((w) => w.correction === undefined)).toBe(true);
  });

  it('migrates a format-4 backup (written before work areas) to one area holding its reference wages', () => {
    // The kept file, never rewritten: what a version-4 installation wrote (docs/rules.md §6).
    const parsed = parseBackup(readFileSync(fixture('backup-v4.json'), 'utf8'));
    expect(parsed).toMatchObject({ ok: true, fromVersion: 4 });
    if (!parsed.ok) return;
    expect(canonicalJson(parsed.data)).toBe(canonicalJson(octoberBackupData()));
    expect(parsed.data.workAreas).toEqual([
      expect.objectContaining({ id: 'jobbasen', name: 'Jobbasen' }),
    ]);
    expect(parsed.data.citizens.every((c) => c.workAreas?.[0]?.areaId === 'jobbasen')).toBe(true);
    // The closed October stays exactly as it was closed: no area is written into it.
    expect(parsed.data.monthCloses[0]!.payroll.rows.every((r) => r.workArea === undefined)).toBe(
      true,
    );
  });

  it('migrates a format-1 backup instead of refusing it, losing nothing', () => {
    const text = ensureFixture('backup-v1.json', backupV1());
    const parsed = parseBackup(text);
    expect(parsed).toMatchObject({ ok: true, fromVersion: 1 });
    if (!parsed.ok) return;
    const d = parsed.data;
    expect(d.citizens.map((c) => c.id)).toEqual(['c-anna', 'c-erik']);
    expect(d.citizens[1]).toMatchObject({
      endDate: '2026-08-31',
      endReason: V1_END_REASON,
      municipalTransport: true,
    });
    expect(d.citizens[0]).not.toHaveProperty('active');
    expect(d.wageDecisions.map((w) => w.assessorInitials)).toEqual(['ABC', 'ABC']);
    expect(d.attendance[2]).toMatchObject({ hours: 0, absence: 'andet', note: 'Ringede syg' });
    expect(d.settingsVersions).toHaveLength(1);
    expect(d.settingsVersions[0]).toMatchObject({
      validFrom: '2000-01',
      settings: { kmRate: 2.19 },
    });
    expect(d.auditLog).toHaveLength(1);
  });

  it.each([
    ['empty', '', /ikke gyldig JSON/],
    ['truncated', octoberBackup().slice(0, 500), /ikke gyldig JSON/],
    ['foreign JSON', '{"hello":"world"}', /ikke en sikkerhedskopi fra Jobbasen Løn/],
    ['a JSON array', '[1,2,3]', /ikke en sikkerhedskopi/],
    [
      'a newer version',
      octoberBackup().replace(`"version": ${BACKUP_VERSION}`, `"version": ${BACKUP_VERSION + 1}`),
      /nyere version/,
    ],
    [
      'version 0',
      octoberBackup().replace(`"version": ${BACKUP_VERSION}`, '"version": 0'),
      /versionsnummer/,
    ],
    [
      'a changed amount',
      octoberBackup().replace('"hourlyWage": 21.5', '"hourlyWage": 31.5'),
      /kontrolsummen/,
    ],
    [
      'a wrong checksum',
      octoberBackup().replace(/"value": "[0-9a-f]{4}/, '"value": "0000'),
      /kontrolsummen/,
    ],
  ])('refuses %s with a clear Danish message', (_name, text, message) => {
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('refuses a file whose checksum matches but whose rows are invalid, naming the field', () => {
    const data = octoberBackupData();
    (data.citizens[0] as { cpr: string }).cpr = '3102901234';
    const text = serializeBackup(data, { createdAt: '2026-11-02T12:00:00.000Z', appVersion: 'x' });
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain('data.citizens[0].cpr');
  });

  it('refuses rows pointing at a citizen who is not there', () => {
    const data = octoberBackupData();
    data.attendance.push({
      citizenId: 'c-ghost',
      date: '2026-10-02',
      hours: 1,
      updatedAt: '2026-10-02T08:00:00.000Z',
    });
    const parsed = parseBackup(
      serializeBackup(data, { createdAt: '2026-11-02T12:00:00.000Z', appVersion: 'x' }),
    );
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain('borgeren c-ghost findes ikke');
  });
});
