// Settings → "Brugere og klagevejledning" (docs/rules.md §12): who signs decision letters, and
// the appeal text they end with (empty = the default, marked for the municipality's lawyer).
import { useState } from 'react';
import { Card, Notice } from '../../components/Page';
import { TextArea, TextField } from '../../components/Field';
import { useSaveAction } from '../../components/useSaveAction';
import {
  APPEAL_UNAPPROVED,
  DEFAULT_APPEAL_TEXT,
  type DocumentSettings,
} from '../../../../shared/documents/settings';
import { useDataApi } from '../../data/context';
import { useLive } from '../../data/live';
import {
  EMPTY_USER,
  checkDocumentSettings,
  formOf,
  type DocumentSettingsForm,
  type UserRow,
} from './documentSettingsModel';

export function DocumentSettingsCard() {
  const stored = useLive((a) => a.getDocumentSettings(), []);
  return (
    <Card title="Brugere og klagevejledning">
      {stored ? <DocumentSettingsEditor initial={stored} /> : <p className="loading">Henter …</p>}
    </Card>
  );
}

function DocumentSettingsEditor({ initial }: { initial: DocumentSettings }) {
  const api = useDataApi();
  const [form, setForm] = useState<DocumentSettingsForm>(() => formOf(initial));
  const [saved, setSaved] = useState(false);
  const { errors, message, saving, save } = useSaveAction();

  const setUser = (i: number, patch: Partial<UserRow>) => {
    setSaved(false);
    setForm({ ...form, users: form.users.map((u, j) => (j === i ? { ...u, ...patch } : u)) });
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save(checkDocumentSettings(form), async ({ input }) => {
          setForm(formOf(await api.saveDocumentSettings(input)));
          setSaved(true);
        });
      }}
    >
      <p className="muted">
        Afgørelsesbreve underskrives med navn og stilling på den, der har vurderet lønnen
        (initialerne i lønafgørelsen).
      </p>
      {form.users.map((u, i) => (
        <fieldset key={i} className="user-row">
          <legend>Bruger {i + 1}</legend>
          <TextField
            label="Initialer"
            value={u.initials}
            onChange={(v) => setUser(i, { initials: v })}
            error={errors[`users[${i}].initials`]}
          />
          <TextField
            label="Fulde navn"
            value={u.name}
            onChange={(v) => setUser(i, { name: v })}
            error={errors[`users[${i}].name`]}
          />
          <TextField
            label="Stilling"
            value={u.title}
            onChange={(v) => setUser(i, { title: v })}
            error={errors[`users[${i}].title`]}
          />
          <button
            type="button"
            className="secondary"
            aria-label={`Fjern bruger ${i + 1}`}
            onClick={() => setForm({ ...form, users: form.users.filter((_, j) => j !== i) })}
          >
            Fjern
          </button>
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          className="secondary"
          onClick={() => setForm({ ...form, users: [...form.users, { ...EMPTY_USER }] })}
        >
          Tilføj bruger
        </button>
      </p>
      <TextArea
        label="Klagevejledning"
        rows={6}
        value={form.appealText}
        onChange={(v) => {
          setSaved(false);
          setForm({ ...form, appealText: v });
        }}
        error={errors.appealText}
        hint="Står sidst i afgørelsesbrevet. Tom linje mellem afsnit. Tomt felt = standardteksten."
      />
      {form.appealText.trim() === '' ? (
        <Notice kind="warning">
          <strong>{APPEAL_UNAPPROVED}</strong> Standardteksten bruges nu:{' '}
          <span className="preline">{DEFAULT_APPEAL_TEXT}</span>
        </Notice>
      ) : null}
      {message ? (
        <p className="form-error" role="alert">
          {message}
        </p>
      ) : null}
      {saved ? <Notice kind="success">Brugere og klagevejledning er gemt.</Notice> : null}
      <div className="actions">
        <button type="submit" disabled={saving}>
          Gem brugere og klagevejledning
        </button>
      </div>
    </form>
  );
}
