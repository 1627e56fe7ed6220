// The export template's settings, wage-type lines and columns (docs/rules.md §9), each field
// labelled in Danish with its message beside it.
import { useState } from 'react';
import {
  LINE_KINDS,
  LINE_LABELS,
  FIELD_LABELS,
  type ExportTemplate,
  type Field,
} from '../../../../shared/export';
import { Checkbox, SelectField, TextField } from '../../components/Field';
import type { FieldErrors } from '../../components/forms';
import { fieldOptions, moveColumn, withLayout } from './templateModel';

type Change = (update: (t: ExportTemplate) => ExportTemplate) => void;

const opts = <T extends string>(pairs: [T, string][]) =>
  pairs.map(([value, label]) => ({ value, label }));

const LAYOUT = opts<ExportTemplate['layout']>([
  ['citizen', 'Én linje pr. borger'],
  ['wageType', 'Én linje pr. borger og lønart'],
]);
const ENCODING = opts<ExportTemplate['encoding']>([
  ['utf-8-bom', 'UTF-8 med BOM (Excel)'],
  ['utf-8', 'UTF-8 uden BOM'],
  ['windows-1252', 'Windows-1252'],
]);
const SEPARATOR = opts<ExportTemplate['separator']>([
  [';', 'Semikolon (;)'],
  [',', 'Komma (,)'],
  ['\t', 'Tabulator'],
  ['|', 'Lodret streg (|)'],
]);
const DECIMAL = opts<ExportTemplate['decimalMark']>([
  [',', 'Komma (123,45)'],
  ['.', 'Punktum (123.45)'],
]);
const AMOUNTS = opts<ExportTemplate['amounts']>([
  ['decimal', 'Med decimaler (123,45)'],
  ['hundredths', 'Gange 100 som heltal (12345)'],
]);
const EOL = opts<ExportTemplate['lineEnding']>([
  ['crlf', 'CRLF (Windows)'],
  ['lf', 'LF'],
]);
const IDENTIFIER = opts<ExportTemplate['identifier']>([
  ['payrollNumber', 'Lønnummer'],
  ['cpr', 'CPR-nummer'],
  ['cprEmployment', 'CPR-nummer og ansættelsesnummer'],
]);
const CODE_LENGTH = [
  { value: '0', label: 'Alle længder' },
  ...Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: `${i + 1} tegn` })),
];

export function TemplateSettings({
  t,
  change,
  errors,
}: {
  t: ExportTemplate;
  change: Change;
  errors: FieldErrors;
}) {
  const set =
    <K extends keyof ExportTemplate>(key: K) =>
    (value: ExportTemplate[K]) =>
      change((d) => ({ ...d, [key]: value }));
  return (
    <div className="form-grid">
      <TextField
        label="Skabelonens navn"
        value={t.name}
        onChange={set('name')}
        error={errors.name}
        hint="Små bogstaver, cifre og bindestreg; bruges i npm run payroll -- --template"
      />
      <TextField
        label="Visningsnavn"
        value={t.label}
        onChange={set('label')}
        error={errors.label}
      />
      <SelectField
        label="Linjer"
        value={t.layout}
        onChange={(layout) => change((d) => withLayout(d, layout))}
        options={LAYOUT}
      />
      <SelectField
        label="Tegnsæt"
        value={t.encoding}
        onChange={set('encoding')}
        options={ENCODING}
      />
      <SelectField
        label="Skilletegn"
        value={t.separator}
        onChange={set('separator')}
        options={SEPARATOR}
      />
      <SelectField
        label="Decimaltegn"
        value={t.decimalMark}
        onChange={set('decimalMark')}
        options={DECIMAL}
        error={errors.decimalMark}
      />
      <SelectField
        label="Beløb og antal"
        value={t.amounts}
        onChange={set('amounts')}
        options={AMOUNTS}
      />
      <SelectField
        label="Linjeskift"
        value={t.lineEnding}
        onChange={set('lineEnding')}
        options={EOL}
      />
      <SelectField
        label="Person identificeres ved"
        value={t.identifier}
        onChange={set('identifier')}
        options={IDENTIFIER}
      />
      <TextField
        label="CVR-nummer"
        value={t.employerNumber}
        onChange={set('employerNumber')}
        error={errors.employerNumber}
        hint="Til kolonnen CVR-nummer (Danløn)"
      />
      <TextField
        label="Tegn lønsystemet ikke tager imod"
        value={t.forbidden}
        onChange={set('forbidden')}
        error={errors.forbidden}
        hint={'Fx ,;" for Visma Løn'}
      />
      <SelectField
        label="Lønartskodernes længde"
        value={String(t.codeLength)}
        onChange={(v) => change((d) => ({ ...d, codeLength: Number(v) }))}
        options={CODE_LENGTH}
      />
      <TextField
        label="Filnavn"
        value={t.fileName}
        onChange={set('fileName')}
        error={errors.fileName}
        hint="{måned} bliver til fx 2026-10, {nr} til lukningens nummer"
      />
      <Checkbox label="Overskriftslinje" checked={t.header} onChange={set('header')} />
      <Checkbox
        label="Anførselstegn om felter med skilletegn"
        checked={t.quoting}
        onChange={set('quoting')}
      />
    </div>
  );
}

