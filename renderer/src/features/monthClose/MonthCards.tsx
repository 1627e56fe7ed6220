// The month-close screen's parts around the table: status, problems, export, close / reopen and
// history. They render what monthCloseModel says; the page does the saving.
import { useId, useState, type FormEvent } from 'react';
import { EXPORT_PROFILE_LABELS } from '../../../../shared/danish/values';
import { EXPORT_PROFILES } from '../../../../shared/records';
import type { MonthView } from '../../../../shared/data/api';
import { SelectField, TextArea } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { Card, Notice } from '../../components/Page';
import { formatMonth } from '../../format';
import { href } from '../../router';
import {
  historyLines,
  monthProblems,
  monthStatusLine,
  reopenReason,
  type ProblemSource,
} from './monthCloseModel';
import { ReopenComparison } from './ReopenComparison';
import type { TemplateOption } from '../exportTemplates/templateModel';

export function MonthStatusLine({ view }: { view: MonthView }) {
  const { kind, text } = monthStatusLine(view);
  const line = <p data-testid="month-status">{text}</p>;
  if (kind === 'closed') return <Notice kind="success">{line}</Notice>;
  if (kind === 'reopened') return <Notice kind="warning">{line}</Notice>;
  return (
    <p className="muted" data-testid="month-status">
      {text}
    </p>
  );
}

export function MonthProblems({ problems }: { problems: readonly ProblemSource[] }) {
  const shown = monthProblems(problems);
  if (!shown) return null;
  return (
    <Notice kind="error">
      <p>{shown.intro}</p>
      <ul>
        {shown.lines.map((p) => (
          <li key={p.citizenId}>
            <a href={href(['borgere', p.citizenId])}>{p.name}</a>: {p.text}
          </li>
        ))}
      </ul>
    </Notice>
  );
}

export function ExportCard({
  busy,
  templates,
  onExport,
  difference,
  onExportDifference,
}: {
  busy: boolean;
  /** Every export template (docs/rules.md §9): the two profiles have buttons of their own. */
  templates: readonly TemplateOption[];
  onExport: (name: string) => void;
  /** The difference file's name after a re-close with other figures (§10), else null. */
  difference: string | null;
  onExportDifference: () => void;
}) {
  return (
    <Card title="Eksport til lønkontoret">
      <p>Hent lønlisten som CSV-fil. En lukket måned giver altid præcis den samme fil.</p>
      <div className="actions">
        {EXPORT_PROFILES.map((p) => (
          <button
            key={p}
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => onExport(p)}
          >
            Eksportér {EXPORT_PROFILE_LABELS[p]}
          </button>
        ))}
      </div>
      <OtherTemplateExport busy={busy} templates={templates} onExport={onExport} />
      {difference ? (
        <Notice kind="warning">
          <p>
            Måneden er lukket igen med andre tal end ved den forrige lukning. Send kun forskellen
            til lønkontoret, så intet udbetales to gange: {difference}
          </p>
          <button type="button" disabled={busy} onClick={onExportDifference}>
            Eksportér rettelsesfil
          </button>
        </Notice>
      ) : null}
    </Card>
  );
}

const PROFILES: readonly string[] = EXPORT_PROFILES;

/** Export with one of the other templates (Danløn, Visma Løn, a saved one …). */
function OtherTemplateExport({
  busy,
  templates,
  onExport,
}: {
  busy: boolean;
  templates: readonly TemplateOption[];
  onExport: (name: string) => void;
}) {
  const others = templates.filter((t) => !PROFILES.includes(t.value));
  const [chosen, setChosen] = useState('');
  const name = others.some((t) => t.value === chosen) ? chosen : (others[0]?.value ?? '');
  if (others.length === 0) return null;
  return (
    <div className="actions">
      <SelectField
        label="Anden lønfilskabelon"
        value={name}
        onChange={setChosen}
        options={others}
      />
      <button type="button" className="secondary" disabled={busy} onClick={() => onExport(name)}>
        Eksportér med skabelonen
      </button>
    </div>
  );
}

/** Closing starts with the check screen; the button says why when it cannot be used. */
export function CloseCard({
  button,
  profile,
  templates,
  onProfile,
  onCheck,
}: {
  button: { label: string; disabled: boolean; reason: string | null };
  profile: string;
  templates: readonly TemplateOption[];
  onProfile: (profile: string) => void;
  onCheck: () => void;
}) {
  const reasonId = useId();
  return (
    <Card title="Luk måneden">
      <p>
        Når måneden lukkes, låses tal, indstillinger og lønafgørelser, så eksporten altid kan
        gentages uændret.
      </p>
      <SelectField
        label="Lønfilens format"
        value={profile}
        onChange={onProfile}
        hint="Lukningen sender ingen fil. Bagefter eksporterer du filen i dette format, gemmer den og afleverer den til lønkontoret; filens kontrolsum gemmes ved lukningen."
        options={templates}
      />
      <div className="actions">
        <button
          type="button"
          disabled={button.disabled}
          aria-describedby={button.reason ? reasonId : undefined}
          onClick={onCheck}
        >
          {button.label}
        </button>
      </div>
      {button.reason ? (
        <p className="muted" id={reasonId}>
          {button.reason}
        </p>
      ) : null}
    </Card>
  );
}

/** A closed month can be reopened; the form opens below the cards (`ReopenForm`). */
export function ReopenCard({ open, onStart }: { open: boolean; onStart: () => void }) {
  return (
    <Card title="Genåbn måneden">
      <p>En lukket måned kan kun rettes, hvis den genåbnes med en begrundelse.</p>
      <button type="button" className="secondary" disabled={open} onClick={onStart}>
        Genåbn …
      </button>
    </Card>
  );
}

/**
 * Reopening first shows the closed figures beside those computed now, then asks the reason
 * (logged with the initials); `onReopen` says whether it succeeded (docs/rules.md §10).
 */
export function ReopenForm({
  month,
  onReopen,
  onCancel,
}: {
  month: string;
  onReopen: (reason: string) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = reopenReason(reason);
    if (!r.ok) return setReasonError(r.error);
    setReasonError(undefined);
    if (await onReopen(r.value)) onCancel();
  };
  return (
    <Card title={`Genåbn ${formatMonth(month)}`} className="reopen-form">
      <form onSubmit={submit} noValidate>
        <ReopenComparison month={month} />
        <TextArea
          label="Begrundelse for genåbning"
          value={reason}
          onChange={setReason}
          error={reasonError}
          hint="Begrundelsen logges sammen med dine initialer."
        />
        <FormActions submitLabel="Genåbn måneden" onCancel={onCancel} />
      </form>
    </Card>
  );
}

export function HistoryCard({ view }: { view: MonthView }) {
  const lines = historyLines(view.close);
  if (lines.length === 0) return null;
  return (
    <Card title="Historik">
      <ul className="plain">
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </Card>
  );
}
