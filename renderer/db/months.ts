// Months: computed now while open, frozen when closed (docs/rules.md §10). Closing stores the
// results, the export profile and the file's hash, and locks the wage decisions it used;
// reopening needs a reason; a closed month re-exports the same bytes.
import type { DataApi, MonthView } from '../../shared/data/api';
import { formatMonth } from '../../shared/danish/dates';
import { DataError } from '../../shared/data/errors';
import { buildCsv } from '../../shared/csv';
import { lastDayOf, shiftMonth, todayIso } from '../../shared/calendar';
import { buildDifferenceCsv } from '../../shared/csv';
import { grantInMonth } from '../../shared/rules/grants';
import {
  changedRows,
  closeBlocker,
  closeCheck,
  compareMonths,
  computeMonth,
  differenceFileName,
  differenceLines,
  frozenView,
  isClosed,
  monthCsv,
  monthCsvMessage,
  monthView,
  problemLines,
  problemsMessage,
  templateProblemsMessage,
  toPayrollMonth,
  usedIdentities,
  type MonthProblem,
  monthTiming,
  notOverText,
  payrollHash,
  type CloseCheck,
  type MonthResults,
  type MonthSource,
} from '../../shared/month';
import { sha256Hex } from '../../shared/backup';
import {
  EXPORT_PROFILES,
  MonthCloseSchema,
  ReopenReasonSchema,
  type ExportProfile,
  isoMonth,
  type MonthClose,
  type PayrollMonth,
} from '../../shared/records';
import type { DbContext } from './context';
import { identitiesOf } from './exportTemplates';
import { PRESETS, buildTemplateFile, problemText, resolveTemplate } from '../../shared/export';
import { monthAttendance } from './attendance';

export type MonthOperations = Pick<
  DataApi,
  | 'getMonth'
  | 'listMonthCloses'
  | 'getMonthClose'
  | 'checkMonthClose'
  | 'closeMonth'
  | 'compareClosedMonth'
  | 'reopenMonth'
  | 'exportMonthCsv'
  | 'exportMonthDifference'
>;

