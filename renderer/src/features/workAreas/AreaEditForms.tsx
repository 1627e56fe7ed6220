// The Arbejdsområder card's two edit forms (docs/rules.md §6 "On screen"): "Omdøb" (a unique
// name, sent with the area's version as loaded: a change made elsewhere meanwhile opens the
// conflict dialog, docs/rules.md "Samtidige ændringer") and "Ret" of a dated figure's amount (the
// figure from the same month replaced; refused when a closed month used it, §10).
import { useState, type FormEvent } from 'react';
import { formatMonth } from '../../../../shared/danish/dates';
import { AREA_WAGE_LABEL } from '../../../../shared/danish/labels';
import { isConflict } from '../../../../shared/data/errors';
import type { WorkArea } from '../../../../shared/records';
import { TextField } from '../../components/Field';
import { Notice } from '../../components/Page';
import { useConflictChoice } from '../../components/useConflictChoice';
import { useSaveAction } from '../../components/useSaveAction';
import { useDataApi } from '../../data/context';
import { checkAmount, checkRenameForm, type AreaFigure, type AreaRow } from './workAreasModel';

function Buttons({
  save,
  saving,
  onCancel,
}: {
  save: string;
  saving: boolean;
  onCancel: () => void;
}) {
  return (
    <div className="actions">
      <button type="submit" disabled={saving}>
        {save}
      </button>
      <button type="button" className="secondary" onClick={onCancel}>
        Annuller
      </button>
    </div>
  );
}

export function RenameForm({
  row,
  onDone,
  onCancel,
}: {
  row: AreaRow;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const api = useDataApi();
  const [name, setName] = useState(row.name);
  // The version as the form opened: a rename elsewhere meanwhile is a conflict, not overwritten.
  const [loaded] = useState(row.version);
  const conflict = useConflictChoice('arbejdsområdet');
  const { errors, message, saving, save } = useSaveAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(checkRenameForm(name), async (v) => {
      let expected = loaded;
      for (;;) {
        try {
          const saved = await api.saveWorkArea({ id: row.id, name: v.name }, expected);
          return onDone(`${row.name} hedder nu ${saved.name}.`);
        } catch (error) {
          if (!isConflict(error)) throw error;
          const stored = error.conflict.stored as WorkArea;
          const choice = await conflict.choose([
            { label: 'Navn', mine: v.name, stored: stored.name },
          ]);
          if (choice === 'back') return;
          if (choice === 'stored') return onCancel();
          expected = stored.updatedAt;
        }
      }
    });
  };
  return (
    <form onSubmit={submit} noValidate className="stack" aria-label={`Omdøb ${row.name}`}>
      <h3>Omdøb {row.name}</h3>
      <p className="muted">Lukkede måneder beholder det navn, de blev lukket med.</p>
      <div className="form-grid">
        <TextField label="Navn" value={name} onChange={setName} error={errors.name} autoFocus />
      </div>
      {message ? <Notice kind="error">{message}</Notice> : null}
      <Buttons save="Gem navn" saving={saving} onCancel={onCancel} />
      {conflict.dialog}
    </form>
  );
}

export function CorrectFigureForm({
  row,
  figure,
  onDone,
  onCancel,
}: {
  row: AreaRow;
  figure: AreaFigure;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const api = useDataApi();
  const [amount, setAmount] = useState(figure.amount);
  const [loaded] = useState(row.version);
  const { errors, message, saving, save } = useSaveAction();
  const month = formatMonth(figure.validFrom);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(checkAmount(amount), async (v) => {
      await api.saveWorkAreaWage(
        row.id,
        { validFrom: figure.validFrom, minimumWageReference: v.minimumWageReference },
        loaded,
      );
      onDone(`Satsen for ${row.name} fra ${month} er rettet.`);
    });
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      className="stack"
      aria-label={`Ret satsen fra ${month} for ${row.name}`}
    >
      <h3>
        Ret satsen fra {month} for {row.name}
      </h3>
      <div className="form-grid">
        <TextField
          label={AREA_WAGE_LABEL}
          value={amount}
          onChange={setAmount}
          inputMode="decimal"
          suffix="kr./time"
          error={errors.minimumWageReference ?? errors.validFrom}
          autoFocus
        />
      </div>
      {message ? <Notice kind="error">{message}</Notice> : null}
      <Buttons save="Gem sats" saving={saving} onCancel={onCancel} />
    </form>
  );
}
