// One citizen on the wage page (docs/rules.md §§2, 10): the decisions so far, each correctable
// while no closed month used it, and the form — new from the first open month, or "Ret" of one.
import { useState } from 'react';
import { useAppState } from '../../appState';
import { DecisionList } from './DecisionList';
import { decisionRows, defaultEffectiveFrom } from './decisionListModel';
import { useDecisionSettings, useMonthCloses, useWageDecisions } from './useWageData';
import { WageForm } from './WageForm';

export function CitizenWage({ citizenId }: { citizenId: string }) {
  const { month } = useAppState();
  const decisions = useWageDecisions(citizenId);
  const closes = useMonthCloses();
  const versions = useDecisionSettings(citizenId, decisions);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [correctingId, setCorrectingId] = useState<string | null>(null);
  if (!decisions || !closes || !versions) return <p className="loading">Henter …</p>;
  const editing = decisions.find((d) => d.id === editingId);
  const correcting = decisions.find((d) => d.id === correctingId);
  return (
    <>
      <DecisionList
        rows={decisionRows(decisions, closes, versions)}
        onEdit={(id) => {
          setCorrectingId(null);
          setEditingId(id);
        }}
        onCorrect={(id) => {
          setEditingId(null);
          setCorrectingId(id);
        }}
      />
      <WageForm
        key={correcting ? `efterregulering-${correcting.id}` : (editing?.id ?? 'ny')}
        citizenId={citizenId}
        defaultFrom={defaultEffectiveFrom(closes, month)}
        editing={correcting ? undefined : editing}
        correcting={correcting}
        onDone={() => {
          setEditingId(null);
          setCorrectingId(null);
        }}
      />
    </>
  );
}
