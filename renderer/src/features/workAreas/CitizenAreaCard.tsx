// A citizen's work area (docs/rules.md §6) on the citizen page: the area this month, the history,
// and a move from the first of a month — refused inside a closed month (§10), audited.
import { useState, type FormEvent } from 'react';
import type { Citizen } from '../../../../shared/records';
import { shiftMonth } from '../../../../shared/calendar';
import { formatMonth } from '../../../../shared/danish/dates';
import { useDataApi } from '../../data/context';
import { SelectField, TextField } from '../../components/Field';
import { Card, Notice } from '../../components/Page';
import { useSaveAction } from '../../components/useSaveAction';
import { areaNameOf, checkMoveForm, membershipLines, type MoveFormState } from './workAreasModel';
import { useWorkAreas } from './useWorkAreas';

export function CitizenAreaCard({ citizen, month }: { citizen: Citizen; month: string }) {
  const api = useDataApi();
  const areas = useWorkAreas();
  const [f, setF] = useState<MoveFormState>({ areaId: '', from: shiftMonth(month, 1) });
  const [done, setDone] = useState<string | null>(null);
  const { errors, message, saving, save } = useSaveAction();
  if (!areas) return <p className="loading">Henter …</p>;
  if (areas.length === 0) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    void save(checkMoveForm(f), async (v) => {
      await api.moveCitizenToArea(citizen.id, v.areaId, v.from, citizen.updatedAt);
      const name = areas.find((a) => a.id === v.areaId)?.name ?? '';
      setDone(`${citizen.name} hører til ${name} fra ${formatMonth(v.from)}.`);
    });
  };
  const lines = membershipLines(citizen.workAreas, areas);
  return (
    <Card title="Arbejdsområde">
      <p>
        I {formatMonth(month)}: <strong>{areaNameOf(citizen, areas, month)}</strong>
      </p>
      {lines.length > 1 ? (
        <ul className="plain" aria-label="Arbejdsområder over tid">
          {lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      ) : null}
      <form onSubmit={submit} noValidate className="stack" aria-label="Flyt arbejdsområde">
        <div className="form-grid">
          <SelectField
            label="Flyt til"
            value={f.areaId}
            onChange={(areaId) => setF({ ...f, areaId })}
            options={[
              { value: '', label: 'Vælg område' },
              ...areas.map((a) => ({ value: a.id, label: a.name })),
            ]}
            error={errors.areaId}
          />
          <TextField
            label="Fra måned"
            value={f.from}
            onChange={(from) => setF({ ...f, from })}
            hint="ÅÅÅÅ-MM; flytningen gælder fra den 1. i måneden"
            error={errors.from}
          />
        </div>
        {message ? <Notice kind="error">{message}</Notice> : null}
        {done ? <Notice kind="success">{done}</Notice> : null}
        <div className="actions">
          <button type="submit" disabled={saving}>
            Flyt borgeren
          </button>
        </div>
      </form>
    </Card>
  );
}
