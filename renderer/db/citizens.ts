// Citizens: master data, end and reactivation, bulk import. An active citizen's payroll number
// is unique among active citizens; ending keeps all history.
import type { DataApi } from '../../shared/data/api';
import { DataError } from '../../shared/data/errors';
import {
  CitizenEndSchema,
  CitizenInputSchema,
  type Citizen,
  type CitizenInput,
} from '../../shared/records';
import { invalid, type DbContext } from './context';
import { todayIso } from '../../shared/calendar';
import { endedOn } from '../../shared/rules/citizens';
import { CITIZEN_GONE } from './guards';

export type CitizenOperations = Pick<
  DataApi,
  | 'listCitizens'
  | 'getCitizen'
  | 'createCitizen'
  | 'updateCitizen'
  | 'endCitizen'
  | 'reactivateCitizen'
  | 'importCitizens'
>;

const CITIZEN_TABLES = ['citizens', 'workAreas', 'auditLog', 'meta'] as const;

export function citizenOperations(ctx: DbContext): CitizenOperations {
  const { db } = ctx;
  /** The workshop's day by the data layer's clock: "ended" is `endedOn` (docs/rules.md §1). */
  const today = () => todayIso(new Date(ctx.now()));

  async function assertPayrollNumberFree(payrollNumber: string, exceptId?: string) {
    const same = await db.citizens.where('payrollNumber').equals(payrollNumber).toArray();
    const clash = same.find((c) => c.id !== exceptId && !endedOn(c, today()));
    if (clash) {
      const message = `lønnummeret ${payrollNumber} bruges allerede af ${clash.name}`;
      throw invalid('Borgeren', [{ path: ['payrollNumber'], message }]);
    }
  }

  /**
   * A new citizen's work area from its start month (docs/rules.md §6): the one asked for, else
   * the only area when there is exactly one, else none. Inside a write over workAreas.
   */
  async function startingArea(
    startDate: string,
    workAreaId: string | undefined,
  ): Promise<Pick<Citizen, 'workAreas'>> {
    const areas = await db.workAreas.toArray();
    const chosen =
      workAreaId !== undefined
        ? areas.find((a) => a.id === workAreaId)
        : areas.length === 1
          ? areas[0]
          : undefined;
    if (workAreaId !== undefined && !chosen)
      throw invalid('Borgeren', [{ path: ['workAreaId'], message: 'arbejdsområdet findes ikke' }]);
    return chosen ? { workAreas: [{ from: startDate.slice(0, 7), areaId: chosen.id }] } : {};
  }

  async function existing(id: string): Promise<Citizen> {
    const row = await db.citizens.get(id);
    if (!row) throw new DataError('NOT_FOUND', CITIZEN_GONE);
    return row;
  }

  return {
    async listCitizens(opts = {}) {
      const all = await db.citizens.orderBy('name').toArray();
      return opts.includeEnded ? all : all.filter((c) => !endedOn(c, today()));
    },

    async getCitizen(id) {
      return (await db.citizens.get(id)) ?? null;
    },

    async createCitizen(input, opts = {}) {
      const fields = ctx.parse(CitizenInputSchema, input, 'Borgeren');
      return ctx.write(CITIZEN_TABLES, async () => {
        await assertPayrollNumberFree(fields.payrollNumber);
        const at = ctx.now();
        const row: Citizen = {
          id: ctx.newId(),
          ...fields,
          ...(await startingArea(fields.startDate, opts.workAreaId)),
          createdAt: at,
          updatedAt: at,
        };
        await db.citizens.add(row);
        await ctx.audit('citizens', row.id, 'create', undefined, row);
        return row;
      });
    },

    async updateCitizen(id, patch, expectedUpdatedAt) {
      return ctx.write(CITIZEN_TABLES, async () => {
        const before = await existing(id);
        ctx.checkExpected(before, expectedUpdatedAt);
        const {
          id: _i,
          endDate: _e,
          endReason: _r,
          createdAt: _c,
          updatedAt: _u,
          workAreas,
          ...current
        } = before;
        const fields = ctx.parse(CitizenInputSchema, { ...current, ...patch }, 'Borgeren');
        if (fields.payrollNumber !== before.payrollNumber && !endedOn(before, today()))
          await assertPayrollNumberFree(fields.payrollNumber, id);
        // The area is changed only by a move (moveCitizenToArea), so it is kept as it was.
        return ctx.saveEdited('citizens', before, {
          ...fields,
          ...(workAreas !== undefined ? { workAreas } : {}),
          ...(before.endDate !== undefined
            ? { endDate: before.endDate, endReason: before.endReason }
            : {}),
        });
      });
    },

    /** Ends the citizen's enrolment (date and reason); all history is kept. */
    async endCitizen(id, end, expectedUpdatedAt) {
      const fields = ctx.parse(CitizenEndSchema, end, 'Afslutningen');
      return ctx.write(CITIZEN_TABLES, async () => {
        const before = await existing(id);
        ctx.checkExpected(before, expectedUpdatedAt);
        if (fields.endDate < before.startDate) {
          const message = 'slutdatoen ligger før startdatoen';
          throw invalid('Afslutningen', [{ path: ['endDate'], message }]);
        }
        const after: Citizen = { ...before, ...fields, updatedAt: ctx.stamp(before.updatedAt) };
        await db.citizens.put(after);
        await ctx.audit('citizens', id, 'end', before, after, fields.endReason);
        return after;
      });
    },

    async reactivateCitizen(id, expectedUpdatedAt) {
      return ctx.write(CITIZEN_TABLES, async () => {
        const before = await existing(id);
        ctx.checkExpected(before, expectedUpdatedAt);
        await assertPayrollNumberFree(before.payrollNumber, id);
        const { endDate: _e, endReason: _r, ...rest } = before;
        const after: Citizen = { ...rest, updatedAt: ctx.stamp(before.updatedAt) };
        await db.citizens.put(after);
        await ctx.audit('citizens', id, 'update', before, after);
        return after;
      });
    },

    /**
     * Bulk path for seeding and moving from another system: all citizens validated first, then
     * one rw transaction with bulkAdd and ONE summary audit entry (a per-row entry would double
     * the writes). All or nothing.
     */
    async importCitizens(inputs: readonly CitizenInput[]) {
      const parsed = ctx.parseAll(CitizenInputSchema, inputs, 'Borgerne');
      const seen = new Map<string, string>();
      parsed.forEach((c, i) => {
        const other = seen.get(c.payrollNumber);
        if (other !== undefined) {
          const message = `lønnummeret ${c.payrollNumber} står både ved ${other} og ${c.name}`;
          throw invalid('Borgerne', [{ path: [i, 'payrollNumber'], message }]);
        }
        seen.set(c.payrollNumber, c.name);
      });
      return ctx.write(CITIZEN_TABLES, async () => {
        const active = (await db.citizens.toArray()).filter((c) => !endedOn(c, today()));
        for (const c of active)
          if (seen.has(c.payrollNumber)) await assertPayrollNumberFree(c.payrollNumber);
        const at = ctx.now();
        const areas = await db.workAreas.toArray();
        const only = areas.length === 1 ? areas[0]! : undefined;
        const rows: Citizen[] = parsed.map((f) => ({
          id: ctx.newId(),
          ...f,
          ...(only ? { workAreas: [{ from: f.startDate.slice(0, 7), areaId: only.id }] } : {}),
          createdAt: at,
          updatedAt: at,
        }));
        await db.citizens.bulkAdd(rows);
        await ctx.audit('citizens', 'import', 'create', undefined, {
          imported: rows.length,
          ids: rows.map((r) => r.id),
        });
        return rows;
      });
    },
  };
}
