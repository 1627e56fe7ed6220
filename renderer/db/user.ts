// The acting user (docs/rules.md §13): in the desktop app the operating-system account, with
// initials derived from its name or set once for it; in browser mode initials kept on this PC.
import type { DataApi } from '../../shared/data/api';
import { DataError } from '../../shared/data/errors';
import { initials as InitialsSchema } from '../../shared/records';
import type { DbContext } from './context';

export type UserOperations = Pick<DataApi, 'getCurrentUser' | 'getActingUser' | 'setCurrentUser'>;

export function userOperations(ctx: DbContext): UserOperations {
  const { db } = ctx;

  async function getActingUser() {
    try {
      const who = await ctx.identity();
      return { ...who, fixed: who.account !== undefined };
    } catch (error) {
      if (error instanceof DataError && error.code === 'NO_USER') return null;
      throw error;
    }
  }

  return {
    async getCurrentUser() {
      return (await getActingUser())?.initials ?? null;
    },

    getActingUser,

    async setCurrentUser(initials) {
      const value = ctx.parse(InitialsSchema, initials, 'Initialerne');
      const account = await ctx.account();
      if (account !== null) {
        // Desktop: the account acts. Its initials may be given once, when none derive from it.
        if ((await getActingUser()) !== null)
          throw new DataError(
            'VALIDATION',
            `Brugeren er pc'ens konto (${account}) og kan ikke skiftes her. Log på Windows som en anden bruger for at arbejde som en anden.`,
          );
        await ctx.write(['meta'], () => db.meta.put({ key: `initials:${account}`, value }));
        return value;
      }
      await ctx.write(['meta'], () => db.meta.put({ key: 'currentUser', value }));
      ctx.rememberUser(value);
      return value;
    },
  };
}
