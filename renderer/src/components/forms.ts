// Form plumbing: turn the shared zod schemas' issues into one Danish message per field.
import type { z } from 'zod';
import { formatPath, fromZodIssues, type FieldIssue } from '../../../shared/domain';
import { parseDanishNumber } from '../format';

export type FieldErrors = Record<string, string>;

/** Issues → `{ 'transport.oneWayKm': 'skal være et tal' }` (first message per field wins). */
export function errorsByField(issues: readonly FieldIssue[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.length === 0 ? '' : formatPath(issue.path);
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

export type SafeParsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** Validates with a shared schema; never throws. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): SafeParsed<z.output<S>> {
  const r = schema.safeParse(value);
  if (r.success) return { ok: true, value: r.data };
  return { ok: false, errors: errorsByField(fromZodIssues(r.error.issues)) };
}

/**
 * A number field's text → what the schema should see: a number when it reads as one, undefined
 * when empty, the text itself otherwise (so the schema answers "skal være et tal").
 */
export function numberOrText(text: string): number | string | undefined {
  if (text.trim() === '') return undefined;
  return parseDanishNumber(text) ?? text;
}

/** Like numberOrText, but for optional fields: empty → undefined. */
export const optionalNumber = numberOrText;

/** First letter upper-case: messages are shown as "Navn: må ikke være tom" → sentence. */
export function sentence(label: string, message: string): string {
  return `${label}: ${message}`;
}
