// A wage decision's fields as a conflict names them (docs/rules.md, "Samtidige ændringer"): the
// person's corrected decision beside the one saved elsewhere meanwhile — date, hand-set wage and
// justification, each criterion's points and the help need — pure and unit-tested.
import { CRITERIA, CRITERION_LABELS } from '../../../../shared/domain/criteria';
import { HELP_NEED_SHORT } from '../../../../shared/danish/values';
import type { WageDecision, WageDecisionInput } from '../../../../shared/records';
import { conflictRows, type ConflictField } from '../../components/conflict';
import { formatKr } from '../../format';

type DecisionFields = Pick<
  WageDecisionInput,
  'effectiveFrom' | 'hourlyWage' | 'justification' | 'assessment'
>;

/** A decision as flat text fields, one per thing a person compares. */
function flat(d: DecisionFields): Record<string, string> {
  const out: Record<string, string> = {
    effectiveFrom: d.effectiveFrom,
    hourlyWage: d.hourlyWage === undefined ? '' : formatKr(Number(d.hourlyWage)),
    justification: d.justification ?? '',
    helpNeed: d.assessment ? HELP_NEED_SHORT[d.assessment.helpNeed] : '',
  };
  for (const c of CRITERIA) out[c] = d.assessment ? String(d.assessment.scores[c]) : '';
  return out;
}

const FIELDS: readonly ConflictField<Record<string, string>>[] = [
  { key: 'effectiveFrom', label: 'Gælder fra' },
  { key: 'hourlyWage', label: 'Timeløn' },
  { key: 'justification', label: 'Begrundelse' },
  ...CRITERIA.map((c) => ({ key: c, label: CRITERION_LABELS[c] })),
  { key: 'helpNeed', label: 'Hjælpebehov' },
];

/** The fields where the person's decision and the stored one differ. */
export const decisionConflictRows = (mine: DecisionFields, stored: WageDecision) =>
  conflictRows(flat(mine), flat(stored), FIELDS);
