// `payroll` and its files (issue 11, finding 7; docs/rules.md §11): --out never over the backup,
// however spelled; the streamed backup layout is read; a run that fails leaves --out as it was.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  linkSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSameFile } from '../../cli/out-file';

const root = resolve(import.meta.dirname, '../..');
const tsx = resolve(root, 'node_modules/.bin/tsx');
const lines = resolve(root, 'test/fixtures/backup/backup-v6-lines.jsonl');
const dir = mkdtempSync(join(tmpdir(), 'payroll-files-'));

function run(...args: string[]) {
  return spawnSync(tsx, ['cli/payroll.ts', ...args], { cwd: root, encoding: 'utf8' });
}

describe('payroll --out', () => {
  const backup = join(dir, 'kopi.json');
  copyFileSync(lines, backup);
  const original = readFileSync(backup);
  symlinkSync(backup, join(dir, 'link.json'));
  linkSync(backup, join(dir, 'hard.json'));

  it.each([
    backup,
    join(dir, '.', 'kopi.json'),
    join(dir, '..', dir.split('/').at(-1)!, 'kopi.json'),
    join(dir, 'link.json'),
    join(dir, 'hard.json'),
  ])('refuses --out equal to --backup (%s): exit 2, the backup untouched', (out) => {
    const r = run('--backup', backup, '--month', '2026-10', '--profile', 'excel', '--out', out);
    expect(r.stderr).toMatch(/--out: .* er selve sikkerhedskopien/);
    expect(r.status).toBe(2);
    expect(readFileSync(backup)).toEqual(original);
  });

  it('reads the streamed backup layout and writes the CSV', () => {
    const out = join(dir, 'loen.csv');
    const r = run('--backup', backup, '--month', '2026-10', '--profile', 'excel', '--out', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^\uFEFF/);
  });

  it('a refused run leaves an existing --out exactly as it was', () => {
    const out = join(dir, 'gammel.csv');
    writeFileSync(out, 'den gamle lønfil\r\n');
    const r = run('--backup', backup, '--month', '2026-13', '--profile', 'excel', '--out', out);
    expect(r.status).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('den gamle lønfil\r\n');
  });

  it('isSameFile tells different files apart', () => {
    expect(isSameFile(backup, join(dir, 'loen.csv'))).toBe(false);
    expect(isSameFile(backup, join(dir, 'findes-ikke.csv'))).toBe(false);
  });
});
