// The decision letter (docs/rules.md §12). Finding (issue 12): "79,2 %" recomputed to 25,32 kr.
// while the letter said 25,31 — the letter now prints the exact fraction and the raw wage; the
// recompute test below failed on the old letter model (25,31 printed, 25,32 recomputed).
import { describe, expect, it } from 'vitest';
import { CRITERIA } from '../../../shared/domain/criteria';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/domain/settings';
import { decisionLetterDoc } from '../../../shared/documents/letter';
import {
  APPEAL_UNAPPROVED,
  DEFAULT_APPEAL_TEXT,
  EMPTY_DOCUMENT_SETTINGS,
  appealTextOf,
} from '../../../shared/documents/settings';
import { exactDecimal } from '../../../shared/documents/exact';
import type { WageDecision } from '../../../shared/records';
import { recomputes } from './recompute';

const citizen = { name: 'Anna Andersen', cpr: '0101901234', payrollNumber: '1001' };
const decision = (extra: Partial<WageDecision>): WageDecision => ({
  id: 'd1',
  citizenId: 'c1',
  effectiveFrom: '2026-01-01',
  assessorInitials: 'KBJ',
  createdAt: '2026-02-03T10:00:00.000Z',
  updatedAt: '2026-02-03T10:00:00.000Z',
  ...extra,
});
const scored = (s: number[], helpNeed: 'independent' | 'moderate' | 'extensive' = 'moderate') =>
  decision({
    assessment: {
      scores: Object.fromEntries(CRITERIA.map((k, i) => [k, s[i]!])) as never,
      helpNeed,
    },
  });
const docs = {
  users: [{ initials: 'KBJ', name: 'Karen Bach Jensen', title: 'Værkstedsleder' }],
  appealText: '',
};
const calcLine = (l: ReturnType<typeof decisionLetterDoc>) =>
  l.basis.steps.find((s) => s.label === 'Beregning')!.text;

