// Form plumbing: turn the shared zod schemas' issues into one Danish message per field.
import type { Dispatch, SetStateAction } from 'react';
import type { z } from 'zod';
import { formatPath, fromZodIssues, type FieldIssue } from '../../../shared/domain/errors';
import { parseDanishNumberInput } from '../../../shared/danish/number';

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

/**
 * A number field's text that is not a Danish number (docs/rules.md §5), with the parser's
 * message saying how to write it. The schema refuses it as "not a number"; `validate` then shows
 * this message instead, so `1.5` answers "brug komma som decimaltegn: skriv 1,5 …".
 */
export class NotANumber {
  constructor(
    readonly text: string,
    readonly message: string,
  ) {}
}

/**
 * A number field's text → what the schema should see: undefined when empty, the number when it
 * is a Danish number (`4.000` = 4000, `7,5`), else a NotANumber carrying the parser's message.
 */
export function numberOrText(text: string): number | NotANumber | undefined {
  if (text.trim() === '') return undefined;
  const r = parseDanishNumberInput(text);
  return r.ok ? r.value : new NotANumber(text, r.message);
}

/** Every NotANumber inside `value`, by its dotted path. */
function numberMessages(value: unknown, path: (string | number)[] = [], out: FieldErrors = {}) {
  if (value instanceof NotANumber) out[path.length === 0 ? '' : formatPath(path)] = value.message;
  else if (Array.isArray(value)) value.forEach((v, i) => numberMessages(v, [...path, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) numberMessages(v, [...path, k], out);
  return out;
}

export type SafeParsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** Validates with a shared schema; never throws. A number field's own message wins. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): SafeParsed<z.output<S>> {
  const numbers = numberMessages(value);
  const r = schema.safeParse(value);
  if (r.success && Object.keys(numbers).length === 0) return { ok: true, value: r.data };
  const errors = r.success ? {} : errorsByField(fromZodIssues(r.error.issues));
  return { ok: false, errors: { ...errors, ...numbers } };
}

/**
 * A form held as one state object: `field('name')` is the field's value, its setter and its
 * message, to spread into a field component (`<TextField label="Navn" {...field('name')} />`).
 */
export function binder<F extends object>(
  form: F,
  setForm: Dispatch<SetStateAction<F>>,
  errorOf: (key: keyof F & string) => string | undefined,
) {
  return <K extends keyof F & string>(key: K) => ({
    value: form[key],
    onChange: (value: F[K]) => setForm((f) => ({ ...f, [key]: value })),
    error: errorOf(key),
  });
}

/**
 * Whether a form held as one flat state object differs from what it was opened with (the
 * unsaved-changes guard asks before such input is left behind).
 */
export function isFormChanged<F extends object>(opened: F, now: F): boolean {
  const keys = new Set([...Object.keys(opened), ...Object.keys(now)]);
  for (const key of keys) if (!Object.is(opened[key as keyof F], now[key as keyof F])) return true;
  return false;
}
