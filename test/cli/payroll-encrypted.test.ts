// `npm run payroll` on a protected backup (issue 11, Build item 4; docs/rules.md §11): the
// password from JOBBASEN_BACKUP_PASSWORD gives the same bytes as from the plain file; a wrong
// one, a tampered file, or no password where none can be asked is refused in Danish with exit 2
// and nothing written; a password on the command line is refused, saying why.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveBackupKey, encryptBytes, newKdfParams } from '../../shared/backup/crypto';

const root = resolve(import.meta.dirname, '../..');
const tsx = resolve(root, 'node_modules/.bin/tsx');
const fixture = resolve(root, 'test/fixtures/backup/backup-v2.json');
const dir = mkdtempSync(join(tmpdir(), 'payroll-crypto-'));
const PASSWORD = 'lønkontoret æøå 2026';
const encrypted = join(dir, 'backup.jlbak');

function run(env: Record<string, string | undefined>, ...args: string[]) {
  const environment = { ...process.env, ...env };
  if (env.JOBBASEN_BACKUP_PASSWORD === undefined) delete environment.JOBBASEN_BACKUP_PASSWORD;
  // stdin is a pipe, not a terminal: no prompt can be shown.
  return spawnSync(tsx, ['cli/payroll.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: environment,
    input: '',
  });
}
const args = (backup: string, out: string) => [
  '--backup',
  backup,
  '--month',
  '2026-10',
  '--profile',
  'excel',
  '--out',
  out,
];

beforeAll(async () => {
  const key = await deriveBackupKey(PASSWORD, newKdfParams());
  writeFileSync(encrypted, await encryptBytes(key, readFileSync(fixture)));
});

describe('npm run payroll with a protected backup', () => {
  it('reads it with the password from JOBBASEN_BACKUP_PASSWORD: the same bytes as the plain file', () => {
    const plainOut = join(dir, 'plain.csv');
    const out = join(dir, 'encrypted.csv');
    expect(run({}, ...args(fixture, plainOut)).status).toBe(0);
    const r = run({ JOBBASEN_BACKUP_PASSWORD: PASSWORD }, ...args(encrypted, out));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(out)).toEqual(readFileSync(plainOut));
  });

  it.each([
    [
      'a wrong password',
      { JOBBASEN_BACKUP_PASSWORD: 'forkert' },
      () => encrypted,
      /--backup: Adgangskoden passer ikke til sikkerhedskopien/,
    ],
    [
      'no password and no terminal to ask on',
      { JOBBASEN_BACKUP_PASSWORD: undefined },
      () => encrypted,
      /er krypteret: sæt miljøvariablen JOBBASEN_BACKUP_PASSWORD, eller kør kommandoen i en terminal/,
    ],
    [
      'a tampered file',
      { JOBBASEN_BACKUP_PASSWORD: PASSWORD },
      () => {
        const bytes = readFileSync(encrypted);
        bytes[bytes.length - 100]! ^= 0x20;
        const file = join(dir, 'tampered.jlbak');
        writeFileSync(file, bytes);
        return file;
      },
      /--backup: Sikkerhedskopien er (ændret eller beskadiget|afkortet eller ændret)/,
    ],
    [
      'a cut-off file',
      { JOBBASEN_BACKUP_PASSWORD: PASSWORD },
      () => {
        const bytes = readFileSync(encrypted);
        const file = join(dir, 'cut.jlbak');
        writeFileSync(file, bytes.subarray(0, bytes.length - 10));
        return file;
      },
      /--backup: Sikkerhedskopien er afkortet eller ændret/,
    ],
  ])('refuses %s: Danish message, exit 2, nothing written', (_what, env, file, message) => {
    const out = join(dir, 'never.csv');
    const r = run(env, ...args(file(), out));
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it.each([['--password', PASSWORD], [`--password=${PASSWORD}`], ['--adgangskode', PASSWORD]])(
    'refuses a password on the command line, saying why: %s',
    (...flag) => {
      const out = join(dir, 'never.csv');
      const r = run({}, ...args(encrypted, out), ...flag);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/Adgangskoden må ikke stå på kommandolinjen/);
      expect(r.stderr).toMatch(/JOBBASEN_BACKUP_PASSWORD/);
      expect(existsSync(out)).toBe(false);
    },
  );
});
