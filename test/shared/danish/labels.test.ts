// Errors as a person reads them: Danish labels, Danish values, Danish dates (docs/rules.md).
import { describe, expect, it } from 'vitest';
import { fromZodIssues } from '../../../shared/domain/errors';
import { TransportSchema } from '../../../shared/domain/input';
import { describeIssue, describeIssues, fieldLabel } from '../../../shared/danish/labels';
import { CitizenInputSchema } from '../../../shared/records/citizen';
import { WageDecisionInputSchema } from '../../../shared/records/wage-decision';
import { MIDDLE_ASSESSMENT } from '../../fixtures/assessment';

describe('field labels', () => {
  it.each([
    [['payrollNumber'], 'Lønnummer'],
    [['taxCard', 'monthlyAllowance'], 'Månedsfradrag'],
    [['transport', 'oneWayKm'], 'Afstand (km én vej)'],
    [['assessment', 'helpNeed'], 'Hjælpebehov'],
    [['assessment', 'scores', 'attendanceStability'], 'Mødestabilitet'],
    [['settings', 'helpNeedPoints', 'moderate'], 'Point for moderat støtte'],
    [['settings', 'criteriaWeights', 'quality'], 'Vægt for kvaliteten af det udførte arbejde'],
    [[3, 'hours'], 'Timer (række 4)'],
    [['somethingNew'], 'Feltet'],
  ])('%j → %s', (path, label) => {
    expect(fieldLabel(path)).toBe(label);
  });
});

describe('issues in Danish', () => {
  it('names enum values in Danish, never the internal value', () => {
    const r = WageDecisionInputSchema.safeParse({
      citizenId: 'x',
      effectiveFrom: '2026-01-01',
      assessorInitials: 'AB',
      assessment: { ...MIDDLE_ASSESSMENT, helpNeed: 'lots' },
    });
    const text = describeIssues(fromZodIssues(r.error!.issues));
    expect(text).toBe('Hjælpebehov: skal være en af: Selvstændig, Moderat støtte, Meget støtte');
  });
  it('shows bounds as Danish numbers and dates as Danish dates', () => {
    const r = CitizenInputSchema.safeParse({
      name: 'A',
      payrollNumber: '1',
      cpr: '010190-1234',
      offer: 'SEL103',
      startDate: '2026-01-01',
      taxCard: { withholdingRatePercent: 38, monthlyAllowance: 20_000_000 },
    });
    expect(describeIssues(fromZodIssues(r.error!.issues))).toBe(
      'Månedsfradrag: må højst være 10.000.000',
    );
    expect(
      describeIssue({
        path: ['effectiveFrom'],
        message: 'der findes allerede en lønafgørelse fra 2026-01-01',
      }),
    ).toBe('Gælder fra: der findes allerede en lønafgørelse fra 01.01.2026');
  });
  it('names transport modes in Danish', () => {
    const r = TransportSchema.safeParse({ mode: 'bike' });
    expect(describeIssues(fromZodIssues(r.error!.issues))).toMatch(/Egen bil/);
  });
});
