// Dated settings (docs/rules.md §6): a month is computed with the version in force for it, i.e.
// the one with the latest `validFrom` ≤ the month. Wage-type codes of the payroll CSV
// (docs/rules.md §9) are dated with them so that a month's export is reproducible.
import { z } from 'zod';
import { DEFAULT_SETTINGS, SettingsSchema } from '../domain/settings';
import { id, initials, isoMonth, timestamp } from './common';

const code = z
  .string({ error: (i) => (i.input === undefined ? 'mangler' : 'skal være en lønartskode') })
  .trim()
  .regex(/^[0-9A-Za-z]{1,10}$/, { error: 'skal være 1–10 cifre eller bogstaver' });

/** The codes the payroll system knows the three wage types by. */
export const WageTypeCodesSchema = z.strictObject({
  /** Hours × hourly wage, one row per wage line. */
  wage: code,
  /** The municipality's transport share paid out with the pay (+). */
  transportReimbursement: code,
  /** The citizen's transport share deducted from the pay (−). */
  transportDeduction: code,
  /** Efterregulering løn (docs/rules.md §10); optional so older versions stay readable. */
  correctionWage: code.optional(),
  /** Efterregulering kørsel (docs/rules.md §10). */
  correctionTransport: code.optional(),
});
export type WageTypeCodes = z.infer<typeof WageTypeCodesSchema>;

/**
 * The efterregulering codes (docs/rules.md §10) where a version has none: versions saved before
 * them stay readable, so the codes are optional and these are used in their place.
 */
export const DEFAULT_CORRECTION_CODES = Object.freeze({
  correctionWage: '1190',
  correctionTransport: '6190',
});

/** A version's codes with the efterregulering codes filled in from the defaults. */
export function withCorrectionCodes(codes: WageTypeCodes): Required<WageTypeCodes> {
  return {
    ...codes,
    correctionWage: codes.correctionWage ?? DEFAULT_CORRECTION_CODES.correctionWage,
    correctionTransport: codes.correctionTransport ?? DEFAULT_CORRECTION_CODES.correctionTransport,
  };
}

/** Placeholders until the payroll office gives the real codes; changed in settings. */
export const DEFAULT_WAGE_TYPE_CODES: Readonly<WageTypeCodes> = Object.freeze({
  wage: '1100',
  transportReimbursement: '6100',
  transportDeduction: '6110',
});

export const SettingsVersionInputSchema = z.strictObject({
  validFrom: isoMonth,
  settings: SettingsSchema,
  wageTypeCodes: WageTypeCodesSchema,
});
export type SettingsVersionInput = z.input<typeof SettingsVersionInputSchema>;

export const SettingsVersionSchema = z.strictObject({
  id,
  ...SettingsVersionInputSchema.shape,
  createdAt: timestamp,
  createdBy: initials,
});
export type SettingsVersion = z.output<typeof SettingsVersionSchema>;

/** Used for months before the first stored version (and on a fresh install). */
export const DEFAULT_SETTINGS_VERSION_ID = 'standard';

export function defaultSettingsVersion(): SettingsVersion {
  return {
    id: DEFAULT_SETTINGS_VERSION_ID,
    validFrom: '2000-01',
    settings: SettingsSchema.parse(DEFAULT_SETTINGS),
    wageTypeCodes: { ...DEFAULT_WAGE_TYPE_CODES },
    createdAt: '2000-01-01T00:00:00.000Z',
    createdBy: 'APP',
  };
}

/** The version in force for `month` (`YYYY-MM`): latest validFrom ≤ month; else the defaults. */
export function settingsVersionFor(
  month: string,
  versions: readonly SettingsVersion[],
): SettingsVersion {
  let best: SettingsVersion | undefined;
  for (const v of versions)
    if (v.validFrom <= month && (best === undefined || v.validFrom > best.validFrom)) best = v;
  return best ?? defaultSettingsVersion();
}
