import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../shared/backup';
import { buildCsv } from '../../shared/csv';
import { computeMonth, toPayrollMonth } from '../../shared/month';

const root = resolve(import.meta.dirname, '../..');
const tsx = resolve(root, 'node_modules/.bin/tsx');
const fixture = resolve(root, 'test/fixtures/backup/backup-v2.json');
const dir = mkdtempSync(join(tmpdir(), 'payroll-'));

function run(...args: string[]) {
  return spawnSync(tsx, ['cli/payroll.ts', ...args], { cwd: root, encoding: 'utf8' });
}

const parsed = parseBackup(readFileSync(fixture, 'utf8'));
if (!parsed.ok) throw new Error(parsed.message);
const data = parsed.data;

describe('npm run payroll', () => {
  it.each(['excel', 'wage-types'] as const)(
    'writes the same bytes as the app for a closed month (%s)',
    (profile) => {
      const out = join(dir, `closed-${profile}.csv`);
      const r = run('--backup', fixture, '--month', '2026-10', '--profile', profile, '--out', out);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const close = data.monthCloses.find((c) => c.month === '2026-10')!;
      expect(readFileSync(out)).toEqual(Buffer.from(buildCsv(close.payroll, profile), 'utf8'));
      if (profile === 'wage-types')
        expect(readFileSync(out)).toEqual(
          readFileSync(resolve(root, 'test/fixtures/golden/wage-types-2026-10.csv')),
        );
    },
  );

  it('computes an open month through the same core', () => {
    const out = join(dir, 'open.csv');
    const r = run(`--backup=${fixture}`, '--month=2026-09', '--profile=excel', `--out=${out}`);
    expect(r.status).toBe(0);
    const expected = buildCsv(toPayrollMonth(computeMonth({ month: '2026-09', ...data })), 'excel');
    expect(readFileSync(out, 'utf8')).toBe(expected);
  });

  it.each([
    [['--month', '2026-10', '--profile', 'excel', '--out', 'x.csv'], /--backup mangler/],
    [
      ['--backup', fixture, '--month', '2026-13', '--profile', 'excel', '--out', 'x'],
      /--month: skal være en måned/,
    ],
    [
      ['--backup', fixture, '--month', '2026-10', '--profile', 'pdf', '--out', 'x'],
      /--profile: skal være en af: excel, wage-types/,
    ],
    [
      ['--backup', fixture, '--month', '2026-10', '--profile', 'excel', '--out', 'x', '--fast'],
      /Ukendt argument/,
    ],
    [
      [
        '--backup',
        resolve(root, 'package.json'),
        '--month',
        '2026-10',
        '--profile',
        'excel',
        '--out',
        'x',
      ],
      /--backup: Filen er ikke en sikkerhedskopi/,
    ],
    [
      [
        '--backup',
        join(dir, 'nope.json'),
        '--month',
        '2026-10',
        '--profile',
        'excel',
        '--out',
        'x',
      ],
      /--backup: kan ikke læse/,
    ],
  ])('refuses bad input with a Danish message and exit 2: %j', (args, message) => {
    const out = join(dir, 'never.csv');
    const r = run(...args.map((a) => (a === 'x' || a === 'x.csv' ? out : a)));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });
});
