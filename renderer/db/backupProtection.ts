// The backup password's KDF parameters and key check (docs/rules.md §11), in the `meta` table:
// they belong to this PC, like the acting user, so a backup never carries them and a restore
// never replaces them. A damaged row reads as "no password chosen" rather than failing.
import type { DataApi } from '../../shared/data/api';
import { BackupProtectionSchema } from '../../shared/backup/protection';
import type { DbContext } from './context';

export type BackupProtectionOperations = Pick<
  DataApi,
  'getBackupProtection' | 'setBackupProtection'
>;

const KEY = 'backupProtection';

export function backupProtectionOperations(ctx: DbContext): BackupProtectionOperations {
  const { db } = ctx;
  return {
    async getBackupProtection() {
      const row = await db.meta.get(KEY);
      const parsed = BackupProtectionSchema.safeParse(row?.value);
      return parsed.success ? parsed.data : null;
    },

    async setBackupProtection(protection) {
      const value = ctx.parse(
        BackupProtectionSchema,
        protection,
        'Adgangskoden til sikkerhedskopier',
      );
      await ctx.write(['meta'], () => db.meta.put({ key: KEY, value }));
    },
  };
}