/** A refusal that a confirmation on the check screen lifts (docs/rules.md §10). */
function needsConfirmation(path: string, message: string): DataError {
  return new DataError('VALIDATION', message, [{ path: ['confirm', path], message }]);
}

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
    const [citizens, wageDecisions, attendance, settingsVersions, workAreas] = await Promise.all([
      db.citizens.toArray(),
      db.wageDecisions.toArray(),
      monthAttendance(ctx, month),
      db.settingsVersions.toArray(),
      db.workAreas.toArray(),
    ]);
    return { month, citizens, wageDecisions, attendance, settingsVersions, workAreas };
  }

  /** The month as the UI shows it: frozen results when closed (no records read), else computed. */
  async function getMonth(month: string): Promise<MonthView> {
    ctx.parse(isoMonth, month, 'Måneden');
    return ctx.read(
      ['citizens', 'wageDecisions', 'attendance', 'settingsVersions', 'workAreas', 'monthCloses'],
      async () => {
        const close = (await db.monthCloses.get(month)) ?? null;
        if (isClosed(close)) return frozenView(close);
        return monthView(await readSource(month), close);
      },
    );
  }

  /**
   * The version of a month's figures (docs/rules.md, "Samtidige ændringer"): what the check
   * screen showed must be what the closing freezes.
   */
  const figuresOf = (payroll: PayrollMonth) => sha256Hex(JSON.stringify(payroll));

  /** The check before closing, from the month computed now (docs/rules.md §10). */
  async function check(month: string, results: MonthResults): Promise<CloseCheck> {
    const prevMonth = shiftMonth(month, -1);
    const [grants, attendance, close, prevClose] = await Promise.all([
      db.grants.toArray(),
      monthAttendance(ctx, month),
      db.monthCloses.get(month),
      db.monthCloses.get(prevMonth),
    ]);
    const byCitizen = new Map<string, typeof grants>();
    for (const g of grants) byCitizen.set(g.citizenId, [...(byCitizen.get(g.citizenId) ?? []), g]);
    const previous: PayrollMonth = isClosed(prevClose)
      ? prevClose.payroll
      : toPayrollMonth(computeMonth(await readSource(prevMonth)));
    const checked = closeCheck({
      results,
      today: todayIso(new Date(ctx.now())),
      grantCitizenIds: [...byCitizen].filter(([, g]) => grantInMonth(g, month)).map(([id]) => id),
      attendanceCitizenIds: [...new Set(attendance.map((a) => a.citizenId))],
      previous,
      lastClosing:
        close?.status === 'reopened' ? { closedAt: close.closedAt, payroll: close.payroll } : null,
    });
    return { ...checked, figures: figuresOf(toPayrollMonth(results)) };
  }

  /** Each closing's figures, oldest first, as the audit log keeps them (docs/rules.md §10). */
  async function closings(month: string): Promise<(PayrollMonth | null)[]> {
    const entries = await db.auditLog.where('recordId').equals(month).sortBy('id');
    return entries
      .filter((e) => e.table === 'monthCloses' && e.action === 'close')
      .map((e) => (e.after as { payroll?: PayrollMonth } | undefined)?.payroll ?? null);
  }

  /**
   * The hash of the file the closing sends, and for a template other than the two profiles the
   * template and identities kept with it (docs/rules.md §§9, 10); refused while it has problems.
   */
  async function closingFile(
    month: string,
    name: string,
    payroll: PayrollMonth,
    source: MonthSource,
    before: MonthClose | null,
  ): Promise<{ fileHash: string; stored: Pick<MonthClose, 'exportTemplate' | 'identities'> }> {
    if ((EXPORT_PROFILES as readonly string[]).includes(name))
      return { fileHash: sha256Hex(buildCsv(payroll, name as ExportProfile)), stored: {} };
    const template = resolveTemplate(name, month, await db.exportTemplates.toArray(), PRESETS);
    if (!template)
      throw new DataError('VALIDATION', `Der findes ingen lønfilskabelon med navnet "${name}".`, [
        { path: ['template'], message: 'findes ikke' },
      ]);
    const seq = (before?.history.filter((h) => h.action === 'closed').length ?? 0) + 1;
    const all = identitiesOf(source.citizens);
    const file = buildTemplateFile(template, payroll, all, seq);
    if (file.problems.length > 0)
      throw new DataError(
        'VALIDATION',
        templateProblemsMessage(month, file.problems),
        file.problems.map((p) => ({ path: [], message: problemText(p) })),
      );
    return {
      fileHash: file.sha256,
      stored: { exportTemplate: template, identities: usedIdentities(template, payroll, all) },
    };
  }

  return {
    getMonth,

    async checkMonthClose(month) {
      ctx.parse(isoMonth, month, 'Måneden');
      return ctx.read(
        [
          'citizens',
          'grants',
          'wageDecisions',
          'attendance',
          'settingsVersions',
          'workAreas',
          'monthCloses',
        ],
        async () => check(month, computeMonth(await readSource(month))),
      );
    },

    async compareClosedMonth(month) {
      ctx.parse(isoMonth, month, 'Måneden');
      return ctx.read(
        ['citizens', 'wageDecisions', 'attendance', 'settingsVersions', 'workAreas', 'monthCloses'],
        async () => {
          const close = await db.monthCloses.get(month);
          if (!close)
            throw new DataError('NOT_FOUND', `Måneden ${formatMonth(month)} er ikke lukket.`);
          return compareMonths(close.payroll, computeMonth(await readSource(month)));
        },
      );
    },

    async exportMonthDifference(month) {
      ctx.parse(isoMonth, month, 'Måneden');
      return ctx.read(['monthCloses', 'auditLog'], async () => {
        const close = await db.monthCloses.get(month);
        if (!isClosed(close)) return null;
        const all = await closings(month);
        const sent = all.at(-2);
        if (all.length < 2 || !sent) return null;
        const lines = differenceLines(sent, close.payroll);
        if (lines.length === 0) return null;
        const content = buildDifferenceCsv(month, close.payroll.wageTypeCodes, lines);
        return {
          fileName: differenceFileName(month, all.length - 1),
          content,
          sha256: sha256Hex(content),
          frozen: true,
          encoding: 'utf-8' as const,
        };
      });
    },

    async listMonthCloses() {
      return db.monthCloses.orderBy('month').toArray();
    },

    async getMonthClose(month) {
      return (await db.monthCloses.get(month)) ?? null;
    },

    /**
     * Closes (freezes) the month with the export template the payroll office receives; a
     * template other than the two profiles is kept with the closing, with the identities its
     * file used, so the month re-exports the same bytes (docs/rules.md §§9, 10).
     */
    async closeMonth(month, profile, confirm) {
      ctx.parse(isoMonth, month, 'Måneden');
      return ctx.write(
        [
          'grants',
          'citizens',
          'wageDecisions',
          'attendance',
          'settingsVersions',
          'workAreas',
          'monthCloses',
          'exportTemplates',
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
          const source = await readSource(month);
          const results = computeMonth(source);
          if (results.problems.length > 0) throw problemsError(month, results.problems, 'lukkes');
          const { timing } = monthTiming(month, todayIso(new Date(ctx.now())));
          if (timing === 'notBegun')
            throw new DataError('VALIDATION', closeBlocker({ month, timing, items: [] })!);
          if (timing === 'notOver' && !confirm?.beforeMonthEnd)
            throw needsConfirmation(
              'beforeMonthEnd',
              `${notOverText({ month, timing, lastDay: lastDayOf(month) })} Bekræft for at lukke alligevel.`,
            );
          if (
            before?.status === 'reopened' &&
            !confirm?.changedFigures &&
            changedRows(before.payroll, results).length > 0
          )
            throw needsConfirmation(
              'changedFigures',
              `Tallene for ${formatMonth(month)} er ændret siden lukningen. Bekræft for at lukke med de nye tal.`,
            );
          const payroll = toPayrollMonth(results);
          if (confirm?.figures !== undefined && confirm.figures !== figuresOf(payroll))
            throw new DataError(
              'CONFLICT',
              `Ikke lukket: tallene for ${formatMonth(month)} er ændret, siden kontrollen blev vist (fx i et andet vindue). Se de nye tal i kontrollen, og luk igen.`,
              [],
              { stored: payroll.totals },
            );
          const at = ctx.now();
          const by = await ctx.actingUser();
          const kept = await closingFile(month, profile, payroll, source, before ?? null);
          const fileHash = kept.fileHash;
          const used = Object.values(results.wageDecisionIdsByCitizen).flat();
          const close: MonthClose = MonthCloseSchema.parse({
            month,
            status: 'closed',
            closedAt: at,
            closedBy: by,
            payroll,
            exportProfile: profile,
            ...kept.stored,
            fileHash,
            // Every figure of every profile (docs/rules.md §10, shared/month/integrity.ts).
            resultsHash: payrollHash(payroll),
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
            // Every closing's figures stay readable after a re-close: the difference file is
            // the latest closing against the one before it (docs/rules.md §10).
            payroll,
          });
          return close;
        },
      );
    },

    /** Reopens a closed month; the reason is required and logged. */
    async reopenMonth(month, reason, expectedClosedAt) {
      const why = ctx.parse(ReopenReasonSchema, reason, 'Begrundelsen');
      return ctx.write(['monthCloses', 'auditLog', 'meta'], async () => {
        const before = await db.monthCloses.get(month);
        if (before?.status !== 'closed')
          throw new DataError('NOT_FOUND', `Måneden ${formatMonth(month)} er ikke lukket.`);
        if (expectedClosedAt !== undefined && before.closedAt !== expectedClosedAt)
          throw new DataError(
            'CONFLICT',
            `Ikke genåbnet: ${formatMonth(month)} er genåbnet og lukket igen et andet sted, efter du så den. Se den nye lukning, og genåbn igen, hvis det stadig skal ske.`,
            [],
            { stored: before },
          );
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
      const [view, templates, citizens] = await Promise.all([
        getMonth(month),
        db.exportTemplates.toArray(),
        db.citizens.toArray(),
      ]);
      const csv = monthCsv(view, profile, { templates, identities: identitiesOf(citizens) });
      if (csv.ok) {
        const { ok: _ok, ...file } = csv;
        return file;
      }
      if (csv.reason === 'problems') throw problemsError(month, csv.problems, 'eksporteres');
      throw new DataError('VALIDATION', monthCsvMessage(month, csv));
    },
  };
}
