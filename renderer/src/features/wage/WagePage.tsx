import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import {
  CRITERIA,
  CRITERION_LABELS,
  HELP_NEED_LABELS,
  HELP_NEEDS,
  SCORE_LABELS,
  shiftMonth,
  wageCeilingOre,
  wageFloorOre,
  type Assessment,
  type Criterion,
  type HelpNeed,
} from '../../../../shared/domain';
import { fromOre, toOre } from '../../../../shared/money';
import { WageDecisionInputSchema } from '../../../../shared/records';
import { useAppState } from '../../appState';
import {
  Checkbox,
  DateField,
  FormErrorSummary,
  SelectField,
  TextArea,
  TextField,
} from '../../components/Field';
import { numberOrText, validate, type FieldErrors } from '../../components/forms';
import { Card, Notice, Page } from '../../components/Page';
import {
  createWageDecision,
  errorsFromDataError,
  getCitizen,
  getSettingsForMonth,
  GRANT_DAYS_PER_WEEK,
  listAttendance,
  listCitizens,
  listGrants,
  listWageDecisions,
  type Attendance,
  type Grant,
} from '../../data';
import { formatKr, formatMonth, formatPercent, parseDanishNumber } from '../../format';
import { navigate } from '../../router';
import { plannedDays } from '../../../../shared/rules/planned';
import { suggestAttendanceStability } from './stability';
import { WageExplanation } from './WageExplanation';

type Scores = Record<Criterion, number | null>;

export default function WagePage({ citizenId }: { citizenId?: string | undefined }) {
  const citizens = useLiveQuery(() => listCitizens({ includeEnded: false }), []);
  const eligible = (citizens ?? []).filter((c) => c.offer === 'SEL103');
  return (
    <Page
      title="Lønvurdering"
      subtitle="Løn efter indsats (SEL § 103): fem kriterier og hjælpebehov"
    >
      <div className="toolbar">
        <SelectField
          label="Borger"
          value={citizenId ?? ''}
          onChange={(id) => navigate(['loenvurdering'], { borger: id || undefined })}
          options={[
            { value: '', label: citizens ? 'Vælg en borger …' : 'Henter …' },
            ...eligible.map((c) => ({ value: c.id, label: `${c.name} (${c.payrollNumber})` })),
          ]}
        />
      </div>
      {citizens && eligible.length === 0 ? (
        <Notice>
          <p>Der er ingen aktive borgere i beskyttet beskæftigelse (§ 103) at vurdere.</p>
        </Notice>
      ) : null}
      {citizenId ? <WageForm key={citizenId} citizenId={citizenId} /> : null}
    </Page>
  );
}

function stabilityFor(
  months: readonly string[],
  attendance: readonly Attendance[],
  grant: Grant | undefined,
) {
  if (!grant) return null;
  const planned = months.flatMap((m) =>
    plannedDays(m, {
      daysPerWeek: GRANT_DAYS_PER_WEEK[grant.size],
      from: grant.startDate,
      to: grant.endDate,
    }),
  );
  const plannedSet = new Set(planned);
  const worked = attendance.filter((a) => a.hours > 0).length;
  const agreed = attendance.filter(
    (a) => (a.absence === 'ferie' || a.absence === 'fri') && plannedSet.has(a.date),
  ).length;
  const s = suggestAttendanceStability({
    plannedDays: planned.length,
    workedDays: worked,
    agreedAbsenceDays: agreed,
  });
  return s ? { ...s, worked, planned: planned.length, agreed } : null;
}