describe('decisionLetterDoc', () => {
  it('prints the exact fraction and the raw wage, so 19/24 recomputes to what it says', () => {
    const l = decisionLetterDoc(scored([4, 3, 3, 3, 4]), citizen, DEFAULT_SETTINGS, docs);
    expect(calcLine(l)).toBe('7,50 kr. + (30,00 kr. − 7,50 kr.) × 19/24 = 25,3125 kr.');
    expect(l.basis.steps.find((s) => s.label === 'Afrunding')!.text).toBe(
      '25,3125 kr. afrundet til nærmeste 0,50 kr. = 25,50 kr.',
    );
    expect(l.wage).toBe('25,50 kr.');
    const r = recomputes(calcLine(l));
    expect(r).not.toBeNull();
    expect(r!.matches).toBe(true);
  });

  it('recomputes for every assessment with the default settings and with an awkward floor', () => {
    const odd: Settings = { ...DEFAULT_SETTINGS, minimumWageReference: 152.6 };
    for (const settings of [DEFAULT_SETTINGS, odd])
      for (let code = 0; code < 5 ** 5; code += 7) {
        const s = [0, 1, 2, 3, 4].map((i) => Math.floor(code / 5 ** i) % 5);
        const l = decisionLetterDoc(scored(s, 'extensive'), citizen, settings, docs);
        const r = recomputes(calcLine(l));
        expect(r, calcLine(l)).not.toBeNull();
        expect(r!.matches, calcLine(l)).toBe(true);
      }
  });

  it('says each criterion in words, the help need, the floor and the ceiling', () => {
    const l = decisionLetterDoc(scored([2, 2, 2, 2, 2]), citizen, DEFAULT_SETTINGS, docs);
    expect(l.basis.kind).toBe('assessment');
    if (l.basis.kind !== 'assessment') return;
    expect(l.basis.criteria[0]).toEqual({
      label: 'Mødestabilitet',
      value: '2 point – i nogen grad',
    });
    expect(l.basis.criteria.at(-1)!.value).toMatch(/^2 point – arbejder selvstændigt med moderat/);
    expect(l.basis.steps.map((s) => s.label)).toEqual([
      'Point',
      'Bund',
      'Loft',
      'Beregning',
      'Afrunding',
    ]);
    expect(l.basis.steps[0]!.text).toBe(
      '2 + 2 + 2 + 2 + 2 + 2 = 12 point ud af 24 mulige (4 point × 6). Brøken er 12/24.',
    );
    expect(l.basis.steps[1]!.text).toMatch(/^5 % af 150,00 kr\. \(.*\) = 7,50 kr\./);
    expect(l.basis.steps[2]!.text).toMatch(/^30,00 kr\. i timen/);
  });

  it("names the citizen's work area and takes the floor from that area's figure", () => {
    const montage = { id: 'montage', name: 'Montage', minimumWageReference: 300 };
    // The common settings say 150,00 kr.; Montage's lowest agreed wage is 300,00 kr.
    const l = decisionLetterDoc(scored([2, 2, 2, 2, 2]), citizen, DEFAULT_SETTINGS, docs, montage);
    expect(l.area).toBe('Arbejdsområde: Montage');
    expect(l.basis.steps[1]!.text).toBe(
      '5 % af 300,00 kr. (den laveste overenskomstmæssige timeløn i arbejdsområdet Montage) = ' +
        '15,00 kr. Timelønnen kan ikke være lavere.',
    );
    expect(calcLine(l)).toBe('15,00 kr. + (30,00 kr. − 15,00 kr.) × 12/24 = 22,50 kr.');
    expect(recomputes(calcLine(l))!.matches).toBe(true);
    expect(l.wage).toBe('22,50 kr.');
    // An area without a figure, and no area at all: the common figure, said as such.
    const bare = decisionLetterDoc(scored([2, 2, 2, 2, 2]), citizen, DEFAULT_SETTINGS, docs, {
      id: 'park',
      name: 'Have og park',
    });
    expect(bare.area).toBe('Arbejdsområde: Have og park');
    expect(bare.basis.steps[1]!.text).toContain(
      '5 % af 150,00 kr. (Have og park har ingen sats, så mindstelønnen uden arbejdsområde bruges)',
    );
    const none = decisionLetterDoc(scored([2, 2, 2, 2, 2]), citizen, DEFAULT_SETTINGS, docs);
    expect(none.area).toBeNull();
    expect(none.basis.steps[1]!.text).toContain('(mindstelønnen for borgere uden arbejdsområde)');
  });

  it('shows the weights when they are not all 1, and says a floor rounded to øre', () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      minimumWageReference: 152.61,
      criteriaWeights: { ...DEFAULT_SETTINGS.criteriaWeights, productivity: 2 },
    };
    const l = decisionLetterDoc(scored([2, 2, 3, 2, 2]), citizen, settings, docs);
    expect(l.basis.steps[0]!.text).toBe(
      '1 × 2 + 1 × 2 + 2 × 3 + 1 × 2 + 1 × 2 + 1 × 2 = 16 point ud af 28 mulige ' +
        '(4 point × summen af vægtene). Brøken er 16/28.',
    );
    expect(l.basis.steps[1]!.text).toContain('= 7,63 kr. (afrundet til hele øre)');
    expect(recomputes(calcLine(l))!.matches).toBe(true);
  });

  it('says when the rounded wage is raised to the floor', () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      minimumWageReference: 168,
      wageRoundingStep: 1,
    };
    const l = decisionLetterDoc(scored([0, 0, 0, 0, 0], 'extensive'), citizen, settings, docs);
    expect(l.basis.steps.at(-1)!.text).toBe(
      '8,40 kr. afrundet til nærmeste 1,00 kr. = 8,00 kr., hævet til bunden 8,40 kr.',
    );
    expect(l.wage).toBe('8,40 kr.');
  });

  it('names the assessor from the user list, with the masked CPR and the effective date', () => {
    const l = decisionLetterDoc(scored([2, 2, 2, 2, 2]), citizen, DEFAULT_SETTINGS, docs);
    expect(l.signer).toEqual({ name: 'Karen Bach Jensen', title: 'Værkstedsleder' });
    expect(l.citizen.cpr).toBe('010190-****');
    expect(l.effectiveFrom).toBe('01.01.2026');
    expect(l.dated).toBe('03.02.2026');
    const unknown = decisionLetterDoc(
      scored([2, 2, 2, 2, 2]),
      citizen,
      DEFAULT_SETTINGS,
      EMPTY_DOCUMENT_SETTINGS,
    );
    expect(unknown.signer).toBeNull();
    expect(unknown.assessorInitials).toBe('KBJ');
  });

  it('prints a hand-set wage with its justification, floor and ceiling', () => {
    const l = decisionLetterDoc(
      decision({ hourlyWage: 31, justification: 'Konkret vurdering' }),
      citizen,
      DEFAULT_SETTINGS,
      docs,
    );
    expect(l.wage).toBe('31,00 kr.');
    expect(l.basis).toMatchObject({ kind: 'handSet', justification: 'Konkret vurdering' });
    expect(l.basis.steps.map((s) => s.label)).toEqual(['Bund', 'Loft', 'Timeløn']);
    expect(l.basis.steps[2]!.text).toMatch(/over loftet/);
  });

  it('uses the set appeal text, else the default marked for the lawyer', () => {
    expect(appealTextOf(EMPTY_DOCUMENT_SETTINGS)).toEqual({
      paragraphs: DEFAULT_APPEAL_TEXT.split('\n\n'),
      isDefault: true,
    });
    expect(APPEAL_UNAPPROVED).toMatch(/skal godkendes af kommunens jurist/);
    expect(appealTextOf({ users: [], appealText: ' Klag til os.\n\nInden 4 uger. ' })).toEqual({
      paragraphs: ['Klag til os.', 'Inden 4 uger.'],
      isDefault: false,
    });
  });
});

describe('exactDecimal', () => {
  it('prints as many decimals as needed, rounding the last one when it must cut', () => {
    expect(exactDecimal(253125n, 10000n)).toEqual({ text: '25,3125', exact: true });
    expect(exactDecimal(75n, 10n)).toEqual({ text: '7,50', exact: true });
    expect(exactDecimal(1n, 3n)).toEqual({ text: '0,3333', exact: false });
    expect(exactDecimal(2n, 3n)).toEqual({ text: '0,6667', exact: false });
    expect(exactDecimal(99999999n, 1000000n, 2)).toEqual({ text: '100,00', exact: false });
    expect(exactDecimal(123456789n, 100n)).toEqual({ text: '1.234.567,89', exact: true });
  });
});
