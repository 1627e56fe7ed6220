// The dated settings versions: the table, and a form for a new version from the working month or,
// when that is closed, the first month a version can take effect in (docs/rules.md §10).
import { useState } from 'react';
import { firstOpenVersionMonth } from '../../../../shared/month/view';
import type { SettingsVersion } from '../../../../shared/records';
import { useAppState } from '../../appState';
import { useDataApi } from '../../data/context';
import { errorMessage } from '../../data/errors';
import { NumberCells, NumberHeads } from '../../components/NumberColumns';
import { Card, Notice } from '../../components/Page';
import { SettingsForm } from './SettingsForm';
import {
  settingsToForm,
  versionRows,
  type SettingsFormState,
  type VersionRow,
} from './settingsFormModel';
import { useSettingsVersions } from './useSettings';

const NUMBER_HEADERS = {
  minimumWage: 'Mindsteløn',
  floor: 'Bund',
  ceiling: 'Loft',
  step: 'Trin',
  kmRate: 'Km-sats',
} satisfies Partial<Record<keyof VersionRow, string>>;

export function SettingsVersionsCard() {
  const { month } = useAppState();
  const api = useDataApi();
  const rows = versionRows(useSettingsVersions() ?? []);
  const [editing, setEditing] = useState<{
    form: SettingsFormState;
    versions: SettingsVersion[];
  } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const startNew = async () => {
    setError(null);
    try {
      // docs/rules.md §10: the form starts at the first month it can take effect in.
      const [versions, closes] = await Promise.all([
        api.listSettingsVersions(),
        api.listMonthCloses(),
      ]);
      const from = firstOpenVersionMonth(month, versions, closes);
      // The versions as they are now go with the form: its save is checked against them.
      const form = settingsToForm(await api.getSettingsForMonth(from), from);
      setEditing({ form, versions });
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <Card
      title="Satser og lønarter"
      actions={
        editing ? null : (
          <button type="button" onClick={() => void startNew()}>
            Ny version …
          </button>
        )
      }
    >
      <p className="muted">
        En måned beregnes altid med den version, der gælder for den. En ny version gælder fra sin
        måned og frem; lukkede måneder påvirkes ikke.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Gælder fra</th>
            <NumberHeads headers={NUMBER_HEADERS} />
            <th scope="col">Lønarter</th>
            <th scope="col">Oprettet</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={8}>Ingen egne versioner: standardværdierne bruges.</td>
            </tr>
          ) : null}
          {rows.map((v) => (
            <tr key={v.id}>
              <td>{v.validFrom}</td>
              <NumberCells headers={NUMBER_HEADERS} row={v} />
              <td>{v.codes}</td>
              <td>{v.created}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {error ? <Notice kind="error">{error}</Notice> : null}
      {editing ? (
        <SettingsForm
          initial={editing.form}
          versions={editing.versions}
          onDone={() => setEditing(null)}
        />
      ) : null}
    </Card>
  );
}
