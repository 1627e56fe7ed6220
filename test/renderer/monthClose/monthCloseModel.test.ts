import { describe, expect, it } from 'vitest';
import type { DataApi, MonthView } from '../../../shared/data/api';
import { DataError } from '../../../shared/data/errors';
import { computeMonth } from '../../../shared/month';
import type { MonthClose } from '../../../shared/records';
import {
  canClose,
  closedStatus,
  exportStatus,
  FIGURE_HEADERS,
  historyLines,
  monthProblems,
  monthQuery,
  monthRows,
  monthStatusLine,
  monthSubtitle,
  monthTotals,
  reopenReason,
  reopenedStatus,
} from '../../../renderer/src/features/monthClose/monthCloseModel';
import { october } from '../../fixtures/october';

const results = computeMonth(october);
const open: MonthView = { month: '2026-10', status: 'open', results, close: null };
const close = {
  month: '2026-10',
  status: 'closed',
  closedAt: '2026-11-02T09:30:00.000Z',
  closedBy: 'ABC',
  history: [{ action: 'closed', at: '2026-11-02T09:30:00.000Z', by: 'ABC', fileHash: 'x' }],
} as unknown as MonthClose;
const closed: MonthView = { ...open, status: 'closed', close };
const reopened: MonthView = {
  ...open,
  status: 'reopened',
  close: {
    ...close,
    status: 'reopened',
    history: [
      ...close.history,
      { action: 'reopened', at: '2026-11-03T08:00:00.000Z', by: 'DEF', reason: 'Rettelse' },
    ],
  } as unknown as MonthClose,
};

describe('loading the month', () => {
  it('passes a failed read on (the error boundary says so) instead of turning it into "no data"', async () => {
    const failing = {
      getMonth: () => Promise.reject(new DataError('DATABASE_CLOSED', 'Databasen er lukket.')),
    } satisfies Pick<DataApi, 'getMonth'>;
    await expect(monthQuery('2026-10')(failing)).rejects.toThrow('Databasen er lukket.');
  });

  it('reads the asked month', async () => {
    const api = { getMonth: (m: string) => Promise.resolve({ ...open, month: m }) };
    expect((await monthQuery('2026-11')(api)).month).toBe('2026-11');
  });
});

describe('month status', () => {
  it('names the month and its status in Danish, … while loading', () => {
    expect(monthSubtitle('2026-10', undefined)).toBe('oktober 2026 · …');
    expect(monthSubtitle('2026-10', closed)).toBe('oktober 2026 · Lukket');
    expect(monthSubtitle('2026-10', reopened)).toBe('oktober 2026 · Genåbnet');
  });

  it('says who closed the month and when, why it was reopened, or that it is open', () => {
    expect(monthStatusLine(closed)).toEqual({
      kind: 'closed',
      text: expect.stringMatching(/^Lukket 02\.11\.2026 kl\. \d\d\.30 af ABC\. Tallene er låst/),
    });
    expect(monthStatusLine(reopened).text).toBe(
      'Måneden er genåbnet: Rettelse. Luk den igen, når rettelserne er gjort.',
    );
    expect(monthStatusLine(open).text).toMatch(/^Måneden er åben\./);
  });

  it('lists the history with who and why', () => {
    const lines = historyLines(reopened.close);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^02\.11\.2026 kl\. \d\d\.30: lukket af ABC$/);
    expect(lines[1]).toMatch(/: genåbnet af DEF – Rettelse$/);
    expect(historyLines(null)).toEqual([]);
  });
});

