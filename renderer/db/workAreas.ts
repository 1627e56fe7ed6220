// Work areas (docs/rules.md §6): each with its dated reference wage ("laveste
// overenskomstmæssige timeløn"); a citizen's area per month, moved from the first of a month.
// Nothing takes effect in a closed month (§10): a figure or a move that would change a closed
// month's floor is refused, naming the month and the first one that can be used.
import type { DataApi } from '../../shared/data/api';
import { DataError } from '../../shared/data/errors';
import { formatMonth } from '../../shared/danish/dates';
import { AREA_WAGE_LABEL, describeIssue } from '../../shared/danish/labels';
import { fromZodIssues } from '../../shared/domain/errors';
import { shiftMonth } from '../../shared/calendar';
import {
  WorkAreaNameSchema,
  WorkAreaWageSchema,
  areaIdFor,
  areaInUseMessage,
  areaUse,
  areaWageFor,
  closedMonthsMoved,
  isoMonth,
  id as IdSchema,
  monthAreaOf,
  settingsForArea,
  settingsVersionFor,
  withMembership,
  type Citizen,
  type SettingsVersion,
  type WorkArea,
  type WorkAreaWage,
} from '../../shared/records';
import { invalid, type DbContext } from './context';
import { CITIZEN_GONE } from './guards';

export type WorkAreaOperations = Pick<
  DataApi,
  | 'listWorkAreas'
  | 'saveWorkArea'
  | 'saveWorkAreaWage'
  | 'deleteWorkAreaWage'
  | 'deleteWorkArea'
  | 'moveCitizenToArea'
  | 'getSettingsForMonth'
>;

const AREA_GONE = 'Arbejdsområdet findes ikke (mere).';
const danish = new Intl.Collator('da');

/** The refusal of docs/rules.md §10 for `closed` months (sorted), at `path`. */
function closedRefusal(what: string, path: string, closed: readonly string[], action: string) {
  const first = formatMonth(shiftMonth(closed.at(-1)!, 1));
  const months = closed.map(formatMonth).join(', ');
  const message = `${months} er ${closed.length === 1 ? 'lukket' : 'lukkede'}, og ${action} ville ændre ${closed.length === 1 ? 'den' : 'dem'}. Vælg ${first} eller senere, eller genåbn måneden først.`;
  return invalid(what, [{ path: [path], message }], 'CLOSED_MONTH');
}

/**
 * Deleting a figure a closed month was paid with (docs/rules.md §10): "Satsen fra januar 2026 er
 * ikke slettet: oktober 2026 er lukket og blev regnet med den. …", at "Gælder fra måned".
 */
function deletionRefusal(validFrom: string, closed: readonly string[]): DataError {
  const one = closed.length === 1;
  const months = closed.map(formatMonth).join(', ');
  const next = formatMonth(shiftMonth(closed.at(-1)!, 1));
  const message =
    `${months} er ${one ? 'lukket' : 'lukkede'} og blev regnet med den. Genåbn ` +
    `${one ? 'måneden' : 'månederne'} først, eller tilføj en ny sats fra ${next} eller senere.`;
  return new DataError(
    'CLOSED_MONTH',
    `Satsen fra ${formatMonth(validFrom)} er ikke slettet: ${message}`,
    [{ path: ['validFrom'], message }],
  );
}

/**
 * The settings a citizen's month is computed with: the version in force, with the citizen's
 * area figure (docs/rules.md §6). Reads citizens, workAreas and settingsVersions.
 */
export async function citizenSettingsFor(
  ctx: DbContext,
  month: string,
  citizenId: string | undefined,
): Promise<SettingsVersion> {
  const version = settingsVersionFor(month, await ctx.db.settingsVersions.toArray());
  if (citizenId === undefined) return version;
  const citizen = await ctx.db.citizens.get(citizenId);
  if (!citizen) return version;
  const area = monthAreaOf(citizen, month, await ctx.db.workAreas.toArray());
  return { ...version, settings: settingsForArea(version.settings, area) };
}

/**
 * An area's dated figure through its schema; a refused amount is named as the area's figure
 * ("Laveste overenskomstmæssige timeløn"), not as the common setting sharing its key (§6).
 */
function parseWage(input: unknown): WorkAreaWage {
  const parsed = WorkAreaWageSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = fromZodIssues(parsed.error.issues);
  const message = issues
    .map((i) =>
      i.path[0] === 'minimumWageReference' ? `${AREA_WAGE_LABEL}: ${i.message}` : describeIssue(i),
    )
    .join('; ');
  throw new DataError('VALIDATION', `Mindstelønnen er ikke gemt: ${message}`, issues);
}

