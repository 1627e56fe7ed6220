import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../shared/backup/sha256';
import { buildCsv, buildExcelCsv } from '../../../shared/csv';
import {
  computeMonth,
  frozenView,
  hashMismatchMessage,
  isClosed,
  monthCsv,
  monthCsvMessage,
  monthView,
  problemLines,
  problemsMessage,
  toPayrollMonth,
} from '../../../shared/month';
import type { MonthClose } from '../../../shared/records';
import { octoberBackupData } from '../../fixtures/backups';
import { october, wageDecisions } from '../../fixtures/october';

const golden = (name: string) => resolve(import.meta.dirname, '../../fixtures/golden', name);
const closed = (): MonthClose => octoberBackupData().monthCloses[0]!;
/** The records changed after closing: Anna's hours and name are different now. */
const changedSince = {
  ...october,
  citizens: october.citizens.map((c) => (c.id === 'c-anna' ? { ...c, name: 'Anna Ny' } : c)),
  attendance: october.attendance.map((a) => (a.citizenId === 'c-anna' ? { ...a, hours: 7 } : a)),
};

describe('monthView', () => {
  it('computes an open month now', () => {
    const view = monthView(october, null);
    expect(view).toMatchObject({ month: '2026-10', status: 'open', close: null });
    expect(view.results).toEqual(computeMonth(october));
  });

  it('shows a closed month from its frozen results, whatever the records say now', () => {
    const close = closed();
    const view = monthView(changedSince, close);
    expect(view.status).toBe('closed');
    expect(isClosed(close)).toBe(true);
    expect(view.results.rows).toEqual(close.payroll.rows);
    expect(view.results.problems).toEqual([]);
    expect(frozenView(close)).toEqual(view);
  });

  it('computes a reopened month again', () => {
    const reopened: MonthClose = { ...closed(), status: 'reopened' };
    const view = monthView(changedSince, reopened);
    expect(isClosed(reopened)).toBe(false);
    expect(view.status).toBe('reopened');
    expect(view.results.rows[0]!.name).toBe('Anna Ny');
    expect(view.close).toBe(reopened);
  });
});

describe('monthCsv', () => {
  it('builds an open month from the computed results, as the golden files', () => {
    const csv = monthCsv(monthView(october, null), 'excel');
    expect(csv).toMatchObject({ ok: true, fileName: 'loen-2026-10-excel.csv', frozen: false });
    if (!csv.ok) return;
    expect(Buffer.from(csv.content, 'utf8')).toEqual(readFileSync(golden('excel-2026-10.csv')));
    expect(csv.sha256).toBe(sha256Hex(csv.content));
  });

  it.each(['excel', 'wage-types'] as const)(
    'builds a closed month from its frozen results (%s), not from the records now',
    (profile) => {
      const close = closed();
      const csv = monthCsv(monthView(changedSince, close), profile);
      expect(csv).toMatchObject({ ok: true, frozen: true });
      if (!csv.ok) return;
      expect(csv.content).toBe(buildCsv(close.payroll, profile));
      if (profile === close.exportProfile) expect(csv.sha256).toBe(close.fileHash);
    },
  );

  it('refuses a closed month whose file no longer matches the hash taken at closing', () => {
    const close = closed();
    close.payroll.rows[0]!.name = 'Ændret efter lukning';
    const csv = monthCsv(frozenView(close), close.exportProfile);
    expect(csv).toEqual({
      ok: false,
      reason: 'hashMismatch',
      issues: [
        {
          path: ['fileHash'],
          message: 'de frosne tal passer ikke med kontrolsummen fra lukningen',
        },
      ],
    });
    if (!csv.ok) expect(monthCsvMessage('2026-10', csv)).toBe(hashMismatchMessage('2026-10'));
    expect(hashMismatchMessage('2026-10')).toMatch(/^Den lukkede måned oktober 2026 giver ikke/);
    // issue 11, finding 6: the other profile is built from the same frozen results, so it is
    // refused too (it was exported before).
    expect(monthCsv(frozenView(close), 'excel')).toMatchObject({ reason: 'hashMismatch' });
  });

  it('refuses an open or reopened month while a citizen cannot be computed', () => {
    const broken = { ...october, wageDecisions: wageDecisions.slice(1) };
    for (const close of [null, { ...closed(), status: 'reopened' as const }]) {
      const csv = monthCsv(monthView(broken, close), 'excel');
      expect(csv).toMatchObject({ ok: false, reason: 'problems' });
      if (csv.ok || csv.reason !== 'problems') continue;
      expect(csv.problems.map((p) => p.citizenId)).toEqual(['c-anna']);
      expect(problemLines(csv.problems)).toEqual([
        'Anna Ærø (1001): Dato: ingen lønafgørelse gælder på den arbejdede dag 01.10.2026',
      ]);
      expect(monthCsvMessage('2026-10', csv)).toBe(
        'Måneden oktober 2026 kan ikke eksporteres, fordi én borger ikke kan beregnes: ' +
          'Anna Ærø (1001): Dato: ingen lønafgørelse gælder på den arbejdede dag 01.10.2026',
      );
    }
  });

  it('lists the first five problems and says how many more', () => {
    const problem = (n: number) => ({
      citizenId: `c${n}`,
      name: `B${n}`,
      payrollNumber: String(n),
      issues: [{ path: ['attendance', 0, 'hours'], message: 'må højst være 24' }],
    });
    const message = problemsMessage('2026-10', [1, 2, 3, 4, 5, 6, 7].map(problem), 'lukkes');
    expect(message).toMatch(/^Måneden oktober 2026 kan ikke lukkes, fordi 7 borgere ikke kan/);
    expect(message).toContain('B5 (5): Timer: må højst være 24 (og 2 mere)');
    expect(message).not.toContain('B6');
  });

  it('gives the same bytes for a closed month as for the month it froze', () => {
    const payroll = toPayrollMonth(computeMonth(october));
    const close = closed();
    const open = monthCsv(monthView(october, null), 'wage-types');
    const frozen = monthCsv(frozenView(close), 'wage-types');
    expect(open.ok && frozen.ok && open.content === frozen.content).toBe(true);
    expect(close.payroll).toEqual(payroll);
  });
});

describe('a month closed before the Excel rate rule (docs/rules.md §9, issue 10)', () => {
  it('re-exports the bytes it was closed with, not the new format', () => {
    const close = closed();
    const before = buildExcelCsv(close.payroll, 'before-issue-10');
    const old: MonthClose = { ...close, exportProfile: 'excel', fileHash: sha256Hex(before) };
    const csv = monthCsv(frozenView(old), 'excel');
    expect(csv.ok && csv.content).toBe(before);
    expect(before).not.toBe(buildExcelCsv(close.payroll));
  });
});

describe('a month closed before the efterregulering column (docs/rules.md §§9, 10)', () => {
  it('re-exports the bytes it was closed with, without the new column', () => {
    const close = closed();
    const before = buildExcelCsv(close.payroll, 'before-corrections');
    const old: MonthClose = { ...close, exportProfile: 'excel', fileHash: sha256Hex(before) };
    const csv = monthCsv(frozenView(old), 'excel');
    expect(csv.ok && csv.content).toBe(before);
    expect(before.split('\r\n')[0]).not.toContain('Efterregulering');
    expect(buildExcelCsv(close.payroll).split('\r\n')[0]).toContain(';Efterregulering;');
  });
});
