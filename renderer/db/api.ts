// The local backend's DataApi (shared/data/api.ts) on one Dexie database: one DbContext and one
// module per aggregate; each module's `*Operations` type names the operations it answers.
import { liveQuery } from 'dexie';
import type { DataApi } from '../../shared/data/api';
import { attendanceOperations } from './attendance';
import { auditOperations } from './audit';
import { backupOperations } from './backup';
import { backupProtectionOperations } from './backupProtection';
import { citizenOperations } from './citizens';
import { createDbContext, type DataApiOptions } from './context';
import { documentOperations } from './documents';
import { watchDatabase } from './events';
import { exportTemplateOperations } from './exportTemplates';
import { grantOperations } from './grants';
import { importOperations } from './imports';
import { monthOperations } from './months';
import type { JobbasenDb } from './schema';
import { settingsVersionOperations } from './settingsVersions';
import { storageOperations } from './storage';
import { userOperations } from './user';
import { wageDecisionOperations } from './wageDecisions';
import { workAreaOperations } from './workAreas';

export function createDataApiOn(db: JobbasenDb, options: DataApiOptions = {}): DataApi {
  const ctx = createDbContext(db, options);
  const citizens = citizenOperations(ctx);
  const grants = grantOperations(ctx, citizens);
  const attendance = attendanceOperations(ctx);
  return {
    // Dexie re-runs the query whenever a table range it read is written (also by other windows).
    observe(query, observer) {
      const subscription = liveQuery(query).subscribe({
        next: (value) => observer.next(value),
        error: (error: unknown) => observer.error(error),
      });
      return () => subscription.unsubscribe();
    },
    onDatabaseEvent: watchDatabase(db),
    ...userOperations(ctx),
    ...citizens,
    ...grants,
    ...wageDecisionOperations(ctx),
    ...attendance,
    ...importOperations(ctx, { ...citizens, ...grants, ...attendance }),
    ...settingsVersionOperations(ctx),
    ...workAreaOperations(ctx),
    ...monthOperations(ctx),
    ...exportTemplateOperations(ctx),
    ...backupOperations(ctx),
    ...backupProtectionOperations(ctx),
    ...auditOperations(ctx),
    ...documentOperations(ctx),
    ...storageOperations(ctx),
  } satisfies DataApi;
}
