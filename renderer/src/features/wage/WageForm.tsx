// The assessment of one citizen (docs/rules.md §2): five criteria and the help need, or a
// hand-set wage with its justification; saved as a wage decision, then the letter is shown.
// With `editing`, the same form corrects a decision that paid no closed month, with a reason;
// with `correcting`, it records an efterregulering of a locked one (docs/rules.md §10). A
// correction is saved against the decision's version as the form LOADED it: a change saved
// elsewhere meanwhile is shown beside the person's and they choose ("Samtidige ændringer").
import { useState, type FormEvent } from 'react';
import { formatDate } from '../../../../shared/danish/dates';
import { isConflict } from '../../../../shared/data/errors';
import { CRITERIA, type Criterion, type HelpNeed } from '../../../../shared/domain/criteria';
import type { WageDecision } from '../../../../shared/records';
import { useAppState } from '../../appState';
import { DateField, TextArea } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { Card, Notice } from '../../components/Page';
import { useSaveAction } from '../../components/useSaveAction';
import { useUnsavedChangesGuard } from '../../components/useUnsavedChangesGuard';
import { useConflictChoice } from '../../components/useConflictChoice';
import { useDataApi } from '../../data/context';
import { navigate } from '../../router';
import { HelpNeedField, ScoreField } from './CriterionFields';
import { HandSetWageCard } from './HandSetWageCard';
import { StabilityHint } from './StabilityHint';
import { stabilityMonths, stabilityOver } from './stability';
import { useWageFormData } from './useWageData';
import { WagePreviewCard } from './WagePreviewCard';
import { CorrectionCard } from './CorrectionCard';
import { decisionConflictRows } from './wageConflict';
import {
  assessmentOf,
  correctionFromForm,
  effectiveMonth,
  handSetValuesOf,
  initialHelpNeed,
  initialScores,
  latestAssessed,
  missingItems,
  wageDecisionFromForm,
  type Scores,
} from './wageModel';

