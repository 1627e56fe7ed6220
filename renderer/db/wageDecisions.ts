// Wage decisions (docs/rules.md §2): one per citizen and date; a hand-set wage never below the
// floor in force; a decision used for a closed month's pay is locked for good — a change is a
// new decision from the same date that replaces it.
import type { DataApi } from '../../shared/data/api';
import { DataError } from '../../shared/data/errors';
import { monthOf, shiftMonth } from '../../shared/calendar';
import {
  closedMonthMessage,
  closedMonthTouched,
  computeCorrection,
} from '../../shared/month/corrections';
import { belowFloorMessage, checkHandSetWage } from '../../shared/domain/wage';
import {
  ReopenReasonSchema,
  WageDecisionInputSchema,
  type WageDecision,
  type WageDecisionInput,
} from '../../shared/records';
import { invalid, type DbContext } from './context';
import { formatDate, formatMonth } from '../../shared/danish/dates';
import { CITIZEN_GONE, lockedDecisionMonths } from './guards';
import { citizenSettingsFor } from './workAreas';

export type WageDecisionOperations = Pick<
  DataApi,
  | 'getWageDecision'
  | 'listWageDecisions'
  | 'listAllWageDecisions'
  | 'wageDecisionLockedBy'
  | 'createWageDecision'
  | 'updateWageDecision'
  | 'replaceWageDecision'
  | 'deleteWageDecision'
  | 'previewWageCorrection'
  | 'recordWageCorrection'
>;

const DECISION_GONE = 'Lønafgørelsen findes ikke (mere).';

const byDateThenCreated = (a: WageDecision, b: WageDecision) =>
  a.effectiveFrom !== b.effectiveFrom
    ? a.effectiveFrom < b.effectiveFrom
      ? -1
      : 1
    : a.createdAt < b.createdAt
      ? -1
      : 1;

