// The decision letter's data, live: the decision, its citizen, the settings in force from its
// date (the letter explains the wage with them) and the document settings (signer, appeal text).
import type { Citizen, SettingsVersion, WageDecision } from '../../../../shared/records';
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
      documents: DocumentSettings;
    };

/** Undefined while loading; `found: false` when the decision or its citizen is gone. */
export function useDecisionLetter(decisionId: string): DecisionLetterData | undefined {
  return useLive(
    async (api): Promise<DecisionLetterData> => {
      const decision = await api.getWageDecision(decisionId);
      if (!decision) return { found: false };
      const [citizen, version, documents] = await Promise.all([
        api.getCitizen(decision.citizenId),
        api.getSettingsForMonth(monthOf(decision.effectiveFrom), decision.citizenId),
        api.getDocumentSettings(),
      ]);
      return citizen ? { found: true, decision, citizen, version, documents } : { found: false };
    },
    [decisionId],
  );
}