function WageForm({ citizenId }: { citizenId: string }) {
  const { month, initials } = useAppState();
  const [effectiveFrom, setEffectiveFrom] = useState(`${month}-01`);
  const effMonth = /^\d{4}-\d{2}/.test(effectiveFrom) ? effectiveFrom.slice(0, 7) : month;
  const data = useLiveQuery(async () => {
    const months = [shiftMonth(month, -2), shiftMonth(month, -1), month];
    const [citizen, decisions, grants, version, attendance] = await Promise.all([
      getCitizen(citizenId),
      listWageDecisions(citizenId),
      listGrants(citizenId),
      getSettingsForMonth(effMonth),
      Promise.all(months.map((m) => listAttendance(m, citizenId))),
    ]);
    return {
      citizen,
      decisions,
      grant: grants.at(-1),
      version,
      months,
      attendance: attendance.flat(),
    };
  }, [citizenId, month, effMonth]);

  const latest = data?.decisions.at(-1);
  const [scores, setScores] = useState<Scores | null>(null);
  const [helpNeed, setHelpNeed] = useState<HelpNeed | null | undefined>(undefined);
  const [handSet, setHandSet] = useState(false);
  const [hourlyWage, setHourlyWage] = useState('');
  const [justification, setJustification] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  if (!data) return <p className="loading">Henter …</p>;
  if (!data.citizen) return <Notice kind="error">Borgeren findes ikke (mere).</Notice>;

  // Start from the latest assessment, so a reassessment changes only what changed.
  const initialScores: Scores = Object.fromEntries(
    CRITERIA.map((c) => [c, latest?.assessment?.scores[c] ?? null]),
  ) as Scores;
  const currentScores = scores ?? initialScores;
  const currentHelp = helpNeed === undefined ? (latest?.assessment?.helpNeed ?? null) : helpNeed;
  const settings = data.version.settings;
  const floor = fromOre(wageFloorOre(settings));
  const ceiling = fromOre(wageCeilingOre(settings));

  const missing = [
    ...CRITERIA.filter((c) => currentScores[c] === null).map((c) => CRITERION_LABELS[c]),
    ...(currentHelp === null ? ['Hjælpebehov'] : []),
  ];
  const assessment: Assessment | null =
    missing.length === 0
      ? { scores: currentScores as Record<Criterion, number>, helpNeed: currentHelp! }
      : null;
  const stability = stabilityFor(data.months, data.attendance, data.grant);
  const handWage = parseDanishNumber(hourlyWage);
  const aboveCeiling = handSet && handWage !== null && handWage > ceiling;

  const setScore = (c: Criterion, v: number) => setScores({ ...currentScores, [c]: v });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    const raw: Record<string, unknown> = {
      citizenId,
      effectiveFrom,
      assessorInitials: initials,
    };
    if (handSet) {
      raw.hourlyWage = numberOrText(hourlyWage);
      raw.justification = justification;
    } else {
      raw.assessment = {
        scores: Object.fromEntries(CRITERIA.map((c) => [c, currentScores[c] ?? undefined])),
        helpNeed: currentHelp ?? undefined,
      };
    }
    const r = validate(WageDecisionInputSchema, raw);
    const errs: FieldErrors = r.ok ? {} : { ...r.errors };
    if (
      handSet &&
      handWage !== null &&
      toOre(Math.abs(handWage)) < wageFloorOre(settings) &&
      !errs.hourlyWage
    )
      errs.hourlyWage = `må ikke være under mindstelønnen (bunden) ${formatKr(floor)}`;
    if (handSet && hourlyWage.trim() === '') errs.hourlyWage = 'mangler';
    setErrors(errs);
    if (!r.ok || Object.keys(errs).length > 0) return;
    setSaving(true);
    try {
      const saved = await createWageDecision(r.value);
      navigate(['loenvurdering', 'brev', saved.id]);
    } catch (error) {
      const { fields, message: m } = errorsFromDataError(error);
      setErrors(fields);
      setMessage(m);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="wage-layout">
      <div>
        <Card title={`Vurdering af ${data.citizen.name}`}>
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
              error={handSet ? undefined : (errors[`assessment.scores.${c}`] ?? errors.assessment)}
              suggestion={
                c === 'attendanceStability' && stability ? (
                  <p className="suggestion">
                    Forslag ud fra fremmødet i {formatMonth(data.months[0]!)} –{' '}
                    {formatMonth(data.months[2]!)}:{' '}
                    <strong>
                      {stability.score} – {SCORE_LABELS[stability.score]}
                    </strong>{' '}
                    ({stability.worked} af {stability.expectedDays} forventede dage ={' '}
                    {formatPercent(stability.ratio, 0)}
                    {stability.agreed > 0
                      ? `; ${stability.agreed} dages ferie/fri er trukket fra`
                      : ''}
                    ).{' '}
                    <button
                      type="button"
                      className="link"
                      onClick={() => setScore(c, stability.score)}
                    >
                      Brug forslaget
                    </button>
                  </p>
                ) : c === 'attendanceStability' ? (
                  <p className="suggestion">
                    Intet forslag: der mangler en bevilling eller planlagte dage.
                  </p>
                ) : null
              }
            />
          ))}
          <HelpNeedField
            value={currentHelp}
            onChange={setHelpNeed}
            error={handSet ? undefined : errors['assessment.helpNeed']}
          />
        </Card>
        <Card title="Individuel vurdering">
          <Checkbox
            label="Fastsæt timelønnen manuelt ud fra en konkret, individuel vurdering"
            checked={handSet}
            onChange={setHandSet}
          />
          {handSet ? (
            <>
              <div className="form-grid">
                <TextField
                  label="Timeløn"
                  inputMode="decimal"
                  suffix="kr."
                  value={hourlyWage}
                  onChange={setHourlyWage}
                  error={errors.hourlyWage}
                  hint={`Bund ${formatKr(floor)}, loft som udgangspunkt ${formatKr(ceiling)}`}
                />
              </div>
              <TextArea
                label="Begrundelse"
                value={justification}
                onChange={setJustification}
                error={errors.justification}
                hint="Påkrævet: beskriv den konkrete, individuelle vurdering."
              />
              {aboveCeiling ? (
                <Notice kind="warning">
                  <p>
                    Timelønnen er over loftet ({formatKr(ceiling)}). Det er tilladt, men skal være
                    begrundet, og lønlisten får en bemærkning.
                  </p>
                </Notice>
              ) : null}
            </>
          ) : null}
        </Card>
        {message ? <Notice kind="error">{message}</Notice> : null}
        <FormErrorSummary errors={errors} />
        <div className="actions">
          <button type="submit" disabled={saving}>
            {saving ? 'Gemmer …' : 'Gem lønafgørelse'}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => navigate(['borgere', citizenId])}
          >
            Annuller
          </button>
        </div>
      </div>
      <Card className="explain" title="Timeløn">
        {handSet ? (
          <div>
            <p className="wage" aria-live="polite" data-testid="wage-preview">
              {handWage !== null ? formatKr(handWage) : '— kr.'}{' '}
              <span className="muted">i timen</span>
            </p>
            <p>Individuelt fastsat timeløn. Kriterierne bruges ikke til beregningen.</p>
            {assessment ? (
              <details>
                <summary>Kriterierne ville give</summary>
                <WageExplanation assessment={assessment} settings={settings} missing={missing} />
              </details>
            ) : null}
          </div>
        ) : (
          <WageExplanation assessment={assessment} settings={settings} missing={missing} />
        )}
        <p className="muted">
          {data.version.id === 'standard'
            ? 'Standardindstillingerne er brugt.'
            : `Indstillingerne fra ${formatMonth(data.version.validFrom)} er brugt.`}
        </p>
      </Card>
    </form>
  );
}

