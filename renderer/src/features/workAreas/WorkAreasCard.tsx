// Settings → "Arbejdsområder" (docs/rules.md §6): the areas with their dated lowest agreed hourly
// wage, a form for a new area and one for a new figure (never in a closed month, §10).
import { useState, type FormEvent } from 'react';
import { useAppState } from '../../appState';
import { useDataApi } from '../../data/context';
import { SelectField, TextField } from '../../components/Field';
import { Card, Notice } from '../../components/Page';
import { useSaveAction } from '../../components/useSaveAction';
import { areaRows, checkWageForm, type WageFormState } from './workAreasModel';
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
          label="Laveste overenskomstmæssige timeløn"
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

export function WorkAreasCard() {
  const { month } = useAppState();
  const areas = useWorkAreas();
  const rows = areaRows(areas ?? [], month);
  return (
    <Card title="Arbejdsområder">
      <p className="muted">
        Bunden for timelønnen er en procentdel af den laveste overenskomstmæssige timeløn på
        borgerens arbejdsområde. Hvert område har sin egen, dateret fra en måned; en ny gælder fra
        sin måned og frem, og lukkede måneder påvirkes ikke. Uden område bruges mindstelønnen under
        Satser og lønarter.
      </p>
      <table>
        <caption className="visually-hidden">Arbejdsområder og deres mindsteløn</caption>
        <thead>
          <tr>
            <th scope="col">Område</th>
            <th scope="col" className="num">
              Mindsteløn nu
            </th>
            <th scope="col">Alle satser</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={3}>Ingen arbejdsområder endnu.</td>
            </tr>
          ) : null}
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.name}</th>
              <td className="num">{r.current}</td>
              <td>{r.figures.join('; ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <NewAreaForm />
      {rows.length > 0 ? (
        <NewWageForm options={rows.map((r) => ({ value: r.id, label: r.name }))} />
      ) : null}
    </Card>
  );
}