export function TemplateLines({
  t,
  change,
  errors,
}: {
  t: ExportTemplate;
  change: Change;
  errors: FieldErrors;
}) {
  if (t.layout !== 'wageType') return null;
  return (
    <fieldset className="template-lines">
      <legend>Lønarter i filen</legend>
      {LINE_KINDS.map((k) => (
        <div key={k} className="form-grid">
          <Checkbox
            label={`Medtag ${LINE_LABELS[k]}`}
            checked={t.lines[k].emit}
            onChange={(emit) =>
              change((d) => ({ ...d, lines: { ...d.lines, [k]: { ...d.lines[k], emit } } }))
            }
          />
          <TextField
            label={`Lønartskode for ${LINE_LABELS[k]}`}
            value={t.lines[k].code}
            onChange={(code) =>
              change((d) => ({ ...d, lines: { ...d.lines, [k]: { ...d.lines[k], code } } }))
            }
            error={errors[`lines.${k}.code`]}
            hint="Tom: koden fra indstillingerne"
          />
        </div>
      ))}
    </fieldset>
  );
}

export function TemplateColumns({
  t,
  change,
  errors,
}: {
  t: ExportTemplate;
  change: Change;
  errors: FieldErrors;
}) {
  const options = fieldOptions(t.layout);
  const [adding, setAdding] = useState<Field>(options[0]!.value);
  const setColumns = (columns: ExportTemplate['columns']) => change((d) => ({ ...d, columns }));
  return (
    <fieldset>
      <legend>Kolonner i rækkefølge</legend>
      {errors.columns ? (
        <p className="error" role="alert">
          Kolonner: {errors.columns}
        </p>
      ) : null}
      <ol className="template-columns">
        {t.columns.map((c, i) => (
          <li key={`${c.field}-${i}`}>
            <TextField
              label={`Overskrift for ${FIELD_LABELS[c.field]}`}
              value={c.title}
              onChange={(title) =>
                setColumns(t.columns.map((x, j) => (j === i ? { ...x, title } : x)))
              }
              error={errors[`columns[${i}].title`] ?? errors[`columns[${i}].field`]}
            />
            <div className="actions">
              <button
                type="button"
                className="secondary"
                aria-label={`Flyt ${FIELD_LABELS[c.field]} op`}
                disabled={i === 0}
                onClick={() => setColumns(moveColumn(t.columns, i, -1))}
              >
                ↑
              </button>
              <button
                type="button"
                className="secondary"
                aria-label={`Flyt ${FIELD_LABELS[c.field]} ned`}
                disabled={i === t.columns.length - 1}
                onClick={() => setColumns(moveColumn(t.columns, i, 1))}
              >
                ↓
              </button>
              <button
                type="button"
                className="secondary"
                aria-label={`Fjern ${FIELD_LABELS[c.field]}`}
                onClick={() => setColumns(t.columns.filter((_, j) => j !== i))}
              >
                Fjern
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className="actions">
        <SelectField label="Ny kolonne" value={adding} onChange={setAdding} options={options} />
        <button
          type="button"
          className="secondary"
          onClick={() => setColumns([...t.columns, { field: adding, title: FIELD_LABELS[adding] }])}
        >
          Tilføj kolonne
        </button>
      </div>
    </fieldset>
  );
}
