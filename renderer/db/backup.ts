// Backup and restore: the whole database as one checked file; a restore replaces everything in
// one transaction after a safety copy of what was there, and a refused file changes nothing.
import type { BackupCounts, DataApi } from '../../shared/data/api';
import type { Table } from 'dexie';
import { DataError } from '../../shared/data/errors';
import { parseBackup, serializeBackup, type BackupData } from '../../shared/backup';
import type { DbContext } from './context';
import { DATA_TABLES } from './schema';
import { appendRestoreTrail, fileDigest } from './audit';

export type BackupOperations = Pick<
  DataApi,
  'exportBackup' | 'previewBackup' | 'restoreBackup' | 'listSafetyCopies' | 'getSafetyCopy'
>;

type BackupTable = keyof BackupData;

export function backupOperations(ctx: DbContext): BackupOperations {
  const { db } = ctx;
  const keepSafetyCopies = ctx.options.keepSafetyCopies ?? 3;

  /** One value per data table (what a backup holds), read side by side. */
  async function perTable<T>(read: (table: Table) => Promise<T>): Promise<Record<BackupTable, T>> {
    const values = await Promise.all(DATA_TABLES.map((t) => read(db.table(t))));
    return Object.fromEntries(DATA_TABLES.map((t, i) => [t, values[i]])) as Record<BackupTable, T>;
  }

  const readAll = () => perTable((t) => t.toArray()) as Promise<BackupData>;
  const countAll = (): Promise<BackupCounts> => perTable((t) => t.count());
  const countsOf = (d: BackupData): BackupCounts =>
    Object.fromEntries(DATA_TABLES.map((t) => [t, d[t].length])) as BackupCounts;

  return {
    /** The whole database as one backup file's text. */
    async exportBackup(opts = {}) {
      const data = await ctx.read([...DATA_TABLES], readAll);
      return serializeBackup(data, {
        createdAt: opts.createdAt ?? ctx.now(),
        appVersion: ctx.appVersion,
      });
    },

    /** The same check as the restore, and the counts on both sides; writes nothing. */
    async previewBackup(text) {
      const parsed = parseBackup(text);
      if (!parsed.ok) return { ok: false, message: parsed.message };
      const current = await ctx.read([...DATA_TABLES], countAll);
      return {
        ok: true,
        createdAt: parsed.createdAt,
        fromVersion: parsed.fromVersion,
        counts: countsOf(parsed.data),
        current,
      };
    },

    /**
     * Validates the whole file first; only then, in ONE rw transaction, stores a safety copy of
     * the current data and replaces everything. A refused file changes nothing.
     */
    async restoreBackup(text) {
      const parsed = parseBackup(text);
      if (!parsed.ok) return { ok: false, message: parsed.message };
      await ctx.actingUser(); // NO_USER before anything is read or written
      const digest = await fileDigest(text);
      try {
        return await ctx.write([...DATA_TABLES, 'safetyCopies', 'meta'], async () => {
          const current = await readAll();
          const takenAt = ctx.now();
          const safetyCopyId = await db.safetyCopies.add({
            takenAt,
            reason: 'Før gendannelse',
            backup: serializeBackup(current, { createdAt: takenAt, appVersion: ctx.appVersion }),
          });
          const old = await db.safetyCopies.orderBy('id').primaryKeys();
          if (old.length > keepSafetyCopies)
            await db.safetyCopies.bulkDelete(old.slice(0, old.length - keepSafetyCopies));
          // The audit log is not replaced: the restore appends to it (docs/rules.md §13).
          for (const t of DATA_TABLES) if (t !== 'auditLog') await db.table(t).clear();
          const d = parsed.data;
          await db.citizens.bulkAdd(d.citizens);
          await db.grants.bulkAdd(d.grants);
          await db.wageDecisions.bulkAdd(d.wageDecisions);
          await db.attendance.bulkAdd(d.attendance);
          await db.settingsVersions.bulkAdd(d.settingsVersions);
          await db.monthCloses.bulkAdd(d.monthCloses);
          await db.workAreas.bulkAdd(d.workAreas);
          const trail = await appendRestoreTrail(ctx, d.auditLog, {
            before: { safetyCopyId },
            after: { fromVersion: parsed.fromVersion, createdAt: parsed.createdAt, sha256: digest },
          });
          return {
            ok: true as const,
            fromVersion: parsed.fromVersion,
            safetyCopyId,
            counts: { ...countsOf(d), auditLog: await db.auditLog.count() },
            importedAudit: trail.imported,
          };
        });
      } catch (error) {
        if (error instanceof DataError)
          return {
            ok: false,
            message: `Gendannelsen er afbrudt; intet er ændret. ${error.message}`,
          };
        return {
          ok: false,
          message: `Gendannelsen er afbrudt; intet er ændret. (${(error as Error).message})`,
        };
      }
    },

    async listSafetyCopies() {
      const rows = await db.safetyCopies.orderBy('id').reverse().toArray();
      return rows.map(({ backup: _b, ...rest }) => rest);
    },

    async getSafetyCopy(id) {
      return (await db.safetyCopies.get(id))?.backup ?? null;
    },
  };
}