export function wageDecisionOperations(ctx: DbContext): WageDecisionOperations {
  const { db } = ctx;

  async function assertUnlocked(id: string) {
    const months = await lockedDecisionMonths(ctx, id);
    if (months.length > 0)
      throw new DataError(
        'LOCKED',
        // docs/rules.md §2: a decision that paid a closed month is never changed.
        `Lønafgørelsen er brugt til løn i ${months.map(formatMonth).join(', ')} og kan ikke ændres eller slettes. Opret en ny afgørelse i stedet.`,
      );
  }

  /** A hand-set wage below the floor in force then is refused at entry (docs/rules.md §2). */
  async function assertAboveFloor(fields: {
    citizenId: string;
    effectiveFrom: string;
    hourlyWage?: number;
  }) {
    if (fields.hourlyWage === undefined) return;
    // docs/rules.md §6: the floor of the citizen's work area in that month.
    const version = await citizenSettingsFor(ctx, monthOf(fields.effectiveFrom), fields.citizenId);
    const check = checkHandSetWage(fields.hourlyWage, version.settings);
    if (check.kind === 'belowFloor') {
      const message = belowFloorMessage(check.floorOre);
      throw invalid('Lønafgørelsen', [{ path: ['hourlyWage'], message }]);
    }
  }

  /**
   * docs/rules.md §10: no decision takes effect on a day of a closed month — not dated inside
   * one, nor dated before one it would then apply in. `others` leaves out the decision itself.
   */
  async function assertNoClosedMonth(
    fields: { citizenId: string; effectiveFrom: string },
    others: (d: WageDecision) => boolean,
  ) {
    const closed = (await db.monthCloses.toArray())
      .filter((c) => c.status === 'closed')
      .map((c) => c.month)
      .sort();
    if (closed.length === 0) return;
    const froms = (await db.wageDecisions.where('citizenId').equals(fields.citizenId).toArray())
      .filter(others)
      .map((d) => d.effectiveFrom);
    const hit = closedMonthTouched(fields.effectiveFrom, froms, closed);
    if (hit === undefined) return;
    const message = closedMonthMessage(fields.effectiveFrom, hit, shiftMonth(closed.at(-1)!, 1));
    throw invalid('Lønafgørelsen', [{ path: ['effectiveFrom'], message }]);
  }

  const parseReason = (reason: string | undefined) =>
    reason === undefined ? undefined : ctx.parse(ReopenReasonSchema, reason, 'Begrundelsen');

  /**
   * docs/rules.md §10: the corrected decision (from the wrong one's date, replacing it) and what it
   * changes in each closed month, less what earlier efterreguleringer already paid for them.
   * Inside a read or write transaction over citizens, wageDecisions, attendance, monthCloses.
   */
  async function correctionOf(id: string, input: Omit<WageDecisionInput, 'citizenId'>) {
    const wrong = await db.wageDecisions.get(id);
    if (!wrong) throw new DataError('NOT_FOUND', DECISION_GONE);
    const fields = ctx.parse(
      WageDecisionInputSchema,
      { ...input, citizenId: wrong.citizenId },
      'Efterreguleringen',
    );
    if (fields.effectiveFrom !== wrong.effectiveFrom) {
      const message = `en efterregulering gælder fra den forkerte afgørelses dato, ${formatDate(wrong.effectiveFrom)}`;
      throw invalid('Efterreguleringen', [{ path: ['effectiveFrom'], message }]);
    }
    const citizen = await db.citizens.get(wrong.citizenId);
    if (!citizen) throw new DataError('NOT_FOUND', CITIZEN_GONE);
    const decisions = await db.wageDecisions.where('citizenId').equals(citizen.id).toArray();
    const at = ctx.now();
    const corrected: WageDecision = {
      id: ctx.newId(),
      ...fields,
      supersedes: id,
      createdAt: at,
      updatedAt: at,
    };
    const result = computeCorrection({
      citizen,
      from: wrong.effectiveFrom,
      decisions: [...decisions, corrected],
      attendance: await db.attendance.where('citizenId').equals(citizen.id).toArray(),
      closes: await db.monthCloses.toArray(),
      earlier: decisions.flatMap((d) => d.correction?.months ?? []),
    });
    return { corrected, result };
  }

  async function create(input: WageDecisionInput, supersedes?: string): Promise<WageDecision> {
    const fields = ctx.parse(WageDecisionInputSchema, input, 'Lønafgørelsen');
    return ctx.write(
      [
        'citizens',
        'wageDecisions',
        'monthCloses',
        'settingsVersions',
        'workAreas',
        'auditLog',
        'meta',
      ],
      async () => {
        await assertAboveFloor(fields);
        // A replacement of a locked decision keeps its date, so only the others' dates bound it.
        await assertNoClosedMonth(fields, (d) => d.id !== supersedes);
        const citizen = await db.citizens.get(fields.citizenId);
        if (!citizen) throw new DataError('NOT_FOUND', CITIZEN_GONE);
        const same = (
          await db.wageDecisions.where('citizenId').equals(fields.citizenId).toArray()
        ).filter((d) => d.effectiveFrom === fields.effectiveFrom);
        for (const d of same) {
          // Two decisions from one date are allowed only as a replacement of a locked one.
          if (d.id !== supersedes && (await lockedDecisionMonths(ctx, d.id)).length === 0) {
            const message = `der findes allerede en lønafgørelse fra ${formatDate(fields.effectiveFrom)}; ret den i stedet`;
            throw invalid('Lønafgørelsen', [{ path: ['effectiveFrom'], message }]);
          }
        }
        const at = ctx.now();
        const row: WageDecision = {
          id: ctx.newId(),
          ...fields,
          ...(supersedes ? { supersedes } : {}),
          createdAt: at,
          updatedAt: at,
        };
        await db.wageDecisions.add(row);
        await ctx.audit('wageDecisions', row.id, 'create', undefined, row);
        return row;
      },
    );
  }

  return {
    async getWageDecision(id) {
      return (await db.wageDecisions.get(id)) ?? null;
    },

    async listWageDecisions(citizenId) {
      const rows = await db.wageDecisions.where('citizenId').equals(citizenId).toArray();
      return rows.sort(byDateThenCreated);
    },

    /** Every citizen's decisions in one read (screens about all citizens), each in date order. */
    async listAllWageDecisions() {
      const rows = await db.wageDecisions.toArray();
      return rows.sort((a, b) =>
        a.citizenId !== b.citizenId
          ? a.citizenId < b.citizenId
            ? -1
            : 1
          : byDateThenCreated(a, b),
      );
    },

    wageDecisionLockedBy: (id) => lockedDecisionMonths(ctx, id),

    createWageDecision: (input) => create(input),

    /** Edits a decision not yet used by a closed month; else refused with LOCKED. */
    async updateWageDecision(id, patch, expectedUpdatedAt, reason) {
      const why = parseReason(reason);
      return ctx.write(
        [
          'citizens',
          'wageDecisions',
          'monthCloses',
          'settingsVersions',
          'workAreas',
          'auditLog',
          'meta',
        ],
        async () => {
          const before = await db.wageDecisions.get(id);
          if (!before) throw new DataError('NOT_FOUND', DECISION_GONE);
          ctx.checkExpected(before, expectedUpdatedAt);
          await assertUnlocked(id);
          // Its differences were frozen when it was saved (docs/rules.md §10).
          if (before.correction)
            throw new DataError(
              'LOCKED',
              'En efterregulering kan ikke rettes. Slet den, før næste måned lukkes, og lav en ny.',
            );
          const { id: _i, createdAt: _c, updatedAt: _u, supersedes, ...current } = before;
          const merged = { ...current, ...patch };
          // Switching between assessment and hand-set wage: drop the other half.
          if ('hourlyWage' in patch && patch.hourlyWage !== undefined) delete merged.assessment;
          if ('assessment' in patch && patch.assessment !== undefined) {
            delete merged.hourlyWage;
            delete merged.justification;
          }
          const fields = ctx.parse(WageDecisionInputSchema, merged, 'Lønafgørelsen');
          await assertAboveFloor(fields);
          // Moved to another date: it must not start to apply in a closed month (§10).
          if (fields.effectiveFrom !== before.effectiveFrom)
            await assertNoClosedMonth(fields, (d) => d.id !== id);
          const after: WageDecision = {
            ...fields,
            ...(supersedes ? { supersedes } : {}),
            id,
            createdAt: before.createdAt,
            updatedAt: ctx.stamp(before.updatedAt),
          };
          await db.wageDecisions.put(after);
          await ctx.audit('wageDecisions', id, 'update', before, after, why);
          return after;
        },
      );
    },

    /** A change of a locked decision: a new decision from the same date replacing it. */
    async replaceWageDecision(id, input) {
      const old = await db.wageDecisions.get(id);
      if (!old) throw new DataError('NOT_FOUND', DECISION_GONE);
      return create({ ...input, citizenId: old.citizenId }, id);
    },

    async previewWageCorrection(id, input) {
      return ctx.read(['citizens', 'wageDecisions', 'attendance', 'monthCloses'], async () => {
        return (await correctionOf(id, input)).result;
      });
    },

    async recordWageCorrection(id, input, reason) {
      const why = ctx.parse(ReopenReasonSchema, reason, 'Begrundelsen');
      return ctx.write(
        [
          'citizens',
          'wageDecisions',
          'attendance',
          'monthCloses',
          'settingsVersions',
          'workAreas',
          'auditLog',
          'meta',
        ],
        async () => {
          // Computed again here, in the write, so what is saved is what the data says now.
          const { corrected, result } = await correctionOf(id, input);
          await assertAboveFloor(corrected);
          if (result.problems.length > 0)
            throw invalid(
              'Efterreguleringen',
              result.problems.map((p) => ({
                path: ['effectiveFrom'],
                message: `${formatMonth(p.month)} kan ikke beregnes med den rettede afgørelse`,
              })),
            );
          const changed = result.months.filter(
            (m) => m.deltaGross !== 0 || m.deltaAdjustment !== 0,
          );
          if (changed.length === 0)
            throw invalid('Efterreguleringen', [
              {
                path: ['effectiveFrom'],
                message:
                  'den rettede afgørelse ændrer intet i de lukkede måneder, så der er intet at efterregulere',
              },
            ]);
          const row: WageDecision = {
            ...corrected,
            correction: {
              reason: why,
              payIn: result.payIn,
              months: result.months.map((m) => ({
                month: m.month,
                grossClosed: m.closedGross,
                grossNew: m.newGross,
                deltaGross: m.deltaGross,
                adjustmentClosed: m.closedAdjustment,
                adjustmentNew: m.newAdjustment,
                deltaAdjustment: m.deltaAdjustment,
              })),
              deltaGross: result.deltaGross,
              deltaAdjustment: result.deltaAdjustment,
            },
          };
          await db.wageDecisions.add(row);
          await ctx.audit('wageDecisions', row.id, 'create', undefined, row, why);
          return row;
        },
      );
    },

    async deleteWageDecision(id, reason, expectedUpdatedAt) {
      await ctx.write(['wageDecisions', 'monthCloses', 'auditLog', 'meta'], async () => {
        const before = await db.wageDecisions.get(id);
        if (!before) return;
        ctx.checkExpected(before, expectedUpdatedAt);
        await assertUnlocked(id);
        const why = parseReason(reason);
        await db.wageDecisions.delete(id);
        await ctx.audit('wageDecisions', id, 'delete', before, undefined, why);
      });
    },
  };
}
