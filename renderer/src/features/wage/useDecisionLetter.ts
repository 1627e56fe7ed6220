// The decision letter's data, live: the decision, its citizen, the settings in force from its
// date (the letter explains the wage with them), the citizen's work area in the decision's first
// month (docs/rules.md §§6, 12) and the document settings (signer, appeal text).
import {
  monthAreaOf,
  type Citizen,
  type MonthArea,
  type SettingsVersion,
  type WageDecision,
} from '../../../../shared/records';
import type { DocumentSettings } from '../../../../shared/documents/settings';
import { monthOf } from '../../../../shared/calendar';
import { useLive } from '../../data/live';

export type DecisionLetterData =
  | { found: false }
  | {
      found: true;
      decision: WageDecision;
      citizen: Citizen;
      version: SettingsVersion;
      /** The area of the decision's first month; undefined without one. */
      area: MonthArea | undefined;
      documents: DocumentSettings;
    };

/** Undefined while loading; `found: false` when the decision or its citizen is gone. */
export function useDecisionLetter(decisionId: string): DecisionLetterData | undefined {
  return useLive(
    async (api): Promise<DecisionLetterData> => {
      const decision = await api.getWageDecision(decisionId);
      if (!decision) return { found: false };
      const month = monthOf(decision.effectiveFrom);
      const [citizen, version, documents, areas] = await Promise.all([
        api.getCitizen(decision.citizenId),
        api.getSettingsForMonth(month, decision.citizenId),
        api.getDocumentSettings(),
        api.listWorkAreas(),
      ]);
      if (!citizen) return { found: false };
      const area = monthAreaOf(citizen, month, areas);
      return { found: true, decision, citizen, version, area, documents };
    },
    [decisionId],
  );
}