export function workAreaOperations(ctx: DbContext): WorkAreaOperations {
  const { db } = ctx;

  async function closedMonths(): Promise<string[]> {
    return (await db.monthCloses.toArray())
      .filter((c) => c.status === 'closed')
      .map((c) => c.month)
      .sort();
  }

  async function area(areaId: string): Promise<WorkArea> {
    const row = await db.workAreas.get(areaId);
    if (!row) throw new DataError('NOT_FOUND', AREA_GONE);
    return row;
  }

  /** A new figure list for `before`; refused (`refuse`) when a closed month's figure would change. */
  async function saveWages(
    before: WorkArea,
    wages: WorkArea['wages'],
    refuse: (closed: string[]) => DataError,
  ) {
    const after: WorkArea = {
      ...before,
      wages: [...wages].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1)),
      updatedAt: ctx.stamp(before.updatedAt),
    };
    const hit = (await closedMonths()).filter(
      (m) => areaWageFor(m, before) !== areaWageFor(m, after),
    );
    if (hit.length > 0) throw refuse(hit);
    await db.workAreas.put(after);
    await ctx.audit('workAreas', after.id, 'update', before, after);
    return after;
  }

  return {
    async listWorkAreas() {
      return (await db.workAreas.toArray()).sort(
        (a, b) => danish.compare(a.name, b.name) || (a.id < b.id ? -1 : 1),
      );
    },

    async saveWorkArea(input, expectedUpdatedAt) {
      const name = ctx.parse(WorkAreaNameSchema, input.name, 'Arbejdsområdet', ['name']);
      return ctx.write(['workAreas', 'auditLog', 'meta'], async () => {
        const all = await db.workAreas.toArray();
        const clash = all.find(
          (a) =>
            a.id !== input.id && a.name.toLocaleLowerCase('da') === name.toLocaleLowerCase('da'),
        );
        if (clash)
          throw invalid('Arbejdsområdet', [
            {
              path: ['name'],
              message: `der findes allerede et arbejdsområde med navnet ${clash.name}`,
            },
          ]);
        const at = ctx.now();
        if (input.id === undefined) {
          const row: WorkArea = { id: ctx.newId(), name, wages: [], createdAt: at, updatedAt: at };
          await db.workAreas.add(row);
          await ctx.audit('workAreas', row.id, 'create', undefined, row);
          return row;
        }
        const before = await area(input.id);
        ctx.checkExpected(before, expectedUpdatedAt);
        const after: WorkArea = { ...before, name, updatedAt: ctx.stamp(before.updatedAt) };
        await db.workAreas.put(after);
        await ctx.audit('workAreas', after.id, 'update', before, after);
        return after;
      });
    },

    async saveWorkAreaWage(areaId, input, expectedUpdatedAt) {
      const fields = parseWage(input);
      return ctx.write(['workAreas', 'monthCloses', 'auditLog', 'meta'], async () => {
        const before = await area(areaId);
        ctx.checkExpected(before, expectedUpdatedAt);
        const wages = [...before.wages.filter((w) => w.validFrom !== fields.validFrom), fields];
        const action = `en mindsteløn fra ${formatMonth(fields.validFrom)}`;
        return saveWages(before, wages, (hit) =>
          closedRefusal('Mindstelønnen', 'validFrom', hit, action),
        );
      });
    },

    async deleteWorkAreaWage(areaId, validFrom, expectedUpdatedAt) {
      ctx.parse(isoMonth, validFrom, 'Mindstelønnen', ['validFrom']);
      return ctx.write(['workAreas', 'monthCloses', 'auditLog', 'meta'], async () => {
        const before = await area(areaId);
        ctx.checkExpected(before, expectedUpdatedAt);
        const wages = before.wages.filter((w) => w.validFrom !== validFrom);
        if (wages.length === before.wages.length) return before;
        return saveWages(before, wages, (hit) => deletionRefusal(validFrom, hit));
      });
    },

    async deleteWorkArea(areaId, expectedUpdatedAt) {
      return ctx.write(['workAreas', 'citizens', 'monthCloses', 'auditLog', 'meta'], async () => {
        const before = await area(areaId);
        ctx.checkExpected(before, expectedUpdatedAt);
        // docs/rules.md §6: a citizen's months and a closed month's rows name the area.
        const use = areaUse(areaId, await db.citizens.toArray(), await db.monthCloses.toArray());
        const refusal = areaInUseMessage(before.name, use);
        if (refusal) throw new DataError('LOCKED', refusal);
        await db.workAreas.delete(areaId);
        await ctx.audit('workAreas', areaId, 'delete', before, undefined);
      });
    },

    async moveCitizenToArea(citizenId, areaId, from, expectedUpdatedAt) {
      ctx.parse(IdSchema, areaId, 'Flytningen', ['areaId']);
      const month = ctx.parse(isoMonth, from, 'Flytningen', ['from']);
      return ctx.write(['citizens', 'workAreas', 'monthCloses', 'auditLog', 'meta'], async () => {
        const before = await db.citizens.get(citizenId);
        if (!before) throw new DataError('NOT_FOUND', CITIZEN_GONE);
        ctx.checkExpected(before, expectedUpdatedAt);
        const target = await area(areaId);
        if (areaIdFor(month, before.workAreas) === target.id && before.workAreas !== undefined)
          return before;
        const workAreas = withMembership(before.workAreas, target.id, month);
        // docs/rules.md §10: only closed months the citizen was paid in can change.
        // The month it starts in is never a closed one, paid in or not.
        const closes = (await db.monthCloses.toArray()).filter((c) => c.status === 'closed');
        const paidIn = closes
          .filter((c) => c.month === month || c.payroll.rows.some((r) => r.citizenId === citizenId))
          .map((c) => c.month);
        const moved = closedMonthsMoved(before.workAreas, workAreas, paidIn);
        const hit =
          paidIn.includes(month) && !moved.includes(month) ? [...moved, month].sort() : moved;
        if (hit.length > 0)
          throw closedRefusal(
            'Flytningen',
            'from',
            hit,
            `en flytning til ${target.name} fra ${formatMonth(month)}`,
          );
        const after: Citizen = { ...before, workAreas, updatedAt: ctx.stamp(before.updatedAt) };
        await db.citizens.put(after);
        await ctx.audit('citizens', citizenId, 'update', before, after);
        return after;
      });
    },

    async getSettingsForMonth(month, citizenId) {
      return ctx.read(['settingsVersions', 'citizens', 'workAreas'], () =>
        citizenSettingsFor(ctx, month, citizenId),
      );
    },
  };
}
