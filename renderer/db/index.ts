// renderer/db — the local backend of the DataApi (shared/data/api.ts): the workshop's data in
// IndexedDB on this PC, through Dexie. The UI reaches it only as a DataApi, built here by
// createLocalDataApi() in renderer/src/data/local.ts; tests and benchmarks build one on a
// database of their own with createDataApiOn(db, options).
import type { DataApi } from '../../shared/data/api';
import { createDataApiOn } from './api';
import type { DataApiOptions } from './context';
import { DB_NAME, JobbasenDb } from './schema';

export { createDataApiOn } from './api';
export type { DataApiOptions, StorageLike } from './context';
export { QUOTA_MESSAGE, isQuotaError } from './quota';
export {
  DATA_TABLES,
  DB_NAME,
  JobbasenDb,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_VERSION,
  upgradeV1ToV2,
  type MetaRow,
  type SafetyCopy,
} from './schema';

export interface LocalDataApiOptions extends DataApiOptions {
  /** The IndexedDB database; the app's own unless given. */
  name?: string;
}

function openLocal(options: LocalDataApiOptions = {}): DataApi {
  const { name = DB_NAME, ...rest } = options;
  return createDataApiOn(new JobbasenDb(name), {
    storage: typeof navigator !== 'undefined' ? navigator.storage : undefined,
    appVersion: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0',
    ...rest,
  });
}

/**
 * The app's data on this PC. Dexie opens the database on first use; when another window opens a
 * newer version this one closes and `onDatabaseEvent` says so (./events.ts).
 */
export function createLocalDataApi(options: LocalDataApiOptions = {}): DataApi {
  // TEMPORARY (the block below): the app's instance is shared with the old named exports.
  if (Object.keys(options).length === 0) return legacyApi();
  return openLocal(options);
}

// ---- TEMPORARY: removed when pages use the DataApi ----------------------------------------
// The old barrel's names, so renderer/src/data.ts keeps compiling while the pages move to the
// DataApi hooks. They share the app's instance (createLocalDataApi() without options), so the
// acting user and the stopped-writes state are one. Delete from here to the end of the file,
// and the two TEMPORARY lines in createLocalDataApi.
let legacy: DataApi | undefined;
const legacyApi = (): DataApi => (legacy ??= openLocal());
const call = <K extends keyof DataApi>(key: K): DataApi[K] =>
  ((...args: unknown[]) =>
    (legacyApi()[key] as (...a: unknown[]) => unknown)(...args)) as DataApi[K];

export { DataError, type DataErrorCode } from '../../shared/data/errors';
export type {
  AttendanceKey,
  AuditQuery,
  CsvExport,
  DatabaseEvent,
  MonthStatus,
  MonthView,
  RestoreResult,
  StorageStatus,
} from '../../shared/data/api';
export type {
  AbsenceReason,
  Attendance,
  AttendanceInput,
  AuditAction,
  AuditEntry,
  AuditTable,
  Citizen,
  CitizenEnd,
  CitizenInput,
  ExportProfile,
  Grant,
  GrantInput,
  GrantSize,
  MonthClose,
  MonthTotals,
  PayrollMonth,
  PayrollRow,
  SettingsVersion,
  SettingsVersionInput,
  WageDecision,
  WageDecisionInput,
  WageTypeCodes,
} from '../../shared/records';
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
  defaultSettingsVersion,
  followUpDue,
  formatCpr,
  isValidCpr,
  maskCpr,
} from '../../shared/records';
export type { MonthResults, MonthProblem } from '../../shared/month';

/** Only what DecisionLetterPage still reads directly. */
export const db = {
  wageDecisions: {
    get: async (id: string) => (await legacyApi().getWageDecision(id)) ?? undefined,
  },
};
export const onDatabaseEvent = call('onDatabaseEvent');
export const getCurrentUser = call('getCurrentUser');
export const setCurrentUser = call('setCurrentUser');
export const listCitizens = call('listCitizens');
export const getCitizen = call('getCitizen');
export const createCitizen = call('createCitizen');
export const updateCitizen = call('updateCitizen');
export const endCitizen = call('endCitizen');
export const reactivateCitizen = call('reactivateCitizen');
export const importCitizens = call('importCitizens');
export const listGrants = call('listGrants');
export const listFollowUpsDue = call('listFollowUpsDue');
export const createGrant = call('createGrant');
export const updateGrant = call('updateGrant');
export const saveCitizenWithGrant = call('saveCitizenWithGrant');
export const recordFollowUp = call('recordFollowUp');
export const deleteGrant = call('deleteGrant');
export const getWageDecision = call('getWageDecision');
export const listWageDecisions = call('listWageDecisions');
export const listAllWageDecisions = call('listAllWageDecisions');
export const wageDecisionLockedBy = call('wageDecisionLockedBy');
export const createWageDecision = call('createWageDecision');
export const updateWageDecision = call('updateWageDecision');
export const replaceWageDecision = call('replaceWageDecision');
export const deleteWageDecision = call('deleteWageDecision');
export const listAttendance = call('listAttendance');
export const upsertAttendance = call('saveAttendanceDay');
export const deleteAttendance = call('clearAttendanceDay');
export const saveMonthAttendance = call('saveMonthAttendance');
export const importAttendance = call('importAttendance');
export const listSettingsVersions = call('listSettingsVersions');
export const getSettingsForMonth = call('getSettingsForMonth');
export const saveSettingsVersion = call('saveSettingsVersion');
export const deleteSettingsVersion = call('deleteSettingsVersion');
export const getMonth = call('getMonth');
export const listMonthCloses = call('listMonthCloses');
export const getMonthClose = call('getMonthClose');
export const closeMonth = call('closeMonth');
export const reopenMonth = call('reopenMonth');
export const exportMonthCsv = call('exportMonthCsv');
export const exportBackup = call('exportBackup');
export const restoreBackup = call('restoreBackup');
export const listSafetyCopies = call('listSafetyCopies');
export const getSafetyCopy = call('getSafetyCopy');
export const listAudit = call('listAudit');
export const getStorageStatus = call('getStorageStatus');
export const requestPersistentStorage = call('requestPersistentStorage');
export const resumeWrites = call('resumeWrites');
