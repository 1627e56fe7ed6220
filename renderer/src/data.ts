// The UI's door to the data layer (renderer/db), plus turning its errors into field messages.
import { DataError } from '../db';
import type { FieldErrors } from './components/forms';

export * from '../db';

/** A DataError's `path: message` issues → field errors; everything else → a general message. */
export function errorsFromDataError(error: unknown): { fields: FieldErrors; message: string } {
  if (error instanceof DataError) {
    const fields: FieldErrors = {};
    for (const issue of error.issues) {
      const m = /^([A-Za-z0-9_.[\]]+): (.*)$/.exec(issue);
      if (m && !(m[1]! in fields)) fields[m[1]!] = m[2]!;
    }
    return { fields, message: error.message };
  }
  return { fields: {}, message: errorMessage(error) };
}

export function errorMessage(error: unknown): string {
  if (error instanceof DataError) return error.message;
  if (error instanceof Error) return `Der skete en fejl: ${error.message}`;
  return 'Der skete en ukendt fejl.';
}
