// The month-close screen's parts around the table: status, problems, export, close / reopen and
// history. They render what monthCloseModel says; the page does the saving.
import { useState, type FormEvent } from 'react';
import { EXPORT_PROFILE_LABELS } from '../../../../shared/danish/values';
import { EXPORT_PROFILES, type ExportProfile } from '../../../../shared/records';
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
  onExport,
}: {
  busy: boolean;
  onExport: (profile: ExportProfile) => void;
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
    </Card>
  );
}

export function CloseCard({
  month,
  closable,
  onClose,
}: {
  month: string;
  closable: boolean;
  onClose: (profile: ExportProfile) => void;
}) {
  const [profile, setProfile] = useState<ExportProfile>('excel');
  return (
    <Card title="Luk måneden">
      <p>
        Når måneden lukkes, låses tal, indstillinger og lønafgørelser, så eksporten altid kan
        gentages uændret.
      </p>
      <SelectField
        label="Filen lønkontoret modtager"
        value={profile}
        onChange={setProfile}
        options={EXPORT_PROFILES.map((p) => ({ value: p, label: EXPORT_PROFILE_LABELS[p] }))}
      />
      <div className="actions">
        <button type="button" disabled={!closable} onClick={() => onClose(profile)}>
          Luk {formatMonth(month)}
        </button>
      </div>
    </Card>
  );
}

/** Reopening needs a reason (logged with the initials); `onReopen` says whether it succeeded. */
export function ReopenCard({ onReopen }: { onReopen: (reason: string) => Promise<boolean> }) {
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = reopenReason(reason);
    if (!r.ok) return setReasonError(r.error);
    setReasonError(undefined);
    if (await onReopen(r.value)) {
      setReopening(false);
      setReason('');
    }
  };
  return (
    <Card title="Genåbn måneden">
      {reopening ? (
        <form onSubmit={submit} noValidate>
          <TextArea
            label="Begrundelse for genåbning"
            value={reason}
            onChange={setReason}
            error={reasonError}
            hint="Begrundelsen logges sammen med dine initialer."
          />
          <FormActions submitLabel="Genåbn måneden" onCancel={() => setReopening(false)} />
        </form>
      ) : (
        <>
          <p>En lukket måned kan kun rettes, hvis den genåbnes med en begrundelse.</p>
          <button type="button" className="secondary" onClick={() => setReopening(true)}>
            Genåbn …
          </button>
        </>
      )}
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
