// The wage decision and settings forms' conflicts (docs/rules.md, "Samtidige ændringer"): only the
// differing fields, with the forms' own labels and Danish values.
import { describe, expect, it } from 'vitest';
import { defaultSettingsVersion, type WageDecision } from '../../../shared/records';
import { decisionConflictRows } from '../../../renderer/src/features/wage/wageConflict';
import {
  settingsConflictRows,
  storedVersionFor,
} from '../../../renderer/src/features/settings/settingsConflict';
import { settingsToForm } from '../../../renderer/src/features/settings/settingsFormModel';
import { MIDDLE_ASSESSMENT } from '../../fixtures/assessment';

const stored: WageDecision = {
  id: 'd1',
  citizenId: 'c1',
  effectiveFrom: '2026-10-01',
  assessment: MIDDLE_ASSESSMENT,
  assessorInitials: 'KB',
  createdAt: '2026-10-01T08:00:00.000Z',
  updatedAt: '2026-10-02T08:00:00.000Z',
};

describe('form conflicts', () => {
  it('a wage decision: date, hand-set wage and each criterion by its label', () => {
    const rows = decisionConflictRows(
      { effectiveFrom: '2026-10-16', hourlyWage: 21.5, justification: 'Montage' },
      stored,
    );
    expect(rows[0]).toEqual({ label: 'Gælder fra', mine: '16.10.2026', stored: '01.10.2026' });
    expect(rows[1]).toEqual({ label: 'Timeløn', mine: '21,50 kr.', stored: '(tom)' });
    expect(rows.map((r) => r.label)).toContain('Hjælpebehov');
    expect(decisionConflictRows(stored, stored)).toEqual([]);
  });

  it('a settings version: the changed rate by its label; the month version found', () => {
    const base = defaultSettingsVersion();
    const mine = settingsToForm(base, '2026-12');
    const theirs = settingsToForm(
      { ...base, settings: { ...base.settings, kmRate: 3.1 } },
      '2026-12',
    );
    const rows = settingsConflictRows(mine, theirs);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.stored).toBe('3,1');
    expect(rows[0]!.label).toMatch(/[Kk]ilometersats|[Kk]m/);
    expect(storedVersionFor([{ ...base, validFrom: '2026-12' }], '2026-12')?.id).toBe(base.id);
    expect(storedVersionFor([base], '2026-12')).toBeUndefined();
  });
});
