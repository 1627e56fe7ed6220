// A write refused because someone saved the same record meanwhile (docs/rules.md, "Samtidige
// ændringer"), as the person sees it — pure and unit-tested: each field where their values and
// the stored ones differ, labelled and shown the Danish way, so they can choose between them.
import { formatDate } from '../format';

/** One differing field: its label, the person's value and the stored one, as shown. */
export interface ConflictRow {
  label: string;
  mine: string;
  stored: string;
}

/** A form field the conflict names: its label and, when not plain text, how a value reads. */
export interface ConflictField<T> {
  key: keyof T & string;
  label: string;
  show?: (value: T[keyof T]) => string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A value as a person reads it: `24.11.2026`, `Ja`/`Nej`, `(tom)` for nothing. */
export function shownValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(tom)';
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nej';
  if (typeof value === 'string' && ISO_DATE.test(value)) return formatDate(value);
  return String(value);
}

/** The fields (in the order given) whose values differ between `mine` and `stored`. */
export function conflictRows<T>(
  mine: T,
  stored: T,
  fields: readonly ConflictField<T>[],
): ConflictRow[] {
  return fields
    .filter((f) => mine[f.key] !== stored[f.key])
    .map((f) => ({
      label: f.label,
      mine: (f.show ?? shownValue)(mine[f.key]),
      stored: (f.show ?? shownValue)(stored[f.key]),
    }));
}
