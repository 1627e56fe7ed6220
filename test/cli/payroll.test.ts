import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup, type BackupData } from '../../shared/backup';
import { buildCsv } from '../../shared/csv';
import { computeMonth, toPayrollMonth } from '../../shared/month';
import { buildTemplateFile, presetByName } from '../../shared/export';

const root = resolve(import.meta.dirname, '../..');
const tsx = resolve(root, 'node_modules/.bin/tsx');
const fixture = resolve(root, 'test/fixtures/backup/backup-v2.json');
const dir = mkdtempSync(join(tmpdir(), 'payroll-'));

function run(...args: string[]) {
  return spawnSync(tsx, ['cli/payroll.ts', ...args], { cwd: root, encoding: 'utf8' });
}

const parsed = parseBackup(readFileSync(fixture, 'utf8'));
if (!parsed.ok) throw new Error(parsed.message);
const { data, createdAt } = parsed;

/** A valid backup (checksum and all) of `change(data)`, written to a file of its own. */
function backupOf(name: string, change: (d: BackupData) => void): string {
  const copy = structuredClone(data);
  change(copy);
  const file = join(dir, name);
  writeFileSync(file, serializeBackup(copy, { createdAt, appVersion: 'x' }));
  return file;
}

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

  it('refuses a closed month whose file no longer matches its hash: Danish message, exit 3', () => {
    // The stored results changed after closing (by hand, or the file builder changed since).
    const backup = backupOf('tampered.json', (d) => {
      d.monthCloses[0]!.payroll.rows[0]!.name = 'Ændret efter lukning';
    });
    const out = join(dir, 'tampered.csv');
    const args = ['--backup', backup, '--month', '2026-10', '--out', out, '--profile'];
    const r = run(...args, 'wage-types');
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(
      /^--backup: En lukket måned i sikkerhedskopien er ændret efter lukningen: .*oktober 2026: de frosne tal passer ikke med kontrolsummen fra lukningen/,
    );
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
    // issue 11, finding 6: the profile it was not closed with is refused too.
    expect(run(...args, 'excel').status).toBe(3);
  });

  it('finding 6: a re-sealed backup with a tampered 9 999,99 is refused in every profile: exit 3', () => {
    // Gross pay is in the Excel file only; the month was closed with the wage-types profile.
    // Failed before: the Excel file went out with 9.999,99 and exit 0.
    const backup = backupOf('tampered-gross.json', (d) => {
      const row = d.monthCloses[0]!.payroll.rows[0]!;
      const old = row.result.grossPay;
      row.result.grossPay = 9999.99;
      d.monthCloses[0]!.payroll.totals.grossPay += 9999.99 - old;
    });
    for (const profile of ['excel', 'wage-types']) {
      const out = join(dir, `tampered-gross-${profile}.csv`);
      const r = run('--backup', backup, '--month', '2026-10', '--profile', profile, '--out', out);
      expect(r.status).toBe(3);
      expect(r.stderr).toMatch(/oktober 2026: .*passer ikke/);
      expect(r.stderr).not.toMatch(/ at |Error/);
      expect(existsSync(out)).toBe(false);
    }
    // … whichever month is asked for: the file as a whole is not trusted.
    const out = join(dir, 'tampered-other-month.csv');
    const r = run('--backup', backup, '--month', '2026-09', '--profile', 'excel', '--out', out);
    expect(r.status).toBe(3);
  });

  it('finding 1: a value no schema bounds would accept is exit 2 naming the field, no stack trace', () => {
    const backup = backupOf('huge.json', (d) => {
      d.settingsVersions[0]!.settings.kmRate = 100000000000000;
    });
    const out = join(dir, 'huge.csv');
    const r = run('--backup', backup, '--month', '2026-09', '--profile', 'excel', '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/data\.settingsVersions\[0\]\.settings\.kmRate: må højst være 100/);
    expect(r.stderr).not.toMatch(/\n\s+at |RangeError/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an open month in which a citizen cannot be computed, naming them: exit 2', () => {
    const backup = backupOf('problem.json', (d) => {
      d.monthCloses = [];
      d.wageDecisions = d.wageDecisions.filter((w) => w.id !== 'w-anna-1');
    });
    const out = join(dir, 'problem.csv');
    const r = run('--backup', backup, '--month', '2026-10', '--profile', 'excel', '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Måneden oktober 2026 kan ikke eksporteres');
    expect(r.stderr).toContain('Anna Ærø (1001): Dato: ingen lønafgørelse gælder');
    expect(existsSync(out)).toBe(false);
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

  describe('--template NAME (docs/rules.md §9)', () => {
    const close = data.monthCloses.find((c) => c.month === '2026-10')!;
    const ids = Object.fromEntries(data.citizens.map((c) => [c.id, { cpr: c.cpr }]));
    const closings = close.history.filter((h) => h.action === 'closed').length;

    it("writes a preset's bytes in its encoding (Visma Løn: Windows-1252)", () => {
      const out = join(dir, 'visma.csv');
      const r = run('--backup', fixture, '--month', '2026-10', '--template', 'visma', '--out', out);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const file = buildTemplateFile(presetByName('visma')!, close.payroll, ids, closings);
      expect(readFileSync(out)).toEqual(Buffer.from(file.bytes));
      expect([...readFileSync(out).subarray(0, 30)]).toContain(0xf8); // ø in Windows-1252
    });

    it('uses a template saved in the app (from the backup)', () => {
      const danloen = { ...presetByName('danloen')!, name: 'holbaek', employerNumber: '12345678' };
      const backup = backupOf('templates.json', (d) => {
        d.exportTemplates = [
          {
            id: 't1',
            validFrom: '2026-01',
            template: danloen,
            createdAt: '2026-10-01T08:00:00.000Z',
            createdBy: 'ABC',
          },
        ];
      });
      const out = join(dir, 'holbaek.csv');
      const r = run(
        '--backup',
        backup,
        '--month',
        '2026-10',
        '--template',
        'holbaek',
        '--out',
        out,
      );
      expect(r.stderr).toBe('');
      expect(readFileSync(out, 'utf8')).toBe(
        buildTemplateFile(danloen, close.payroll, ids, closings).text,
      );
    });

    it('refuses a file with problems, naming citizen and field, and an unknown name: exit 2', () => {
      const out = join(dir, 'refused.csv');
      const args = ['--backup', fixture, '--month', '2026-10', '--out', out, '--template'];
      const danloen = run(...args, 'danloen');
      expect(danloen.status).toBe(2);
      expect(danloen.stderr).toContain(
        'Lønfilen for oktober 2026 kan ikke laves med denne skabelon: Skabelonen: CVR-nummer: mangler CVR-nummer i skabelonen',
      );
      const tf = run(...args, 'cpr-tf');
      expect(tf.stderr).toContain(
        'Anna Ærø (1001): Ansættelsesnummer: mangler ansættelsesnummer (udfyldes på borgeren)',
      );
      const unknown = run(...args, 'opus');
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toMatch(
        /ingen lønfilskabelon med navnet "opus".*Skabeloner: excel, wage-types, danloen, visma, cpr-tf/,
      );
      expect(run(...args, 'excel', '--profile', 'excel').stderr).toMatch(
        /Angiv enten --profile eller --template/,
      );
      expect(existsSync(out)).toBe(false);
    });
  });
});
