// The acting user: initials kept on this PC; every change is audited with them.
import type { DataApi } from '../../shared/data/api';
import { initials as InitialsSchema } from '../../shared/records';
import type { DbContext } from './context';

export type UserOperations = Pick<DataApi, 'getCurrentUser' | 'setCurrentUser'>;

export function userOperations(ctx: DbContext): UserOperations {
  const { db } = ctx;
  return {
    async getCurrentUser() {
      const row = await db.meta.get('currentUser');
      return typeof row?.value === 'string' ? row.value : null;
    },

    async setCurrentUser(initials) {
      const value = ctx.parse(InitialsSchema, initials, 'Initialerne');
      await ctx.write(['meta'], () => db.meta.put({ key: 'currentUser', value }));
      ctx.rememberUser(value);
      return value;
    },
  };
}
