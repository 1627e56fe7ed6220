// Work areas on screen (docs/rules.md §6), without React: the settings table, the forms' checks,
// a citizen's area in a month, and the area filter every list and the attendance grid share.
import { formatMonth } from '../../../../shared/danish/dates';
import { formatKr, parseDanishNumberInput, toInputNumber } from '../../../../shared/danish/number';
import {
  areaIdFor,
  areaWageFor,
  type AreaMembership,
  type WorkArea,
} from '../../../../shared/records/work-area';
import type { FieldErrors } from '../../components/forms';

/** The filter's value for "every area". */
export const ALL_AREAS = '';

export interface AreaOption {
  value: string;
  label: string;
}

/** "Alle arbejdsområder" and each area by name: the filter above every list. */
export function areaFilterOptions(areas: readonly WorkArea[]): AreaOption[] {
  return [
    { value: ALL_AREAS, label: 'Alle arbejdsområder' },
    ...areas.map((a) => ({ value: a.id, label: a.name })),
  ];
}

/** True when the citizen belongs to `areaId` in `month` (always, for "every area"). */
export function inArea(
  citizen: { workAreas?: readonly AreaMembership[] | undefined },
  areaId: string,
  month: string,
): boolean {
  return areaId === ALL_AREAS || areaIdFor(month, citizen.workAreas) === areaId;
}

/** The area's name for the citizen in `month`, or "Intet arbejdsområde". */
export function areaNameOf(
  citizen: { workAreas?: readonly AreaMembership[] | undefined },
  areas: readonly WorkArea[],
  month: string,
): string {
  const id = areaIdFor(month, citizen.workAreas);
  return areas.find((a) => a.id === id)?.name ?? 'Intet arbejdsområde';
}

/** One dated figure of an area, as the card lists it with "Ret" and "Slet". */
export interface AreaFigure {
  validFrom: string;
  /** `fra januar 2026: 150,00 kr.` */
  text: string;
  /** The amount as the correction field starts: `150` / `152,5`. */
  amount: string;
}

export interface AreaRow {
  id: string;
  name: string;
  /** The area's version (its `updatedAt`), sent with a rename, deletion or figure change. */
  version: string;
  /** The figure in force in the working month, `150,00 kr.`, or `—`. */
  current: string;
  /** Every dated figure: `fra januar 2026: 150,00 kr.`. */
  figures: AreaFigure[];
}

export function areaRows(areas: readonly WorkArea[], month: string): AreaRow[] {
  return areas.map((a) => {
    const now = areaWageFor(month, a);
    return {
      id: a.id,
      name: a.name,
      version: a.updatedAt,
      current: now === undefined ? '—' : formatKr(now),
      figures: a.wages.map((w) => ({
        validFrom: w.validFrom,
        text: `fra ${formatMonth(w.validFrom)}: ${formatKr(w.minimumWageReference)}`,
        amount: toInputNumber(w.minimumWageReference),
      })),
    };
  });
}

export type NameChecked = { ok: true; name: string } | { ok: false; errors: FieldErrors };

/** "Omdøb": the new name, trimmed; empty or over 100 characters is named at "Navn". */
export function checkRenameForm(name: string): NameChecked {
  const trimmed = name.trim();
  if (trimmed === '') return { ok: false, errors: { name: 'skal udfyldes' } };
  if (trimmed.length > 100) return { ok: false, errors: { name: 'må højst være 100 tegn' } };
  return { ok: true, name: trimmed };
}

export type AmountChecked =
  { ok: true; minimumWageReference: number } | { ok: false; errors: FieldErrors };

/** A corrected amount (`152,50`), read the Danish way; never negative. */
export function checkAmount(text: string): AmountChecked {
  const n = parseDanishNumberInput(text);
  if (!n.ok) return { ok: false, errors: { minimumWageReference: n.message } };
  if (n.value < 0) return { ok: false, errors: { minimumWageReference: 'må ikke være negativ' } };
  return { ok: true, minimumWageReference: n.value };
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const monthError = 'skal være en måned på formen ÅÅÅÅ-MM (fx 2027-01)';

export interface WageFormState {
  areaId: string;
  validFrom: string;
  amount: string;
}

export type WageChecked =
  | { ok: true; areaId: string; validFrom: string; minimumWageReference: number }
  | { ok: false; errors: FieldErrors };

/** The "Ny mindsteløn" form: an area, a month and a Danish amount (`152,50`). */
export function checkWageForm(f: WageFormState): WageChecked {
  const errors: FieldErrors = {};
  if (f.areaId === '') errors.areaId = 'vælg et arbejdsområde';
  const validFrom = f.validFrom.trim();
  if (!MONTH.test(validFrom)) errors.validFrom = monthError;
  const n = parseDanishNumberInput(f.amount);
  if (!n.ok) errors.minimumWageReference = n.message;
  else if (n.value < 0) errors.minimumWageReference = 'må ikke være negativ';
  if (Object.keys(errors).length > 0 || !n.ok) return { ok: false, errors };
  return { ok: true, areaId: f.areaId, validFrom, minimumWageReference: n.value };
}

export interface MoveFormState {
  areaId: string;
  from: string;
}

export type MoveChecked =
  { ok: true; areaId: string; from: string } | { ok: false; errors: FieldErrors };

/** The "Flyt til et andet arbejdsområde" form: an area and the month the move starts. */
export function checkMoveForm(f: MoveFormState): MoveChecked {
  const errors: FieldErrors = {};
  if (f.areaId === '') errors.areaId = 'vælg et arbejdsområde';
  const from = f.from.trim();
  if (!MONTH.test(from)) errors.from = monthError;
  return Object.keys(errors).length > 0
    ? { ok: false, errors }
    : { ok: true, areaId: f.areaId, from };
}

/** A citizen's memberships as lines: `Have og park fra januar 2026`. */
export function membershipLines(
  memberships: readonly AreaMembership[] | undefined,
  areas: readonly WorkArea[],
): string[] {
  return (memberships ?? []).map(
    (m) =>
      `${areas.find((a) => a.id === m.areaId)?.name ?? 'Ukendt område'} fra ${formatMonth(m.from)}`,
  );
}
