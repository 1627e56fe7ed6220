// Settings versions (docs/rules.md §6): dated from a month, in force until the next; one used by
// a closed month cannot change (§10).
import type { DataApi } from '../../shared/data/api';
import { DataError } from '../../shared/data/errors';
import { SettingsVersionInputSchema, type SettingsVersion } from '../../shared/records';
import { invalid, type DbContext } from './context';
import { formatMonth } from '../../shared/danish/dates';
import { shiftMonth } from '../../shared/calendar';
import { closedMonthsCovered } from '../../shared/month';

export type SettingsVersionOperations = Pick<
  DataApi,
  'listSettingsVersions' | 'saveSettingsVersion' | 'deleteSettingsVersion'
>;

const TABLES = ['settingsVersions', 'monthCloses', 'auditLog', 'meta'] as const;

export function settingsVersionOperations(ctx: DbContext): SettingsVersionOperations {
  const { db } = ctx;

  async function monthsUsing(versionId: string): Promise<string[]> {
    return (await db.monthCloses.toArray())
      .filter((c) => c.payroll.settingsVersionId === versionId)
      .map((c) => c.month);
  }

  return {
    async listSettingsVersions() {
      return db.settingsVersions.orderBy('validFrom').toArray();
    },

    /**
     * Creates the version from `validFrom`, or edits it if one exists and no closed month used it.
     * Its version token is `createdAt` (the row has no `updatedAt`, and adding one would change
     * the stored rows' schema): like `createdBy`, it names the write of the content stored now,
     * stamped anew and larger on every edit (docs/rules.md, "Samtidige ændringer").
     */
    async saveSettingsVersion(input, expectedUpdatedAt) {
      const fields = ctx.parse(SettingsVersionInputSchema, input, 'Indstillingerne');
      return ctx.write(TABLES, async () => {
        const before = await db.settingsVersions
          .where('validFrom')
          .equals(fields.validFrom)
          .first();
        ctx.checkExpected(before, expectedUpdatedAt);
        // docs/rules.md §10: a version takes effect in no closed month (from its month up to the
        // next version's); it may start in the first month after them.
        const closed = closedMonthsCovered(
          fields.validFrom,
          await db.settingsVersions.toArray(),
          await db.monthCloses.toArray(),
        );
        if (closed.length > 0) {
          const first = formatMonth(shiftMonth(closed.at(-1)!, 1));
          const months = closed.map(formatMonth);
          const message = `${months.join(', ')} er ${closed.length === 1 ? 'lukket' : 'lukkede'}, og en version fra ${formatMonth(fields.validFrom)} ville gælde ${closed.length === 1 ? 'den' : 'dem'}. Vælg ${first} eller senere, eller genåbn måneden først.`;
          throw invalid('Indstillingerne', [{ path: ['validFrom'], message }], 'CLOSED_MONTH');
        }
        if (before) {
          const usedBy = await monthsUsing(before.id);
          if (usedBy.length > 0) {
            const message = `indstillingerne fra ${formatMonth(fields.validFrom)} er brugt i ${usedBy.map(formatMonth).join(', ')} og kan ikke ændres. Opret en ny version fra en senere måned.`;
            throw invalid('Indstillingerne', [{ path: ['validFrom'], message }], 'LOCKED');
          }
        }
        const after: SettingsVersion = {
          id: before?.id ?? ctx.newId(),
          ...fields,
          createdAt: before ? ctx.stamp(before.createdAt) : ctx.now(),
          createdBy: await ctx.actingUser(),
        };
        await db.settingsVersions.put(after);
        await ctx.audit(
          'settingsVersions',
          after.id,
          before ? 'update' : 'create',
          before ?? undefined,
          after,
        );
        return after;
      });
    },

    async deleteSettingsVersion(id, expectedUpdatedAt) {
      await ctx.write(TABLES, async () => {
        const before = await db.settingsVersions.get(id);
        if (!before) return;
        ctx.checkExpected(before, expectedUpdatedAt);
        const usedBy = await monthsUsing(id);
        if (usedBy.length > 0)
          throw new DataError(
            'LOCKED',
            `Indstillingerne er brugt i ${usedBy.map(formatMonth).join(', ')} og kan ikke slettes.`,
          );
        await db.settingsVersions.delete(id);
        await ctx.audit('settingsVersions', id, 'delete', before, undefined);
      });
    },
  };
}
