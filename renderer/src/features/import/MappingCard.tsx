// Step 2 of an import: which column of the file holds which field. Guessed from the header row
// and remembered from the last import; the person can change every choice.
import { columnName } from '../../../../shared/import/plan';
import { fieldsOf, type ColumnMapping, type ImportKind } from '../../../../shared/import/fields';
import { Card } from '../../components/Page';

export function MappingCard({
  kind,
  header,
  mapping,
  onChange,
}: {
  kind: ImportKind;
  header: readonly string[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}) {
  const choose = (key: string, value: string) => {
    const next: ColumnMapping = { ...mapping };
    const index = value === '' ? undefined : Number(value);
    // A column holds one field: choosing it here takes it from another field.
    for (const [k, v] of Object.entries(next))
      if (index !== undefined && v === index) next[k] = undefined;
    next[key] = index;
    onChange(next);
  };
  return (
    <Card title="Kolonner i filen">
      <p>
        Vælg, hvilken kolonne der indeholder hvad. Valgene huskes til næste gang.
        {kind === 'attendance'
          ? ' Kolonner med dagene 1–31 (eller datoer) i overskriften læses som fremmøde.'
          : ''}
      </p>
      <div className="mapping-grid">
        {fieldsOf(kind).map((f) => {
          const id = `map-${f.key}`;
          return (
            <div className="field" key={f.key}>
              <label htmlFor={id}>
                {f.label}
                {f.required ? ' (skal med)' : ''}
              </label>
              <select
                id={id}
                value={mapping[f.key] ?? ''}
                onChange={(e) => choose(f.key, e.target.value)}
              >
                <option value="">(ikke i filen)</option>
                {header.map((_, i) => (
                  <option key={i} value={i}>
                    {columnName(header, i)}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
    </Card>
  );
}
