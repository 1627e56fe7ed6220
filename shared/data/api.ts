// The data API (docs/architecture in README): every operation the UI may call on the workshop's
// data, in the domain's words. The local backend (renderer/db, Dexie/IndexedDB) implements it
// today; a shared server for several PCs can implement the same interface later. Types only:
// nothing here knows how or where the data is stored.
import type { CloseCheck, ComparedRow, MonthResults } from '../month';
import type { CorrectionResult } from '../month/corrections';
import type { ImportBatch, ImportReceipt } from '../import/plan';
import type {
  Attendance,
  AttendanceInput,
  AuditEntry,
  AuditTable,
  Citizen,
  CitizenEnd,
  CitizenInput,
  Grant,
  GrantInput,
  MonthClose,
  SettingsVersion,
  SettingsVersionInput,
  WageDecision,
  WageDecisionInput,
  WorkArea,
  WorkAreaWage,
} from '../records';
import type { BackupProtection } from '../backup';
import type { DocumentSettings, DocumentSettingsInput } from '../documents/settings';
import type { AccessEvent } from '../audit/access';
import type { AuditChainStatus } from '../audit/chain';

export type { AccessEvent, AuditChainStatus };

/** Who acts (docs/rules.md §13): initials, and in the desktop app the account, not switchable. */
export interface ActingUser {
  initials: string;
  /** The operating-system account (desktop app); absent in browser mode. */
  account?: string;
  /** True in the desktop app: the account acts and the initials cannot be switched. */
  fixed: boolean;
}
import type { CsvExport, ExportTemplateOperations } from './exportTemplates';

export type { CsvExport, ExportTemplateOperations, TemplatePreview } from './exportTemplates';

export type MonthStatus = 'open' | 'closed' | 'reopened';

/** The confirmations a closing may need (docs/rules.md §10). */
export interface CloseConfirmation {
  /** The month is not over yet. */
  beforeMonthEnd?: boolean;
  /** The figures differ from the month's last closing. */
  changedFigures?: boolean;
  /**
   * The figures the check screen showed (`CloseCheck.figures`): other figures now (a day saved
   * in another window meanwhile) refuse the closing with CONFLICT ("Samtidige ændringer").
   */
  figures?: string;
}

/** A month as the UI shows it: frozen results when closed, else computed now. */
export interface MonthView {
  month: string;
  status: MonthStatus;
  results: MonthResults;
  close: MonthClose | null;
}

export type * from './backup-io';
import type {
  BackupInput,
  BackupPreview,
  BackupSink,
  BackupWritten,
  RestoreResult,
  SafetyCopyInfo,
} from './backup-io';

/** For the settings screen: can the data be evicted, how much is used, is writing stopped. */
export interface StorageStatus {
  supported: boolean;
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
  writesStopped: boolean;
  message: string;
}

export interface AuditQuery {
  table?: AuditTable;
  recordId?: string;
  /** Only entries about this citizen (its record, grants, wage decisions and days). */
  citizenId?: string;
  /** Paging, newest first: only entries older than the entry with this id. */
  before?: number;
  limit?: number;
}

export interface AttendanceKey {
  citizenId: string;
  date: string;
}

/**
 * A day to remove: the only way a stored day goes (docs/rules.md §3). A row of 0 hours without
 * an absence is a stored zero-hour day, not a removal.
 */
export interface AttendanceClear extends AttendanceKey {
  clear: true;
}

/**
 * One day in a bulk save or import: the day as it should be stored, or an explicit clear; with
 * `expectedUpdatedAt` the day's version as the grid loaded it (null: the cell was empty).
 */
export type AttendanceDayChange = (AttendanceInput | AttendanceClear) & {
  expectedUpdatedAt?: Version;
};

/** One day a bulk attendance save refused as stale: what is stored for it now (null: nothing). */
export interface AttendanceConflict extends AttendanceKey {
  stored: Attendance | null;
}

/** Another window upgraded the data, or is blocking an upgrade: the UI shows a banner. */
export type DatabaseEvent =
  { kind: 'versionchange'; message: string } | { kind: 'blocked'; message: string };

