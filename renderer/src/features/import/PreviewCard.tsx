// Step 3 of an import: every line of the file with what it will do — create, change, nothing —
// or why it is refused (line, column, value). Refused lines come first. Nothing is written
// before "Indlæs".
import { useState } from 'react';
import { countRows, type ImportPlan, type PlannedRow } from '../../../../shared/import/plan';
import { missingFields, type ColumnMapping } from '../../../../shared/import/fields';
import { plural } from '../../../../shared/danish/number';
import { Card, Notice } from '../../components/Page';
import { ACTION_LABELS, countsText, problemText } from './importModel';

/** More lines than this are summed up, not listed (the refused ones are always listed first). */
const SHOWN = 1000;

function Row({ row }: { row: PlannedRow }) {
  return (
    <tr className={row.action === 'refused' ? 'refused' : undefined}>
      <td className="num">{row.line}</td>
      <td>{row.label}</td>
      <td>{ACTION_LABELS[row.action]}</td>
      <td>
        {row.action === 'refused' ? (
          <ul className="plain">
            {row.problems.map((p, i) => (
              <li key={i}>{problemText(p)}</li>
            ))}
          </ul>
        ) : (
          row.changes.join('; ')
        )}
      </td>
    </tr>
  );
}

export function PreviewCard({
  plan,
  mapping,
  busy,
  onConfirm,
  onCancel,
}: {
  plan: ImportPlan;
  mapping: ColumnMapping;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const [onlyRefused, setOnlyRefused] = useState(false);
  const counts = countRows(plan.rows);
  const missing = missingFields(plan.kind, mapping);
  const ordered = [
    ...plan.rows.filter((r) => r.action === 'refused'),
    ...(onlyRefused ? [] : plan.rows.filter((r) => r.action !== 'refused')),
  ];
  const blocked = plan.fileProblems.length > 0 || missing.length > 0;
  const writes = plan.items.length;
  return (
    <Card title="Gennemse før indlæsning">
      <div className="stack">
        <p data-testid="import-counts">{countsText(plan.kind, counts)}</p>
        {missing.length > 0 ? (
          <Notice kind="error">Vælg en kolonne til: {missing.join(', ')}.</Notice>
        ) : null}
        {plan.fileProblems.map((p) => (
          <Notice kind="error" key={p}>
            {p}
          </Notice>
        ))}
        {counts.refused > 0 ? (
          <p>
            Afviste linjer indlæses ikke. Ret dem i regnearket og indlæs filen igen; linjer, der
            allerede er indlæst, står da som uændrede.
          </p>
        ) : null}
        <label className="checkbox">
          <input
            type="checkbox"
            checked={onlyRefused}
            onChange={(e) => setOnlyRefused(e.target.checked)}
          />
          Vis kun afviste linjer
        </label>
        <div className="table-wrap">
          <table className="import-preview">
            <caption className="visually-hidden">
              Linjerne i filen, og hvad indlæsningen gør
            </caption>
            <thead>
              <tr>
                <th scope="col">Linje</th>
                <th scope="col">Borger</th>
                <th scope="col">Handling</th>
                <th scope="col">Detaljer</th>
              </tr>
            </thead>
            <tbody>
              {ordered.slice(0, SHOWN).map((r) => (
                <Row key={r.line} row={r} />
              ))}
            </tbody>
          </table>
        </div>
        {ordered.length > SHOWN ? (
          <p className="muted">
            Viser de første {plural(SHOWN, 'linje', 'linjer')} af {ordered.length}.
          </p>
        ) : null}
        <div className="actions">
          <button type="button" onClick={onConfirm} disabled={busy || blocked || writes === 0}>
            {writes === 0 ? 'Intet at indlæse' : `Indlæs ${plural(writes, 'linje', 'linjer')}`}
          </button>
          <button type="button" className="secondary" onClick={onCancel} disabled={busy}>
            Annullér
          </button>
        </div>
      </div>
    </Card>
  );
}
