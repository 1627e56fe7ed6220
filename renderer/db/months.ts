// Months: computed now while open, frozen when closed (docs/rules.md §10). Closing stores the
// results, the export profile and the file's hash, and locks the wage decisions it used;
// reopening needs a reason; a closed month re-exports the same bytes.
import type { DataApi, MonthView } from '../../shared/data/api';
import { formatMonth } from '../../shared/danish/dates';
import { DataError } from '../../shared/data/errors';
import { buildCsv } from '../../shared/csv';
import {
  computeMonth,
  frozenView,
  isClosed,
  monthCsv,
  monthCsvMessage,
  monthView,
  problemLines,
  problemsMessage,
  toPayrollMonth,
  type MonthProblem,
  type MonthSource,
} from '../../shared/month';
import { sha256Hex } from '../../shared/backup';
import {
  MonthCloseSchema,
  ReopenReasonSchema,
  isoMonth,
  type MonthClose,
} from '../../shared/records';
import type { DbContext } from './context';
import { monthAttendance } from './attendance';

export type MonthOperations = Pick<
  DataApi,
  'getMonth' | 'listMonthCloses' | 'getMonthClose' | 'closeMonth' | 'reopenMonth' | 'exportMonthCsv'
>;

/** VALIDATION naming the citizens that cannot be computed, one issue per problem line. */
function problemsError(
  month: string,
  problems: readonly MonthProblem[],
  action: 'lukkes' | 'eksporteres',
): DataError {
  return new DataError(
    'VALIDATION',
    problemsMessage(month, problems, action),
    problemLines(problems).map((message) => ({ path: [], message })),
  );
}

export function monthOperations(ctx: DbContext): MonthOperations {
  const { db } = ctx;

  async function readSource(month: string): Promise<MonthSource> {
    const [citizens, wageDecisions, attendance, settingsVersions] = await Promise.all([
      db.citizens.toArray(),
      db.wageDecisions.toArray(),
      monthAttendance(ctx, month),
      db.settingsVersions.toArray(),
    ]);
    return { month, citizens, wageDecisions, attendance, settingsVersions };
  }

  /** The month as the UI shows it: frozen results when closed (no records read), else computed. */
  async function getMonth(month: string): Promise<MonthView> {
    ctx.parse(isoMonth, month, 'Måneden');
    return ctx.read(
      ['citizens', 'wageDecisions', 'attendance', 'settingsVersions', 'monthCloses'],
      async () => {
        const close = (await db.monthCloses.get(month)) ?? null;
        if (isClosed(close)) return frozenView(close);
        return monthView(await readSource(month), close);
      },
    );
  }

  return {
    getMonth,

    async listMonthCloses() {
      return db.monthCloses.orderBy('month').toArray();
    },

    async getMonthClose(month) {
      return (await db.monthCloses.get(month)) ?? null;
    },

    /** Closes (freezes) the month with the export profile the payroll office receives. */
    async closeMonth(month, profile) {
      ctx.parse(isoMonth, month, 'Måneden');
      return ctx.write(
        [
          'citizens',
          'wageDecisions',
          'attendance',
          'settingsVersions',
          'monthCloses',
          'auditLog',
          'meta',
        ],
        async () => {
          const before = await db.monthCloses.get(month);
          if (before?.status === 'closed')
            throw new DataError(
              'CLOSED_MONTH',
              `Måneden ${formatMonth(month)} er allerede lukket.`,
            );
          const results = computeMonth(await readSource(month));
          if (results.problems.length > 0) throw problemsError(month, results.problems, 'lukkes');
          const payroll = toPayrollMonth(results);
          const at = ctx.now();
          const by = await ctx.actingUser();
          const fileHash = sha256Hex(buildCsv(payroll, profile));
          const used = Object.values(results.wageDecisionIdsByCitizen).flat();
          const close: MonthClose = MonthCloseSchema.parse({
            month,
            status: 'closed',
            closedAt: at,
            closedBy: by,
            payroll,
            exportProfile: profile,
            fileHash,
            // Decisions once used for pay stay locked even if the month is reopened (§2).
            wageDecisionIds: [...new Set([...(before?.wageDecisionIds ?? []), ...used])].sort(),
            history: [...(before?.history ?? []), { action: 'closed', at, by, fileHash }],
          });
          await db.monthCloses.put(close);
          await ctx.audit('monthCloses', month, 'close', before, {
            status: 'closed',
            exportProfile: profile,
            fileHash,
            totals: payroll.totals,
          });
          return close;
        },
      );
    },

    /** Reopens a closed month; the reason is required and logged. */
    async reopenMonth(month, reason) {
      const why = ctx.parse(ReopenReasonSchema, reason, 'Begrundelsen');
      return ctx.write(['monthCloses', 'auditLog', 'meta'], async () => {
        const before = await db.monthCloses.get(month);
        if (before?.status !== 'closed')
          throw new DataError('NOT_FOUND', `Måneden ${formatMonth(month)} er ikke lukket.`);
        const at = ctx.now();
        const by = await ctx.actingUser();
        const after: MonthClose = {
          ...before,
          status: 'reopened',
          history: [...before.history, { action: 'reopened', at, by, reason: why }],
        };
        await db.monthCloses.put(after);
        await ctx.audit(
          'monthCloses',
          month,
          'reopen',
          { status: 'closed', fileHash: before.fileHash },
          { status: 'reopened' },
          why,
        );
        return after;
      });
    },

    /**
     * The month's CSV in `profile` (shared/month monthCsv, as `npm run payroll`): a closed month
     * from its stored results, checked against the hash taken at closing; else computed now.
     */
    async exportMonthCsv(month, profile) {
      const csv = monthCsv(await getMonth(month), profile);
      if (csv.ok) {
        const { ok: _ok, ...file } = csv;
        return file;
      }
      if (csv.reason === 'problems') throw problemsError(month, csv.problems, 'eksporteres');
      throw new DataError('VALIDATION', monthCsvMessage(month, csv));
    },
  };
}