export interface ImportProgress {
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface LiveObserver<T> {
  next: (value: T) => void;
  error: (error: unknown) => void;
}

/**
 * The version of a record as the caller loaded it (docs/rules.md, "Samtidige ændringer"): its
 * `updatedAt`, which the data layer makes strictly larger on every write of that record; null
 * when the caller saw no record (an empty attendance cell, a month without a settings version).
 * A write given a version that is no longer the stored one is refused with CONFLICT, nothing
 * written, and the error carries the stored record (`DataError.conflict`).
 */
export type Version = string | null;

/**
 * An edit of a stored row: the changed fields; with `expectedUpdatedAt` (the row's `updatedAt`
 * when the person opened it) a newer change made elsewhere is refused with CONFLICT, never overwritten.
 */
export type Edit<Patch, Row> = (
  id: string,
  patch: Patch,
  expectedUpdatedAt?: string,
) => Promise<Row>;

export interface DataApi extends ExportTemplateOperations {
  /**
   * Runs `query` now and again whenever data it read changes; returns the unsubscribe.
   * The UI's live screens are built on this (renderer/src/data/live.ts).
   */
  observe<T>(query: () => Promise<T>, observer: LiveObserver<T>): () => void;
  onDatabaseEvent(listener: (event: DatabaseEvent) => void): () => void;

  // user: every change is audited with the acting user's initials
  getCurrentUser(): Promise<string | null>;
  /** The acting user with the account (desktop app); null when initials are still to be given. */
  getActingUser(): Promise<ActingUser | null>;
  /** Browser mode: the initials typed; desktop app: only once per account, when none derive. */
  setCurrentUser(initials: string): Promise<string>;

  // citizens
  listCitizens(opts?: { includeEnded?: boolean }): Promise<Citizen[]>;
  getCitizen(id: string): Promise<Citizen | null>;
  /**
   * `workAreaId`: the citizen's work area (docs/rules.md §6) from the start month; without it,
   * the only area when there is exactly one, else none (the common reference wage).
   */
  createCitizen(input: CitizenInput, opts?: { workAreaId?: string }): Promise<Citizen>;
  updateCitizen: Edit<Partial<CitizenInput>, Citizen>;
  endCitizen(id: string, end: CitizenEnd, expectedUpdatedAt?: string): Promise<Citizen>;
  reactivateCitizen(id: string, expectedUpdatedAt?: string): Promise<Citizen>;
  importCitizens(inputs: readonly CitizenInput[]): Promise<Citizen[]>;

  // grants
  listGrants(citizenId?: string): Promise<Grant[]>;
  listFollowUpsDue(date: string): Promise<Grant[]>;
  createGrant(input: GrantInput): Promise<Grant>;
  updateGrant: Edit<Partial<Omit<GrantInput, 'citizenId'>>, Grant>;
  /** A citizen and its grant, both or neither. */
  saveCitizenWithGrant(args: {
    /** `workAreaId` is used when the citizen is created (a move is `moveCitizenToArea`). */
    citizen: { id?: string; input: CitizenInput; expectedUpdatedAt?: string; workAreaId?: string };
    grant: { id?: string; input: Omit<GrantInput, 'citizenId'>; expectedUpdatedAt?: string };
  }): Promise<{ citizen: Citizen; grant: Grant }>;
  recordFollowUp(id: string, date: string, expectedUpdatedAt?: string): Promise<Grant>;
  deleteGrant(id: string, expectedUpdatedAt?: string): Promise<void>;

