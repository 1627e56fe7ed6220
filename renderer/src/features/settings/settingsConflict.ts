// A settings version as a conflict names it (docs/rules.md, "Samtidige ændringer"): every field of
// the form with its label (FORM_PARTS), the person's value beside the version saved for the same
// month elsewhere meanwhile — pure and unit-tested.
import type { SettingsVersion } from '../../../../shared/records';
import { conflictRows, type ConflictField } from '../../components/conflict';
import { FORM_PARTS, ROUNDING_LABEL, type SettingsFormState } from './settingsFormModel';

type Flat = Record<string, string>;

function flat(f: SettingsFormState): Flat {
  const out: Flat = { wageRoundingStep: f.wageRoundingStep };
  for (const [part, spec] of Object.entries(FORM_PARTS)) {
    const values: Record<string, string | undefined> = f[part as keyof typeof FORM_PARTS];
    for (const { key } of spec.fields) out[`${part}.${key}`] = values[key] ?? '';
  }
  return out;
}

const FIELDS: readonly ConflictField<Flat>[] = [
  ...Object.entries(FORM_PARTS).flatMap(([part, spec]) =>
    spec.fields.map(({ key, label }) => ({ key: `${part}.${key}`, label })),
  ),
  { key: 'wageRoundingStep', label: ROUNDING_LABEL },
];

/** The version stored for the form's month: what the person compares their form with. */
export function storedVersionFor(
  versions: readonly SettingsVersion[],
  validFrom: string,
): SettingsVersion | undefined {
  return versions.find((v) => v.validFrom === validFrom);
}

/** The fields where the form and the stored version (as a form) differ. */
export const settingsConflictRows = (mine: SettingsFormState, stored: SettingsFormState) =>
  conflictRows(flat(mine), flat(stored), FIELDS);
