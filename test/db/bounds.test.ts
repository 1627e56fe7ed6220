// Issue 11, finding 1 in the data layer (docs/rules.md §5): a settings version beyond its bounds
// is refused as VALIDATION naming the field, never a RangeError out of the schema.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../shared/data/errors';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { DEFAULT_WAGE_TYPE_CODES } from '../../shared/records/settings-version';
import { freshApi } from './helpers';

describe('saveSettingsVersion', () => {
  it('the data layer refuses such a settings version as VALIDATION naming the field', async () => {
    const { api } = await freshApi();
    const error = await api
      .saveSettingsVersion({
        validFrom: '2026-11',
        settings: { ...DEFAULT_SETTINGS, wageCeiling: 1e20 },
        wageTypeCodes: { ...DEFAULT_WAGE_TYPE_CODES },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).code).toBe('VALIDATION');
    expect((error as DataError).issues.map((i) => i.path.join('.'))).toContain(
      'settings.wageCeiling',
    );
  });
});
