// renderer/db — the app's local data (issue 3). The UI imports only from here.
//
// API (all plain async functions returning plain objects; use them with `useLiveQuery`):
//   user:        getCurrentUser(), setCurrentUser(initials) — every change is audited with them
//   citizens:    listCitizens({ includeEnded }), getCitizen(id), createCitizen(input),
//                updateCitizen(id, patch, expectedUpdatedAt?), endCitizen(id, { endDate, endReason }),
//                reactivateCitizen(id)
//   grants:      listGrants(citizenId?), listFollowUpsDue(date), createGrant(input),
//                updateGrant(id, patch), recordFollowUp(id, date), deleteGrant(id),
//                saveCitizenWithGrant({ citizen, grant }) (both or neither, one transaction)
//   wage:        listWageDecisions(citizenId), listAllWageDecisions(), wageDecisionLockedBy(id),
//                createWageDecision(input),
//                updateWageDecision(id, patch) (refused when a closed month used it),
//                replaceWageDecision(id, input) (the way to change a locked one), deleteWageDecision(id)
//   attendance:  listAttendance(month, citizenId?), upsertAttendance({ citizenId, date, hours,
//                absence?, note? }), deleteAttendance({ citizenId, date }),
//                saveMonthAttendance(month, rows) (all or nothing)
//   bulk:        importCitizens(inputs), importAttendance(rows, { chunkSize?, onProgress? }) —
//                seeding/import: one transaction per chunk, one summary audit entry each
//   settings:    listSettingsVersions(), getSettingsForMonth(month), saveSettingsVersion(input),
//                deleteSettingsVersion(id)
//   months:      getMonth(month) → { status, results, close }, listMonthCloses(), getMonthClose(month),
//                closeMonth(month, profile), reopenMonth(month, reason),
//                exportMonthCsv(month, 'excel' | 'wage-types') → { fileName, content, sha256, frozen }
//   backup:      exportBackup() → JSON text, restoreBackup(text) → { ok, … } | { ok: false, message },
//                listSafetyCopies(), getSafetyCopy(id)
//   audit:       listAudit({ table?, recordId?, limit? }) newest first
//   durability:  requestPersistentStorage(), getStorageStatus(), resumeWrites(),
//                onDatabaseEvent(listener) for "another window upgraded / is blocking"
// Errors are thrown as `DataError` with a Danish `message` naming the field and a `code`.
// Works in Electron and in a plain Chromium tab (no Node APIs).
import { createRepository, type Repository } from './repository';
import { DB_NAME, JobbasenDb } from './schema';

export * from './repository';
export * from './schema';
export * from './errors';
export type * from '../../shared/records';
export {
  ABSENCE_LABELS,
  ABSENCE_REASONS,
  DEFAULT_WAGE_TYPE_CODES,
  EXPORT_PROFILE_LABELS,
  EXPORT_PROFILES,
  GRANT_DAYS_PER_WEEK,
  GRANT_SIZE_LABELS,
  GRANT_SIZES,
  FOLLOW_UP_MONTHS,
  followUpDue,
  formatCpr,
  isValidCpr,
  maskCpr,
} from '../../shared/records';
export type { MonthResults, MonthProblem } from '../../shared/month';

export type DatabaseEvent =
  { kind: 'versionchange'; message: string } | { kind: 'blocked'; message: string };

const listeners = new Set<(event: DatabaseEvent) => void>();

/** Shows the user a banner when another window changes the database version. */
export function onDatabaseEvent(listener: (event: DatabaseEvent) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function emit(event: DatabaseEvent) {
  for (const l of listeners) l(event);
}

/**
 * Opens the database with the handlers that keep two windows safe (issue 3 § 5): on
 * `versionchange` (a newer version opened elsewhere) this window closes its connection so the
 * other can upgrade, and asks the user to reload; `blocked` tells the user to close old windows.
 * Writes are transactions, so neither window loses an update.
 */
export function openDatabase(name: string = DB_NAME): JobbasenDb {
  const database = new JobbasenDb(name);
  database.on('versionchange', () => {
    database.close({ disableAutoOpen: true });
    emit({
      kind: 'versionchange',
      message:
        'Jobbasen Løn er opdateret i et andet vindue. Genindlæs denne side for at fortsætte; intet gemt er tabt.',
    });
    return false;
  });
  database.on('blocked', () => {
    emit({
      kind: 'blocked',
      message:
        'Databasen venter på, at et andet vindue med en ældre version af Jobbasen Løn lukkes. Luk de andre vinduer.',
    });
  });
  return database;
}

const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;

export const db: JobbasenDb = openDatabase();
export const repository: Repository = createRepository(db, {
  storage,
  appVersion: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0',
});

export const {
  getCurrentUser,
  setCurrentUser,
  listCitizens,
  getCitizen,
  createCitizen,
  updateCitizen,
  endCitizen,
  reactivateCitizen,
  listGrants,
  listFollowUpsDue,
  createGrant,
  updateGrant,
  saveCitizenWithGrant,
  recordFollowUp,
  deleteGrant,
  listWageDecisions,
  listAllWageDecisions,
  wageDecisionLockedBy,
  createWageDecision,
  updateWageDecision,
  replaceWageDecision,
  deleteWageDecision,
  listAttendance,
  upsertAttendance,
  deleteAttendance,
  saveMonthAttendance,
  importCitizens,
  importAttendance,
  listSettingsVersions,
  getSettingsForMonth,
  saveSettingsVersion,
  deleteSettingsVersion,
  defaultSettingsVersion,
  getMonth,
  listMonthCloses,
  getMonthClose,
  closeMonth,
  reopenMonth,
  exportMonthCsv,
  exportBackup,
  restoreBackup,
  listSafetyCopies,
  getSafetyCopy,
  listAudit,
  getStorageStatus,
  requestPersistentStorage,
  resumeWrites,
} = repository;
