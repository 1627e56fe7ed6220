// Settings → "Arbejdsområder" (docs/rules.md §6 "On screen"): the areas with their dated lowest
// agreed hourly wage; rename and delete an area, correct or delete a figure (AreaEditForms,
// AreaDialogs); a form for a new area and one for a new figure (never in a closed month, §10).
import { Fragment, useState, type FormEvent } from 'react';
import { useAppState } from '../../appState';
import { useDataApi } from '../../data/context';
import { SelectField, TextField } from '../../components/Field';
import { Card, Notice } from '../../components/Page';
import { useSaveAction } from '../../components/useSaveAction';
import { formatMonth } from '../../../../shared/danish/dates';
import { AREA_WAGE_LABEL } from '../../../../shared/danish/labels';
import { areaRows, checkWageForm, type WageFormState } from './workAreasModel';
import { CorrectFigureForm, RenameForm } from './AreaEditForms';
import { DeleteAreaDialog, DeleteFigureDialog, type Outcome } from './AreaDialogs';
import { useWorkAreas } from './useWorkAreas';

function NewAreaForm() {
  const api = useDataApi();
  const [name, setName] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { errors, message, saving, save } = useSaveAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    void save({ ok: true }, async () => {
      const area = await api.saveWorkArea({ name });
      setName('');
      setDone(`${area.name} er oprettet. Angiv dens laveste overenskomstmæssige timeløn nedenfor.`);
    });
  };
  return (
    <form onSubmit={submit} noValidate className="stack" aria-label="Nyt arbejdsområde">
      <div className="form-grid">
        <TextField
          label="Navn på arbejdsområde"
          value={name}
          onChange={setName}
          error={errors.name}
        />
      </div>
      {message ? <Notice kind="error">{message}</Notice> : null}
      {done ? <Notice kind="success">{done}</Notice> : null}
      <div className="actions">
        <button type="submit" disabled={saving}>
          Opret arbejdsområde
        </button>
      </div>
    </form>
  );
}

function NewWageForm({ options }: { options: { value: string; label: string }[] }) {
  const api = useDataApi();
  const { month } = useAppState();
  const empty: WageFormState = { areaId: options[0]?.value ?? '', validFrom: month, amount: '' };
  const [f, setF] = useState<WageFormState>(empty);
  const [done, setDone] = useState<string | null>(null);
  const { errors, message, saving, save } = useSaveAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    void save(checkWageForm(f), async (v) => {
      await api.saveWorkAreaWage(v.areaId, {
        validFrom: v.validFrom,
        minimumWageReference: v.minimumWageReference,
      });
      setF({ ...f, amount: '' });
      setDone('Mindstelønnen er gemt.');
    });
  };
  return (
    <form onSubmit={submit} noValidate className="stack" aria-label="Ny mindsteløn">
      <h3>Ny laveste overenskomstmæssige timeløn</h3>
      <div className="form-grid">
        <SelectField
          label="Område"
          value={f.areaId}
          onChange={(areaId) => setF({ ...f, areaId })}
          options={options}
          error={errors.areaId}
        />
        <TextField
          label="Gælder fra måned"
          value={f.validFrom}
          onChange={(validFrom) => setF({ ...f, validFrom })}
          hint="ÅÅÅÅ-MM, fx 2027-01"
          error={errors.validFrom}
        />
        <TextField
          label={AREA_WAGE_LABEL}
          value={f.amount}
          onChange={(amount) => setF({ ...f, amount })}
          inputMode="decimal"
          suffix="kr./time"
          error={errors.minimumWageReference}
        />
      </div>
      {message ? <Notice kind="error">{message}</Notice> : null}
      {done ? <Notice kind="success">{done}</Notice> : null}
      <div className="actions">
        <button type="submit" disabled={saving}>
          Gem mindsteløn
        </button>
      </div>
    </form>
  );
}

type Editing = { areaId: string; validFrom?: string } | null;
type Asking = { areaId: string; validFrom?: string } | null;
/** A sentence after an action, at the area (`validFrom` absent) or at one of its figures. */
type Said = { areaId: string; validFrom?: string; ok: boolean; message: string } | null;