  // wage decisions
  getWageDecision(id: string): Promise<WageDecision | null>;
  listWageDecisions(citizenId: string): Promise<WageDecision[]>;
  listAllWageDecisions(): Promise<WageDecision[]>;
  /** The closed months whose pay used the decision (non-empty: it can never be changed). */
  wageDecisionLockedBy(id: string): Promise<string[]>;
  createWageDecision(input: WageDecisionInput): Promise<WageDecision>;
  /**
   * Refused with LOCKED when a closed month used the decision, and with VALIDATION when it would
   * take effect on a day of a closed month (docs/rules.md §10); `reason` goes into the audit entry.
   */
  updateWageDecision(
    id: string,
    patch: Partial<Omit<WageDecisionInput, 'citizenId'>>,
    expectedUpdatedAt?: string,
    reason?: string,
  ): Promise<WageDecision>;
  replaceWageDecision(
    id: string,
    input: Omit<WageDecisionInput, 'citizenId'>,
  ): Promise<WageDecision>;
  /** Refused with LOCKED when a closed month used the decision; `reason` is audited. */
  deleteWageDecision(id: string, reason?: string, expectedUpdatedAt?: string): Promise<void>;
  /**
   * Efterregulering (docs/rules.md §10), shown before anything is saved: what correcting the
   * locked decision `id` with `input` (from the same date) changes in each closed month. Saves nothing.
   */
  previewWageCorrection(
    id: string,
    input: Omit<WageDecisionInput, 'citizenId'>,
  ): Promise<CorrectionResult>;
  /**
   * Saves the efterregulering (docs/rules.md §10): a decision from the wrong one's date replacing
   * it, with the per-month differences computed again in the write and frozen on it (`correction`),
   * paid in the first open month. Refused when it changes nothing; `reason` is stored and audited.
   */
  recordWageCorrection(
    wrongDecisionId: string,
    input: Omit<WageDecisionInput, 'citizenId'>,
    reason: string,
  ): Promise<WageDecision>;

  // attendance
  listAttendance(month: string, citizenId?: string): Promise<Attendance[]>;
  /** One citizen's day, 0 hours included (a stored zero-hour day); returns the stored day. */
  saveAttendanceDay(
    input: AttendanceInput,
    expectedUpdatedAt?: Version,
  ): Promise<Attendance | null>;
  /** Removes the day (the only way a day goes). */
  clearAttendanceDay(key: AttendanceKey, expectedUpdatedAt?: Version): Promise<void>;
  /**
   * Many days of one month (saved or, with `clear: true`, removed), all or nothing; a day whose
   * `expectedUpdatedAt` is stale refuses the whole save with CONFLICT (`conflict.stored`: one
   * `{ citizenId, date, stored }` per such day).
   */
  saveMonthAttendance(
    month: string,
    rows: readonly AttendanceDayChange[],
  ): Promise<{ saved: number; removed: number }>;
  /** Bulk path; a row `{ citizenId, date, clear: true }` removes that day. */
  importAttendance(
    rows: readonly AttendanceDayChange[],
    opts?: ImportProgress,
  ): Promise<{ saved: number; removed: number; chunks: number }>;

  // settings versions
  listSettingsVersions(): Promise<SettingsVersion[]>;
  /**
   * The version in force for `month` (the built-in defaults before the first stored one); with
   * `citizenId`, its settings carry that citizen's work-area reference wage (docs/rules.md §6).
   */
  getSettingsForMonth(month: string, citizenId?: string): Promise<SettingsVersion>;
  /**
   * Creates the version from `input.validFrom`, or edits the one stored for that month;
   * `expectedUpdatedAt` is the version of that month the form loaded (null: none was stored).
   */
  saveSettingsVersion(
    input: SettingsVersionInput,
    expectedUpdatedAt?: Version,
  ): Promise<SettingsVersion>;
  deleteSettingsVersion(id: string, expectedUpdatedAt?: string): Promise<void>;

  // work areas (docs/rules.md §6)
  /** Every area, by name. */
  listWorkAreas(): Promise<WorkArea[]>;
  /** Creates (no `id`) or renames an area; names are unique. */
  saveWorkArea(input: { id?: string; name: string }, expectedUpdatedAt?: string): Promise<WorkArea>;
  /**
   * Adds or replaces (corrects the amount of) the area's figure from `validFrom`; refused with
   * CLOSED_MONTH when it would change a closed month's figure (§10). `expectedUpdatedAt`: the
   * area's version as loaded (CONFLICT when it changed meanwhile).
   */
  saveWorkAreaWage(
    areaId: string,
    input: WorkAreaWage,
    expectedUpdatedAt?: string,
  ): Promise<WorkArea>;
  /** Removes the area's figure from `validFrom`; refused like `saveWorkAreaWage`. */
  deleteWorkAreaWage(
    areaId: string,
    validFrom: string,
    expectedUpdatedAt?: string,
  ): Promise<WorkArea>;
  /**
   * Deletes an unused area, audited; refused with LOCKED while any citizen belongs or belonged to
   * it or a closed month has a row in it ("Have og park bruges af 3 borgere …", docs/rules.md §6).
   */
  deleteWorkArea(id: string, expectedUpdatedAt?: string): Promise<void>;
  /**
   * Moves the citizen to the area from the first of `from` (a month), audited; refused with
   * CLOSED_MONTH when `from` is closed or a closed month the citizen was paid in would change.
   */
  moveCitizenToArea(
    citizenId: string,
    areaId: string,
    from: string,
    expectedUpdatedAt?: string,
  ): Promise<Citizen>;