export function WageForm({
  citizenId,
  defaultFrom,
  editing,
  correcting,
  onDone,
}: {
  citizenId: string;
  /** The first day of the first open month (docs/rules.md §10). */
  defaultFrom: string;
  editing?: WageDecision | undefined;
  /** A locked decision found wrong: saved as an efterregulering from its date. */
  correcting?: WageDecision | undefined;
  onDone: () => void;
}) {
  const api = useDataApi();
  const { month, initials } = useAppState();
  const base = editing ?? correcting;
  const [effectiveFrom, setEffectiveFrom] = useState(base?.effectiveFrom ?? defaultFrom);
  const data = useWageFormData(citizenId, month, effectiveMonth(effectiveFrom, month));

  const [scores, setScores] = useState<Scores | null>(null);
  const [helpNeed, setHelpNeed] = useState<HelpNeed | null | undefined>(undefined);
  const [hand, setHand] = useState(handSetValuesOf(base));
  const [reason, setReason] = useState('');
  // The edited decision's version when the form opened: never the live one (finding 2's lesson).
  const [loadedVersion, setLoadedVersion] = useState(editing?.updatedAt);
  const conflict = useConflictChoice('afgørelsen');
  const { errors, message, saving, save } = useSaveAction();
  // Typed input is not thrown away without a question (issue 10, finding 12).
  const opened = base?.effectiveFrom ?? defaultFrom;
  const guard = useUnsavedChangesGuard(
    effectiveFrom !== opened ||
      scores !== null ||
      helpNeed !== undefined ||
      reason !== '' ||
      JSON.stringify(hand) !== JSON.stringify(handSetValuesOf(base)),
  );

  if (!data) return <p className="loading">Henter …</p>;
  const { citizen, version } = data;
  if (!citizen) return <Notice kind="error">Borgeren findes ikke (mere).</Notice>;

  // A correction starts from the decision itself; a new one from the latest assessment.
  const from = base ?? latestAssessed(data.decisions);
  const currentScores = scores ?? initialScores(from);
  const currentHelp = helpNeed === undefined ? initialHelpNeed(from) : helpNeed;
  const settings = version.settings;
  const missing = missingItems(currentScores, currentHelp);
  const assessment = assessmentOf(currentScores, currentHelp);
  const months = stabilityMonths(month);
  const stability = stabilityOver(months, data.attendance, citizen, data.grants);

  const setScore = (c: Criterion, v: number) => setScores({ ...currentScores, [c]: v });

  const form = {
    ...hand,
    citizenId,
    effectiveFrom,
    assessorInitials: initials,
    scores: currentScores,
    helpNeed: currentHelp,
  };
  const checked = wageDecisionFromForm(form, settings);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (correcting) {
      void save(correctionFromForm(checked, reason), async ({ patch, reason: why }) => {
        await api.recordWageCorrection(
          correcting.id,
          { ...patch, assessorInitials: initials },
          why,
        );
        guard.release();
        onDone();
      });
      return;
    }
    if (editing) {
      void save(correctionFromForm(checked, reason), async ({ patch, reason: why }) => {
        let version = loadedVersion;
        for (;;) {
          try {
            await api.updateWageDecision(editing.id, patch, version, why);
            guard.release();
            onDone();
            return;
          } catch (error) {
            if (!isConflict(error)) throw error;
            const stored = error.conflict.stored as WageDecision;
            const choice = await conflict.choose(decisionConflictRows(patch, stored));
            if (choice === 'stored') {
              // The form again from the stored decision (`base` is the live one).
              setEffectiveFrom(stored.effectiveFrom);
              setScores(null);
              setHelpNeed(undefined);
              setHand(handSetValuesOf(stored));
            }
            if (choice !== 'back') setLoadedVersion(stored.updatedAt);
            if (choice !== 'mine') return;
            version = stored.updatedAt;
          }
        }
      });
      return;
    }
    void save(checked, async ({ input }) => {
      const saved = await api.createWageDecision(input);
      guard.release();
      navigate(['loenvurdering', 'brev', saved.id]);
    });
  };

  return (
    <form onSubmit={submit} noValidate className="wage-layout">
      <div>
        <Card
          title={
            correcting
              ? `Efterregulering af afgørelsen fra ${formatDate(correcting.effectiveFrom)}`
              : editing
                ? `Ret afgørelsen fra ${formatDate(editing.effectiveFrom)}`
                : `Vurdering af ${citizen.name}`
          }
        >
          <div className="form-grid">
            <DateField
              label="Gælder fra"
              value={effectiveFrom}
              onChange={setEffectiveFrom}
              error={errors.effectiveFrom}
              hint="Afgørelsen gælder fra denne dag og indtil en ny afgørelse."
            />
          </div>
          {!base && from ? (
            <p className="muted">
              Udfyldt med den seneste vurdering (fra {formatDate(from.effectiveFrom)}); ret det, der
              har ændret sig.
            </p>
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
        {base ? (
          <Card title="Rettelse">
            <TextArea
              label={correcting ? 'Begrundelse for efterreguleringen' : 'Begrundelse for rettelsen'}
              value={reason}
              onChange={setReason}
              error={errors.reason}
              hint="Påkrævet: hvorfor afgørelsen rettes. Begrundelsen gemmes i loggen."
            />
          </Card>
        ) : null}
        {correcting ? (
          <CorrectionCard
            wrongId={correcting.id}
            input={checked.ok ? withoutCitizen(checked.input) : null}
          />
        ) : null}
        <FormActions
          submitLabel={
            correcting ? 'Gem efterregulering' : editing ? 'Gem rettelse' : 'Gem lønafgørelse'
          }
          saving={saving}
          onCancel={base ? onDone : () => navigate(['borgere', citizenId])}
          message={message}
          errors={errors}
        />
      </div>
      <WagePreviewCard hand={hand} assessment={assessment} missing={missing} version={version} />
      {guard.dialog}
      {conflict.dialog}
    </form>
  );
}

function withoutCitizen<T extends { citizenId: string }>(input: T): Omit<T, 'citizenId'> {
  const { citizenId: _c, ...rest } = input;
  return rest;
}
