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

export class DataError extends Error {
  constructor(
    readonly code: DataErrorCode,
    message: string,
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(message);
    // Not 'DataError': Dexie maps that IndexedDB error name to its own wrapper class.
    this.name = 'RepositoryError';
  }
}

export function isDataError(error: unknown): error is DataError {
  return error instanceof DataError;
}
