// Work areas (docs/rules.md §6): each area (have og park, genbrugsbutik, montage …) has its own
// dated "laveste overenskomstmæssige timeløn", the reference wage the legal floor is 5 % of
// (BEK § 1, stk. 2, nr. 3). A citizen belongs to one area per month; a move takes effect from the
// first of a month. Every other setting is common (the settings version). Pure.
import { z } from 'zod';
import { amount } from '../domain/schema-helpers';
import type { Settings } from '../domain/settings';
import { formatMonth } from '../danish/dates';
import { id, isoMonth, text, timestamp } from './common';

/** One dated figure: the area's lowest agreed hourly wage from `validFrom` (a month) on. */
export const WorkAreaWageSchema = z.strictObject({
  validFrom: isoMonth,
  minimumWageReference: amount({ min: 0 }),
});
export type WorkAreaWage = z.output<typeof WorkAreaWageSchema>;

export const WorkAreaNameSchema = text('et navn').pipe(
  z.string().max(100, { error: 'må højst være 100 tegn' }),
);

export const WorkAreaSchema = z.strictObject({
  id,
  name: WorkAreaNameSchema,
  /** Sorted by `validFrom`, one per month at most. */
  wages: z.array(WorkAreaWageSchema),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type WorkArea = z.output<typeof WorkAreaSchema>;

/** A citizen's membership from a month on (stored on the citizen, sorted by `from`). */
export const AreaMembershipSchema = z.strictObject({ from: isoMonth, areaId: id });
export type AreaMembership = z.output<typeof AreaMembershipSchema>;

/** The area id of `memberships` in `month`: the latest `from` ≤ month, else the earliest one. */
export function areaIdFor(
  month: string,
  memberships: readonly AreaMembership[] | undefined,
): string | undefined {
  if (!memberships || memberships.length === 0) return undefined;
  let best: AreaMembership | undefined;
  let first: AreaMembership | undefined;
  for (const m of memberships) {
    if (m.from <= month && (best === undefined || m.from > best.from)) best = m;
    if (first === undefined || m.from < first.from) first = m;
  }
  return (best ?? first)!.areaId;
}

/** The area's figure in force in `month` (latest `validFrom` ≤ month), or undefined. */
export function areaWageFor(month: string, area: WorkArea): number | undefined {
  let best: WorkAreaWage | undefined;
  for (const w of area.wages)
    if (w.validFrom <= month && (best === undefined || w.validFrom > best.validFrom)) best = w;
  return best?.minimumWageReference;
}

/** Where a citizen's month belongs: the area and the reference wage used for its floor. */
export interface MonthArea {
  id: string;
  name: string;
  /** The area's figure in force that month; absent when it has none (the common one is used). */
  minimumWageReference?: number;
}

/** The citizen's area in `month` with its figure, or undefined when the citizen has none. */
export function monthAreaOf(
  citizen: { workAreas?: readonly AreaMembership[] | undefined },
  month: string,
  areas: readonly WorkArea[],
): MonthArea | undefined {
  const areaId = areaIdFor(month, citizen.workAreas);
  const area = areaId === undefined ? undefined : areas.find((a) => a.id === areaId);
  if (!area) return undefined;
  const figure = areaWageFor(month, area);
  return {
    id: area.id,
    name: area.name,
    ...(figure !== undefined ? { minimumWageReference: figure } : {}),
  };
}

/**
 * The settings a citizen's month is computed with (docs/rules.md §6): the common settings with
 * the area's reference wage in place of the common one when the area has a figure for the month.
 */
export function settingsForArea(settings: Settings, area: MonthArea | undefined): Settings {
  return area?.minimumWageReference === undefined
    ? settings
    : { ...settings, minimumWageReference: area.minimumWageReference };
}

/** The citizen's memberships with `areaId` from `from` on (one per month; sorted). */
export function withMembership(
  memberships: readonly AreaMembership[] | undefined,
  areaId: string,
  from: string,
): AreaMembership[] {
  return [...(memberships ?? []).filter((m) => m.from !== from), { from, areaId }].sort((a, b) =>
    a.from < b.from ? -1 : 1,
  );
}

/**
 * The closed months whose area a change of memberships would change (docs/rules.md §10: nothing
 * takes effect in a closed month), sorted. Compared month by month, so a move before the first
 * membership (which also governs the months before it) is caught as well.
 */
export function closedMonthsMoved(
  before: readonly AreaMembership[] | undefined,
  after: readonly AreaMembership[],
  closedMonths: readonly string[],
): string[] {
  return [...closedMonths].filter((m) => areaIdFor(m, before) !== areaIdFor(m, after)).sort();
}

/** What keeps an area from being deleted (docs/rules.md §6): its citizens and closed months. */
export interface AreaUse {
  /** Citizens who belong or ever belonged to it (ended ones included). */
  citizens: number;
  /** Months (sorted) closed — or closed once and reopened — with a payroll row in the area. */
  months: string[];
}

export function areaUse(
  areaId: string,
  citizens: readonly { workAreas?: readonly AreaMembership[] | undefined }[],
  closes: readonly {
    month: string;
    payroll: { rows: readonly { workArea?: { id: string } | undefined }[] };
  }[],
): AreaUse {
  return {
    citizens: citizens.filter((c) => (c.workAreas ?? []).some((m) => m.areaId === areaId)).length,
    months: closes
      .filter((c) => c.payroll.rows.some((r) => r.workArea?.id === areaId))
      .map((c) => c.month)
      .sort(),
  };
}

/**
 * The refusal of deleting an area in use, or null when it may go: "Have og park bruges af 3
 * borgere og kan ikke slettes." / "… er brugt i oktober 2026 og kan ikke slettes."
 */
export function areaInUseMessage(name: string, use: AreaUse): string | null {
  const parts: string[] = [];
  if (use.citizens > 0)
    parts.push(`bruges af ${use.citizens} ${use.citizens === 1 ? 'borger' : 'borgere'}`);
  const months = use.months.map(formatMonth);
  if (months.length > 3)
    parts.push(`er brugt i ${months.length} lukkede måneder (${months[0]} – ${months.at(-1)})`);
  else if (months.length > 0) parts.push(`er brugt i ${joinDanish(months)}`);
  if (parts.length === 0) return null;
  return parts.length === 1
    ? `${name} ${parts[0]} og kan ikke slettes.`
    : `${name} ${parts.join(' og ')}, så det kan ikke slettes.`;
}

function joinDanish(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`;
}
