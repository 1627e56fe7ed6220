// A failed data operation as the screens show it: per-field messages from the error's
// FieldIssue data (never parsed from text), and one Danish sentence for the whole.
import { DataError } from '../../../shared/data/errors';
import { errorsByField, type FieldErrors } from '../components/forms';

/** Field path (`transport.oneWayKm`, `[2].hours`) → message; the first message per field wins. */
export function fieldErrorsOf(error: unknown): FieldErrors {
  return error instanceof DataError ? errorsByField(error.issues) : {};
}

/** One sentence for a person: the error's summary, or what went wrong. */
export function errorMessage(error: unknown): string {
  if (error instanceof DataError) return error.message;
  if (error instanceof Error) return `Der skete en fejl: ${error.message}`;
  return 'Der skete en ukendt fejl.';
}

/** Both at once, for forms: messages beside the fields and a summary above them. */
export function errorsOf(error: unknown): { fields: FieldErrors; message: string } {
  return { fields: fieldErrorsOf(error), message: errorMessage(error) };
}
