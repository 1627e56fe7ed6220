// A failed data operation as the screens show it: per-field messages from the error's
// FieldIssue data (never parsed from text), and one Danish sentence for the whole.
import { formatPath } from '../../../shared/domain/errors';
import { DataError } from '../../../shared/data/errors';

/** Field path (`transport.oneWayKm`, `[2].hours`) → message; the first message per field wins. */
export type FieldErrors = Record<string, string>;

export function fieldErrorsOf(error: unknown): FieldErrors {
  const out: FieldErrors = {};
  if (error instanceof DataError)
    for (const issue of error.issues) {
      const key = issue.path.length === 0 ? '' : formatPath(issue.path);
      if (!(key in out)) out[key] = issue.message;
    }
  return out;
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