describe('citizens that cannot be computed', () => {
  const broken = computeMonth({
    ...october,
    wageDecisions: october.wageDecisions.filter((d) => d.citizenId !== 'c-bo'),
    attendance: [
      ...october.attendance,
      { citizenId: 'c-anna', date: '2026-10-02', hours: 30, updatedAt: 'x' },
    ],
  });

  it('names the fields in Danish, with Danish dates, never an internal path', () => {
    const shown = monthProblems(broken.problems)!;
    expect(shown.intro).toBe(
      '2 borgere kan ikke beregnes. Ret det, før måneden kan eksporteres eller lukkes:',
    );
    expect(shown.lines[0]).toEqual({
      citizenId: 'c-anna',
      name: 'Anna Ærø',
      text: 'Timer: må højst være 24',
    });
    expect(shown.lines[1]!.text).toContain('05.10.2026');
    for (const line of shown.lines) expect(line.text).not.toMatch(/attendance|\[\d|\d{4}-\d\d/);
  });

  it('says "Én borger" for one, and nothing when every citizen computes', () => {
    expect(monthProblems(broken.problems.slice(0, 1))!.intro).toMatch(/^Én borger kan ikke/);
    expect(monthProblems(results.problems)).toBeNull();
  });

  it('does not let a month with problems be closed', () => {
    const view: MonthView = { ...open, results: broken };
    expect(canClose(view, false)).toBe(false);
    expect(canClose(open, false)).toBe(true);
    expect(canClose(open, true)).toBe(false);
    expect(canClose(closed, false)).toBe(false);
  });
});

describe('the table', () => {
  it('shows every computed citizen in kroner with decimal comma, § and warnings in Danish', () => {
    const rows = monthRows(results);
    expect(rows.map((r) => r.payrollNumber)).toEqual(results.rows.map((r) => r.payrollNumber));
    const anna = rows.find((r) => r.payrollNumber === '1001')!;
    expect(anna.offer).toBe('§ 103');
    // Two wage lines: no single rate; the remarks list each line (docs/rules.md §9, finding 7).
    expect(anna.wage).toBe('—');
    expect(anna.remarks).toContain(
      '19,00 kr. × 6,00 t fra 01.10.2026; 21,50 kr. × 5,50 t fra 16.10.2026',
    );
    expect(anna.hours).toBe('11,5');
    const carl = rows.find((r) => r.payrollNumber === '1003')!;
    expect(carl.offer).toBe('§ 104');
    expect(carl.wage).toBe('—');
    const dorte = rows.find((r) => r.payrollNumber === '1004')!;
    expect(dorte.remarks).not.toBe('—');
    expect(dorte.remarks).not.toMatch(/ABOVE_CEILING|[A-Z]{2,}_/);
  });

  it('heads the figures as the payroll file does, the adjustment in the screen’s words', () => {
    expect(Object.values(FIGURE_HEADERS)).toEqual([
      'Dage',
      'Timer',
      'Timeløn',
      'Bruttoløn',
      'Kørsel i alt',
      'Borgerens andel',
      'Kommunens andel',
      'Regulering i løn',
    ]);
  });

  it('totals the month and estimates the payout', () => {
    const t = monthTotals(results);
    expect(t.label).toBe(`I alt (${results.totals.citizens} borgere)`);
    // One citizen: the singular (issue 10, Build item 8).
    expect(monthTotals({ ...results, totals: { ...results.totals, citizens: 1 } }).label).toBe(
      'I alt (1 borger)',
    );
    expect(t.payout).toMatch(/^Beløb i kroner\. Anslået udbetaling i alt [\d.]+,\d\d kr\.;/);
  });
});

describe('messages after an action', () => {
  it('says where the exported file went, or that nothing was saved', () => {
    expect(exportStatus('a.csv', { saved: true, path: '/x/a.csv' })).toEqual({
      kind: 'success',
      text: 'a.csv er gemt i /x/a.csv.',
    });
    expect(exportStatus('a.csv', { saved: true }).text).toBe(
      'a.csv er hentet (se mappen Overførsler).',
    );
    expect(exportStatus('a.csv', { saved: false }).kind).toBe('error');
    expect(closedStatus('2026-10').text).toBe('oktober 2026 er lukket. Tallene er nu låst.');
    expect(reopenedStatus('2026-10').text).toBe('oktober 2026 er genåbnet.');
  });

  it('needs a reason to reopen', () => {
    expect(reopenReason('  ')).toEqual({ ok: false, error: 'må ikke være tom' });
    expect(reopenReason('Rettelse af fremmøde')).toEqual({
      ok: true,
      value: 'Rettelse af fremmøde',
    });
  });
});
