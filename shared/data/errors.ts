// Errors of the data API travel as data: a code the UI can act on, a Danish summary, and the
// field issues (path + Danish message) that the screens show beside their fields. Strings are
// never parsed back (docs/rules.md, "Fejl").
import type { FieldIssue } from '../domain/errors';

export type DataErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CLOSED_MONTH'
  | 'LOCKED'
  | 'CONFLICT'
  | 'NO_USER'
  | 'QUOTA'
  | 'WRITES_STOPPED'
  | 'RESTORE_REFUSED'
  | 'DATABASE_CLOSED';

/**
 * What a CONFLICT refusal carries (docs/rules.md, "Samtidige ændringer"): the record as stored now (null when there
 * is none), so the screen can show the person's values beside the stored ones and let them choose.
 * For a bulk attendance save, one entry per refused day.
 */
export interface Conflict {
  stored: unknown;
}

export class DataError extends Error {
  constructor(
    readonly code: DataErrorCode,
    message: string,
    readonly issues: readonly FieldIssue[] = [],
    readonly conflict?: Conflict,
  ) {
    super(message);
    // Not 'DataError': Dexie maps that IndexedDB error name to its own wrapper class.
    this.name = 'RepositoryError';
  }
}

export function isDataError(error: unknown): error is DataError {
  return error instanceof DataError;
}

/** A write refused because the record changed after the caller loaded it (docs/rules.md, "Samtidige ændringer"). */
export function isConflict(error: unknown): error is DataError & { conflict: Conflict } {
  return error instanceof DataError && error.code === 'CONFLICT' && error.conflict !== undefined;
}