export function WorkAreasCard() {
  const { month } = useAppState();
  const areas = useWorkAreas();
  const rows = areaRows(areas ?? [], month);
  const [editing, setEditing] = useState<Editing>(null);
  const [asking, setAsking] = useState<Asking>(null);
  const [said, setSaid] = useState<Said>(null);
  const editRow = rows.find((r) => r.id === editing?.areaId);
  const editFigure = editRow?.figures.find((f) => f.validFrom === editing?.validFrom);
  const askRow = rows.find((r) => r.id === asking?.areaId);
  const askFigure = askRow?.figures.find((f) => f.validFrom === asking?.validFrom);
  const saidAt = (areaId: string, validFrom?: string) =>
    said && said.areaId === areaId && said.validFrom === validFrom ? (
      <Notice kind={said.ok ? 'success' : 'error'}>{said.message}</Notice>
    ) : null;
  const start = (next: Editing) => {
    setSaid(null);
    setEditing(next);
  };
  const ask = (next: Asking) => {
    setSaid(null);
    setAsking(next);
  };
  const answered = (at: NonNullable<Asking>) => (result: Outcome | null) => {
    setAsking(null);
    if (!result) return;
    // A refusal stays where the person acted; a deleted figure's sentence goes to its area's row,
    // a deleted area's above the table (neither has a place left to speak at).
    if (!result.ok) setSaid({ ...at, ...result });
    else setSaid({ areaId: at.validFrom ? at.areaId : '', ...result });
  };
  const finished = (at: NonNullable<Editing>) => (message: string) => {
    setEditing(null);
    setSaid({ ...at, ok: true, message });
  };
  return (
    <Card title="Arbejdsområder">
      <p className="muted">
        Bunden for timelønnen er en procentdel af den laveste overenskomstmæssige timeløn på
        borgerens arbejdsområde. Hvert område har sin egen, dateret fra en måned; en ny gælder fra
        sin måned og frem, og lukkede måneder påvirkes ikke. Uden område bruges &quot;Mindsteløn
        uden arbejdsområde&quot; under Satser og lønarter.
      </p>
      {saidAt('')}
      <table className="area-table">
        <caption className="visually-hidden">Arbejdsområder og deres mindsteløn</caption>
        <thead>
          <tr>
            <th scope="col">Område</th>
            <th scope="col" className="num">
              Mindsteløn nu
            </th>
            <th scope="col">Alle satser</th>
            <th scope="col">
              <span className="visually-hidden">Handlinger</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={4}>Ingen arbejdsområder endnu.</td>
            </tr>
          ) : null}
          {rows.map((r) => (
            <Fragment key={r.id}>
              <tr>
                <th scope="row">{r.name}</th>
                <td className="num">{r.current}</td>
                <td>
                  {r.figures.length === 0 ? '—' : null}
                  <ul className="plain area-figures" aria-label={`Satser for ${r.name}`}>
                    {r.figures.map((f) => {
                      const at = { areaId: r.id, validFrom: f.validFrom };
                      const month = formatMonth(f.validFrom);
                      return (
                        <li key={f.validFrom}>
                          <span>{f.text}</span>{' '}
                          <button
                            type="button"
                            className="link"
                            aria-label={`Ret satsen fra ${month}`}
                            onClick={() => start(at)}
                          >
                            Ret
                          </button>{' '}
                          <button
                            type="button"
                            className="link"
                            aria-label={`Slet satsen fra ${month}`}
                            onClick={() => ask(at)}
                          >
                            Slet
                          </button>
                          {saidAt(r.id, f.validFrom)}
                        </li>
                      );
                    })}
                  </ul>
                </td>
                <td>
                  <div className="row-actions">
                    <button
                      type="button"
                      className="secondary"
                      aria-label={`Omdøb ${r.name}`}
                      onClick={() => start({ areaId: r.id })}
                    >
                      Omdøb
                    </button>
                    <button
                      type="button"
                      className="secondary"
                      aria-label={`Slet ${r.name}`}
                      onClick={() => ask({ areaId: r.id })}
                    >
                      Slet
                    </button>
                  </div>
                </td>
              </tr>
              {saidAt(r.id) ? (
                <tr>
                  <td colSpan={4}>{saidAt(r.id)}</td>
                </tr>
              ) : null}
            </Fragment>
          ))}
        </tbody>
      </table>
      {editRow && editing && !editing.validFrom ? (
        <RenameForm
          key={editRow.id}
          row={editRow}
          onDone={finished(editing)}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      {editRow && editFigure && editing ? (
        <CorrectFigureForm
          key={`${editRow.id}:${editFigure.validFrom}`}
          row={editRow}
          figure={editFigure}
          onDone={finished(editing)}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      {askRow && asking && !asking.validFrom ? (
        <DeleteAreaDialog row={askRow} onClose={answered(asking)} />
      ) : null}
      {askRow && askFigure && asking ? (
        <DeleteFigureDialog row={askRow} figure={askFigure} onClose={answered(asking)} />
      ) : null}
      <div className="stack area-forms">
        <NewAreaForm />
        {rows.length > 0 ? (
          <NewWageForm options={rows.map((r) => ({ value: r.id, label: r.name }))} />
        ) : null}
      </div>
    </Card>
  );
}
