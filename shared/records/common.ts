// Building blocks shared by the stored-row schemas.
import { z } from 'zod';
import type { FieldIssue } from '../domain/errors';
import { isoDate, isoMonth, text } from '../domain/schema-helpers';

export { isoDate, isoMonth, text };

/** Row ids are UUIDs made by the data layer; any non-empty text is accepted when read back. */
export const id = z
  .string({ error: (i) => (i.input === undefined ? 'mangler' : 'skal være et id (tekst)') })
  .min(1, { error: 'må ikke være tomt' })
  .max(100, { error: 'er for langt' });

/** A moment as ISO 8601 text with time zone, e.g. `2026-11-02T09:15:00.000Z`. */
export const timestamp = z
  .string({ error: (i) => (i.input === undefined ? 'mangler' : 'skal være et tidspunkt') })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/, {
    error: 'skal være et tidspunkt på formen ÅÅÅÅ-MM-DDTtt:mm:ssZ',
  });

/** Initials of the person making a change (audit log, wage decisions): 2–6 letters. */
export const initials = z
  .string({ error: (i) => (i.input === undefined ? 'mangler' : 'skal være initialer') })
  .trim()
  .regex(/^[A-Za-zÆØÅæøå]{2,6}$/, { error: 'skal være 2–6 bogstaver (fx ABC)' })
  .transform((s) => s.toUpperCase());

/** Optional free text; empty text is stored as absent. */
export const note = z
  .string({ error: 'skal være tekst' })
  .trim()
  .max(2000, { error: 'må højst være 2000 tegn' })
  .transform((s) => (s === '' ? undefined : s))
  .optional();

/** A zod refinement from a check that returns field issues (paths relative to the value). */
export function refineWith<T>(check: (value: T) => readonly FieldIssue[]) {
  return (value: T, ctx: z.RefinementCtx): void => {
    for (const issue of check(value))
      ctx.addIssue({ code: 'custom', path: [...issue.path], message: issue.message });
  };
}

/** An end date, when given, is not before the start date (citizens, grants). */
export function endNotBeforeStart(v: {
  startDate: string;
  endDate?: string | undefined;
}): FieldIssue[] {
  return v.endDate !== undefined && v.endDate < v.startDate
    ? [{ path: ['endDate'], message: 'slutdatoen ligger før startdatoen' }]
    : [];
}