  // months
  getMonth(month: string): Promise<MonthView>;
  listMonthCloses(): Promise<MonthClose[]>;
  getMonthClose(month: string): Promise<MonthClose | null>;
  /** What the check screen shows before closing (docs/rules.md §10): timing, items, totals. */
  checkMonthClose(month: string): Promise<CloseCheck>;
  /**
   * Refused when the month has not begun; one not yet over needs `confirm.beforeMonthEnd`, a
   * re-close with other figures than the last closing `confirm.changedFigures` (§10).
   */
  closeMonth(
    month: string,
    /** An export template's name (docs/rules.md §9): `excel`, `wage-types`, a preset or one saved. */
    template: string,
    confirm?: CloseConfirmation,
  ): Promise<MonthClose>;
  /** A closed month's figures beside those computed now, per citizen (before reopening). */
  compareClosedMonth(month: string): Promise<ComparedRow[]>;
  /** `expectedClosedAt`: the closing the person saw; another closing now is a CONFLICT. */
  reopenMonth(month: string, reason: string, expectedClosedAt?: string): Promise<MonthClose>;
  /** The month's file with the template `name`; refused, naming them, while it has problems. */
  exportMonthCsv(month: string, name: string): Promise<CsvExport>;
  /**
   * After a re-close with other figures than the closing before it: the difference file (new −
   * sent per citizen and wage type, lønarter columns); null when there is none to send (§10).
   */
  exportMonthDifference(month: string): Promise<CsvExport | null>;

  // backup
  /** The database as a streamed file (§11): ~1 MB pieces from one read transaction to `sink`. */
  streamBackup(sink: BackupSink, opts?: { createdAt?: string }): Promise<BackupWritten>;
  /** The same file as one string (tests and small databases). */
  exportBackup(opts?: { createdAt?: string }): Promise<string>;
  /** The file's date and counts beside today's; changes nothing. */
  previewBackup(file: BackupInput): Promise<BackupPreview>;
  /** Checks the whole file, then in one transaction keeps a safety copy and replaces all. */
  restoreBackup(file: BackupInput): Promise<RestoreResult>;
  listSafetyCopies(): Promise<SafetyCopyInfo[]>;
  getSafetyCopy(id: number): Promise<BackupInput | null>;
  /** The backup password's KDF parameters and key check on this PC, or null (docs/rules.md §11). */
  getBackupProtection(): Promise<BackupProtection | null>;
  /** Keeps them on this PC only (never in a backup); replaces the ones before. */
  setBackupProtection(protection: BackupProtection): Promise<void>;

  // spreadsheet import (docs/rules.md §11)
  /** The confirmed preview's items, all in one transaction or none; audited as one import. */
  applyImport(batch: ImportBatch, opts?: ImportProgress): Promise<ImportReceipt>;
  /** Imports, newest first, with whether each has been undone. */
  listImports(): Promise<ImportReceipt[]>;
  /** Undoes an import in one transaction; refused when anything it wrote has changed since. */
  undoImport(importId: string): Promise<ImportReceipt>;

  // audit
  listAudit(query?: AuditQuery): Promise<AuditEntry[]>;
  /** Audits what was seen or taken out: a CPR number shown, a file exported, a backup taken. */
  recordAccess(event: AccessEvent): Promise<void>;
  /** Walks the whole log's hash chain (docs/rules.md §13): intact, or the first entry that breaks. */
  verifyAudit(): Promise<AuditChainStatus>;

  // documents (docs/rules.md §12): who signs decision letters, and the appeal text
  getDocumentSettings(): Promise<DocumentSettings>;
  /** Replaces the user list and appeal text (audited; kept in the audit log, so backed up). */
  saveDocumentSettings(input: DocumentSettingsInput): Promise<DocumentSettings>;

  // storage
  getStorageStatus(): Promise<StorageStatus>;
  requestPersistentStorage(): Promise<StorageStatus>;
  resumeWrites(): void;
}