function ScoreField({
  criterion,
  value,
  onChange,
  error,
  suggestion,
}: {
  criterion: Criterion;
  value: number | null;
  onChange: (v: number) => void;
  error?: string | undefined;
  suggestion?: ReactNode;
}) {
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <fieldset
      className="criterion"
      aria-describedby={error ? errorId : undefined}
      data-testid={`criterion-${criterion}`}
    >
      <legend>{CRITERION_LABELS[criterion]}</legend>
      <div className="scale">
        {SCORE_LABELS.map((label, score) => (
          <label key={score}>
            <input
              type="radio"
              name={name}
              value={score}
              checked={value === score}
              onChange={() => onChange(score)}
            />
            <span>
              <strong>{score}</strong> {label}
            </span>
          </label>
        ))}
      </div>
      {suggestion}
      {error ? (
        <p id={errorId} className="error cell-error" role="alert">
          {CRITERION_LABELS[criterion]}: {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function HelpNeedField({
  value,
  onChange,
  error,
}: {
  value: HelpNeed | null;
  onChange: (v: HelpNeed) => void;
  error?: string | undefined;
}) {
  const name = useId();
  return (
    <fieldset className="criterion" data-testid="criterion-helpNeed">
      <legend>Hjælpebehov i løbet af arbejdsdagen</legend>
      <div className="help-options">
        {HELP_NEEDS.map((h) => (
          <label key={h}>
            <input
              type="radio"
              name={name}
              value={h}
              checked={value === h}
              onChange={() => onChange(h)}
            />
            <span>{HELP_NEED_LABELS[h]}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="error cell-error" role="alert">
          Hjælpebehov: {error}
        </p>
      ) : null}
    </fieldset>
  );
}
