// Settings written once (docs/rules.md §6): the partial schema of the calc input is derived from
// the full one, with the same bounds and messages, and the type is the schema's output.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  DEFAULT_SETTINGS,
  PartialSettingsSchema,
  SettingsSchema,
  mergeSettings,
  type PartialSettings,
  type Settings,
} from '../../../shared/domain/settings';
import { formatIssue, fromZodIssues } from '../../../shared/domain/errors';

const messages = (r: z.ZodSafeParseResult<unknown>) =>
  r.success ? [] : fromZodIssues(r.error.issues).map(formatIssue);

describe('settings', () => {
  it('has its type from the schema', () => {
    expectTypeOf<Settings>().toEqualTypeOf<z.output<typeof SettingsSchema>>();
    expectTypeOf<PartialSettings['criteriaWeights']>().toEqualTypeOf<
      Partial<Settings['criteriaWeights']> | undefined
    >();
    expect(SettingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    [{ kmRate: 101 }, 'kmRate: må højst være 100'],
    [{ wageRoundingStep: 0.3 }, 'wageRoundingStep: skal være en af 0,01, 0,25, 0,50 eller 1,00'],
    [{ wageRoundingStep: '1' }, 'wageRoundingStep: skal være en af 0,01, 0,25, 0,50 eller 1,00'],
    [{ transportThresholdKm: 1000.5 }, 'transportThresholdKm: må højst være 1.000'],
    [{ criteriaWeights: { quality: -1 } }, 'criteriaWeights.quality: skal være mindst 0'],
    [{ helpNeedPoints: { moderate: 5 } }, 'helpNeedPoints.moderate: må højst være 4'],
    [{ amContributionPercent: 8.125 }, 'amContributionPercent: må højst have to decimaler'],
    [{ kmrate: 2 }, 'kmrate: ukendt felt (stavefejl?)'],
    [{ criteriaWeights: { qualty: 1 } }, 'criteriaWeights.qualty: ukendt felt (stavefejl?)'],
  ])('the partial and the full schema refuse %j alike', (change, message) => {
    expect(messages(PartialSettingsSchema.safeParse(change))).toEqual([message]);
    const full = { ...DEFAULT_SETTINGS, ...change } as Record<string, unknown>;
    for (const nested of ['criteriaWeights', 'helpNeedPoints'] as const)
      if (nested in change)
        full[nested] = {
          ...DEFAULT_SETTINGS[nested],
          ...(change as Record<string, object>)[nested],
        };
    expect(messages(SettingsSchema.safeParse(full))).toEqual([message]);
  });

  it('checks the whole only once merged: a partial may name only some weights', () => {
    expect(PartialSettingsSchema.safeParse({ criteriaWeights: { quality: 0 } }).success).toBe(true);
    const zero = mergeSettings({ wageCeiling: 7 });
    expect(messages(SettingsSchema.safeParse(zero))).toEqual([
      'wageCeiling: loftet må ikke være lavere end mindstelønnen (bunden)',
    ]);
  });
});
