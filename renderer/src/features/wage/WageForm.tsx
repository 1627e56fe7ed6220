// The assessment of one citizen (docs/rules.md §2): five criteria and the help need, or a
// hand-set wage with its justification; saved as a wage decision, then the letter is shown.
import { useState, type FormEvent } from 'react';
import { CRITERIA, type Criterion, type HelpNeed } from '../../../../shared/domain/criteria';
import { useAppState } from '../../appState';
import { DateField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { Card, Notice } from '../../components/Page';
import { useSaveAction } from '../../components/useSaveAction';
import { useDataApi } from '../../data/context';
import { navigate } from '../../router';
import { HelpNeedField, ScoreField } from './CriterionFields';
import { HandSetWageCard } from './HandSetWageCard';
import { StabilityHint } from './StabilityHint';
import { stabilityMonths, stabilityOver } from './stability';
import { useWageFormData } from './useWageData';
import { WagePreviewCard } from './WagePreviewCard';
import {
  assessmentOf,
  effectiveMonth,
  initialHelpNeed,
  initialScores,
  missingItems,
  NO_HAND_SET,
  wageDecisionFromForm,
  type Scores,
} from './wageModel';

export function WageForm({ citizenId }: { citizenId: string }) {
  const api = useDataApi();
  const { month, initials } = useAppState();
  const [effectiveFrom, setEffectiveFrom] = useState(`${month}-01`);
  const data = useWageFormData(citizenId, month, effectiveMonth(effectiveFrom, month));

  const [scores, setScores] = useState<Scores | null>(null);
  const [helpNeed, setHelpNeed] = useState<HelpNeed | null | undefined>(undefined);
  const [hand, setHand] = useState(NO_HAND_SET);
  const { errors, message, saving, save } = useSaveAction();

  if (!data) return <p className="loading">Henter …</p>;
  const { citizen, version } = data;
  if (!citizen) return <Notice kind="error">Borgeren findes ikke (mere).</Notice>;

  const latest = data.decisions.at(-1);
  const currentScores = scores ?? initialScores(latest);
  const currentHelp = helpNeed === undefined ? initialHelpNeed(latest) : helpNeed;
  const settings = version.settings;
  const missing = missingItems(currentScores, currentHelp);
  const assessment = assessmentOf(currentScores, currentHelp);
  const months = stabilityMonths(month);
  const stability = stabilityOver(months, data.attendance, citizen, data.grants);

  const setScore = (c: Criterion, v: number) => setScores({ ...currentScores, [c]: v });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const form = {
      ...hand,
      citizenId,
      effectiveFrom,
      assessorInitials: initials,
      scores: currentScores,
      helpNeed: currentHelp,
    };
    void save(wageDecisionFromForm(form, settings), async ({ input }) => {
      const saved = await api.createWageDecision(input);
      navigate(['loenvurdering', 'brev', saved.id]);
    });
  };

  return (
    <form onSubmit={submit} noValidate className="wage-layout">
      <div>
        <Card title={`Vurdering af ${citizen.name}`}>
          <div className="form-grid">
            <DateField
              label="Gælder fra"
              value={effectiveFrom}
              onChange={setEffectiveFrom}
              error={errors.effectiveFrom}
              hint="Afgørelsen gælder fra denne dag og indtil en ny afgørelse."
            />
          </div>
          {latest ? (
            <p className="muted">Udfyldt med den seneste vurdering; ret det, der har ændret sig.</p>
          ) : null}
        </Card>
        <Card title="Kriterier">
          {CRITERIA.map((c) => (
            <ScoreField
              key={c}
              criterion={c}
              value={currentScores[c]}
              onChange={(v) => setScore(c, v)}
              error={
                hand.handSet ? undefined : (errors[`assessment.scores.${c}`] ?? errors.assessment)
              }
              suggestion={
                c === 'attendanceStability' ? (
                  <StabilityHint
                    result={stability}
                    months={months}
                    onUse={(score) => setScore(c, score)}
                  />
                ) : null
              }
            />
          ))}
          <HelpNeedField
            value={currentHelp}
            onChange={setHelpNeed}
            error={hand.handSet ? undefined : errors['assessment.helpNeed']}
          />
        </Card>
        <HandSetWageCard value={hand} onChange={setHand} errors={errors} settings={settings} />
        <FormActions
          submitLabel="Gem lønafgørelse"
          saving={saving}
          onCancel={() => navigate(['borgere', citizenId])}
          message={message}
          errors={errors}
        />
      </div>
      <WagePreviewCard hand={hand} assessment={assessment} missing={missing} version={version} />
    </form>
  );
}
