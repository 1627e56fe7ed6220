// Grants (bevillinger): size, period and follow-up (docs/rules.md §1), and a citizen saved
// together with its grant in one transaction.
import type { DataApi } from '../../shared/data/api';
import { DataError } from '../../shared/data/errors';
import { GrantInputSchema, followUpDue, type Grant } from '../../shared/records';
import { endedOn } from '../../shared/rules/citizens';
import type { DbContext } from './context';
import type { CitizenOperations } from './citizens';
import { CITIZEN_GONE } from './guards';

export type GrantOperations = Pick<
  DataApi,
  | 'listGrants'
  | 'listFollowUpsDue'
  | 'createGrant'
  | 'updateGrant'
  | 'saveCitizenWithGrant'
  | 'recordFollowUp'
  | 'deleteGrant'
>;

const GRANT_GONE = 'Bevillingen findes ikke (mere).';

export function grantOperations(
  ctx: DbContext,
  citizens: Pick<CitizenOperations, 'createCitizen' | 'updateCitizen'>,
): GrantOperations {
  const { db } = ctx;

  const createGrant: GrantOperations['createGrant'] = async (input) => {
    const fields = ctx.parse(GrantInputSchema, input, 'Bevillingen');
    return ctx.write(['citizens', 'grants', 'workAreas', 'auditLog', 'meta'], async () => {
      const citizen = await db.citizens.get(fields.citizenId);
      if (!citizen) throw new DataError('NOT_FOUND', CITIZEN_GONE);
      const at = ctx.now();
      const row: Grant = {
        id: ctx.newId(),
        ...fields,
        followUpDue: fields.followUpDue ?? followUpDue(citizen.offer, fields.startDate),
        createdAt: at,
        updatedAt: at,
      };
      await db.grants.add(row);
      await ctx.audit('grants', row.id, 'create', undefined, row);
      return row;
    });
  };

  const updateGrant: GrantOperations['updateGrant'] = async (id, patch, expectedUpdatedAt) =>
    ctx.write(['grants', 'auditLog', 'meta'], async () => {
      const before = await db.grants.get(id);
      if (!before) throw new DataError('NOT_FOUND', GRANT_GONE);
      ctx.checkExpected(before, expectedUpdatedAt);
      const { id: _i, createdAt: _c, updatedAt: _u, ...current } = before;
      const fields = ctx.parse(GrantInputSchema, { ...current, ...patch }, 'Bevillingen');
      return ctx.saveEdited('grants', before, {
        ...fields,
        followUpDue: fields.followUpDue ?? before.followUpDue,
      });
    });

  return {
    async listGrants(citizenId) {
      const rows = citizenId
        ? await db.grants.where('citizenId').equals(citizenId).toArray()
        : await db.grants.toArray();
      return rows.sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
    },

    /** Grants whose follow-up is due on or before `date` (and that have not ended). */
    async listFollowUpsDue(date) {
      const rows = await db.grants.where('followUpDue').belowOrEqual(date).toArray();
      return rows.filter((g) => !endedOn(g, date));
    },

    createGrant,
    updateGrant,

    /**
     * A citizen's master data and grant together, in one rw transaction: a new citizen is never
     * stored without its grant, and a refused grant leaves the citizen as it was.
     */
    async saveCitizenWithGrant({ citizen: c, grant: g }) {
      return ctx.write(['citizens', 'grants', 'workAreas', 'auditLog', 'meta'], async () => {
        const citizen = c.id
          ? await citizens.updateCitizen(c.id, c.input, c.expectedUpdatedAt)
          : await citizens.createCitizen(
              c.input,
              c.workAreaId !== undefined ? { workAreaId: c.workAreaId } : {},
            );
        const grant = g.id
          ? await updateGrant(g.id, g.input, g.expectedUpdatedAt)
          : await createGrant({ ...g.input, citizenId: citizen.id });
        if (grant.citizenId !== citizen.id)
          throw new DataError('VALIDATION', 'Bevillingen hører til en anden borger.');
        return { citizen, grant };
      });
    },

    /** A follow-up held on `date`: the next is due 6 / 12 months later (docs/rules.md §1). */
    async recordFollowUp(id, date, expectedUpdatedAt) {
      const grant = await db.grants.get(id);
      if (!grant) throw new DataError('NOT_FOUND', GRANT_GONE);
      const citizen = await db.citizens.get(grant.citizenId);
      if (!citizen) throw new DataError('NOT_FOUND', CITIZEN_GONE);
      return updateGrant(id, { followUpDue: followUpDue(citizen.offer, date) }, expectedUpdatedAt);
    },

    async deleteGrant(id, expectedUpdatedAt) {
      await ctx.write(['grants', 'auditLog', 'meta'], async () => {
        const before = await db.grants.get(id);
        if (!before) return;
        ctx.checkExpected(before, expectedUpdatedAt);
        await db.grants.delete(id);
        await ctx.audit('grants', id, 'delete', before, undefined);
      });
    },
  };
}
