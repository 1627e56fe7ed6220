// `npm run payroll` and the subtotals per work area (docs/rules.md §§9, 10; issue 12): a month
// closed in the earlier layout, its rows in two areas, still verifies and gives the bytes that
// were sent; the same month closed with the subtotals gives them. Through the real CLI.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup, type BackupData } from '../../shared/backup';
import { sha256Hex } from '../../shared/backup/sha256';
import { buildCsv } from '../../shared/csv';
import { payrollHash } from '../../shared/month';

const root = resolve(import.meta.dirname, '../..');
const tsx = resolve(root, 'node_modules/.bin/tsx');
const fixture = resolve(root, 'test/fixtures/backup/backup-v2.json');
const golden = (name: string) => readFileSync(resolve(root, 'test/fixtures/golden', name));
const dir = mkdtempSync(join(tmpdir(), 'payroll-areas-'));

const parsed = parseBackup(readFileSync(fixture, 'utf8'));
if (!parsed.ok) throw new Error(parsed.message);
const { data, createdAt } = parsed;

/** October's closing with its rows in two areas; `sent` gives the hash of the file sent. */
function backupWithAreas(name: string, sent: (d: BackupData) => string): string {
  const copy = structuredClone(data);
  const close = copy.monthCloses.find((c) => c.month === '2026-10')!;
  close.payroll.rows.forEach((row, i) => {
    row.workArea =
      i % 2 === 0 ? { id: 'park', name: 'Have og park' } : { id: 'mon', name: 'Montage' };
  });
  if (close.resultsHash !== undefined) close.resultsHash = payrollHash(close.payroll);
  close.fileHash = sent(copy);
  const file = join(dir, name);
  writeFileSync(file, serializeBackup(copy, { createdAt, appVersion: 'x' }));
  return file;
}

function payroll(backup: string, profile: string) {
  const out = join(dir, `${profile}-${Math.random().toString(36).slice(2)}.csv`);
  const r = spawnSync(
    tsx,
    [
      'cli/payroll.ts',
      '--backup',
      backup,
      '--month',
      '2026-10',
      '--profile',
      profile,
      '--out',
      out,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  return { ...r, bytes: r.status === 0 ? readFileSync(out) : null };
}

describe('npm run payroll with two work areas', () => {
  it('a month closed before the subtotals: exit 0 and the bytes that were sent, both profiles', () => {
    const close = data.monthCloses.find((c) => c.month === '2026-10')!;
    // The fixture's month was closed in the profile below; the file sent had no subtotals.
    const old = golden(`${close.exportProfile}-2026-10.csv`);
    const backup = backupWithAreas('old-layout.json', () => sha256Hex(old.toString('utf8')));
    for (const profile of ['excel', 'wage-types']) {
      const r = payroll(backup, profile);
      expect(r.stderr, profile).toBe('');
      expect(r.status, profile).toBe(0);
      expect(r.bytes!.equals(golden(`${profile}-2026-10.csv`)), profile).toBe(true);
    }
  });

  it('a month closed with the subtotals: exit 0 and the file with them', () => {
    const backup = backupWithAreas('new-layout.json', (d) => {
      const close = d.monthCloses.find((c) => c.month === '2026-10')!;
      return sha256Hex(buildCsv(close.payroll, close.exportProfile as 'excel' | 'wage-types'));
    });
    const r = payroll(backup, 'wage-types');
    expect(r.status).toBe(0);
    expect(r.bytes!.toString('utf8')).toContain(';I alt Have og park;;I alt Løn efter indsats;');
  });
});
