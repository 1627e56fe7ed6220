// A grant (bevilling), docs/rules.md §1: size ½ / ¾ / 1/1 = 2 / 3 / 4 days a week; follow-up
// due at least every 6 months (§ 103) or 12 months (§ 104).
import { z } from 'zod';
import { addMonths } from '../calendar';
import { enumOf } from '../domain/schema-helpers';
import type { Offer } from '../domain/input';
import { endNotBeforeStart, id, isoDate, note, refineWith, timestamp } from './common';

export const GRANT_SIZES = ['half', 'threeQuarters', 'full'] as const;
export type GrantSize = (typeof GRANT_SIZES)[number];

export { GRANT_SIZE_LABELS } from '../danish/values';

export const GRANT_DAYS_PER_WEEK: Record<GrantSize, number> = {
  half: 2,
  threeQuarters: 3,
  full: 4,
};

export const FOLLOW_UP_MONTHS: Record<Offer, number> = { SEL103: 6, SEL104: 12 };

/** The latest date the next follow-up may take place, counted from `from` (start or last follow-up). */
export function followUpDue(offer: Offer, from: string): string {
  return addMonths(from, FOLLOW_UP_MONTHS[offer]);
}

const GrantFields = z.strictObject({
  citizenId: id,
  size: enumOf(GRANT_SIZES),
  startDate: isoDate,
  endDate: isoDate.optional(),
  /** When omitted, the data layer sets it from the offer and the start date. */
  followUpDue: isoDate.optional(),
  /** Target-group screening (advisory only, docs/rules.md §1). */
  screeningNotes: note,
});

export const GrantInputSchema = GrantFields.superRefine(refineWith(endNotBeforeStart));
export type GrantInput = z.input<typeof GrantInputSchema>;

/** As stored: the follow-up date is always set; rows are read back as written. */
export const GrantSchema = GrantFields.extend({
  id,
  followUpDue: isoDate,
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Grant = z.output<typeof GrantSchema>;
