// Small zod building blocks with Danish messages, shared by every schema in the core.
import { z } from 'zod';
import { hasAtMostTwoDecimals } from '../money';
import { isIsoDate } from '../calendar';
import { valueText } from '../danish/values';
import { formatDecimal } from '../danish/number';

interface Bounds {
  min?: number;
  max?: number;
}

/** A number with at most two decimals (hours, km, percent, kroner) within optional bounds. */
export function decimal({ min, max }: Bounds = {}) {
  let schema = z.number({ error: (i) => (i.input === undefined ? 'mangler' : 'skal være et tal') });
  if (min !== undefined)
    schema = schema.min(min, { error: `skal være mindst ${formatDecimal(min)}` });
  if (max !== undefined) schema = schema.max(max, { error: `må højst være ${formatDecimal(max)}` });
  return schema.refine(hasAtMostTwoDecimals, { error: 'må højst have to decimaler' });
}

/** Every amount is at most 10.000.000,00 kr. (docs/rules.md §5): exact arithmetic never overflows. */
export const MAX_AMOUNT = 10_000_000;

/** An amount in kroner (at most two decimals: øre), at most MAX_AMOUNT unless a lower bound is set. */
export function amount({ min, max = MAX_AMOUNT }: Bounds = {}) {
  return decimal({ min, max: Math.min(max, MAX_AMOUNT) });
}

/**
 * Bounds of computed figures as stored (a closed month's results, an efterregulering), so that a
 * stored figure is always exact in øre (docs/rules.md §5). One citizen's month is at most
 * 744 hours × 10.000.000 kr. (the highest reference wage) < 10.000.000.000 kr.; a month's totals
 * at most 10.000.000.000.000 kr. (10^15 øre, well inside 2^53).
 */
export const MAX_RESULT_AMOUNT = 10_000_000_000;
export const MAX_TOTAL_AMOUNT = 10_000_000_000_000;
/** A computed amount in kroner within ±`max`. */
export function computedAmount(max = MAX_RESULT_AMOUNT) {
  return decimal({ min: -max, max });
}
/** Hours in one citizen's month: at most 31 days × 24 hours. */
export const MAX_MONTH_HOURS = 744;

/** A calendar date `YYYY-MM-DD` that exists. */
export const isoDate = z
  .string({ error: (i) => (i.input === undefined ? 'mangler' : 'skal være en dato (ÅÅÅÅ-MM-DD)') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'skal være en dato på formen ÅÅÅÅ-MM-DD' })
  .refine(isIsoDate, { error: 'er ikke en gyldig dato' });

/** A month `YYYY-MM`. */
export const isoMonth = z
  .string({ error: (i) => (i.input === undefined ? 'mangler' : 'skal være en måned (ÅÅÅÅ-MM)') })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'skal være en måned på formen ÅÅÅÅ-MM (fx 2026-10)' });

/** A non-empty text after trimming. */
export function text(what = 'tekst') {
  return z
    .string({ error: (i) => (i.input === undefined ? 'mangler' : `skal være ${what}`) })
    .trim()
    .min(1, { error: 'må ikke være tom' });
}

export function enumOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `skal være en af: ${values.map(valueText).join(', ')}` });
}
