// The built-in export templates (docs/rules.md §9; sources in docs/export-templates.md). Each has
// a byte-exact golden file in test/fixtures/golden and parses back with its own settings.
// Wage-type codes left empty take the month's settings version's codes (§9); the codes a
// payroll system really uses are set by the payroll office in its own copy of a preset.
import {
  ExportTemplateSchema,
  FIELD_LABELS,
  LINE_KINDS,
  type ExportTemplate,
  type ExportTemplateInput,
  type Field,
  type LineKind,
} from './template';

const cols = (...fields: Field[]) => fields.map((field) => ({ field, title: FIELD_LABELS[field] }));
const titled = (pairs: [Field, string][]) => pairs.map(([field, title]) => ({ field, title }));
const allLines = (codes: Partial<Record<LineKind, string>> = {}) =>
  Object.fromEntries(LINE_KINDS.map((k) => [k, { emit: true, code: codes[k] ?? '' }])) as Record<
    LineKind,
    { emit: boolean; code: string }
  >;

const base = {
  encoding: 'utf-8-bom',
  separator: ';',
  decimalMark: ',',
  amounts: 'decimal',
  header: true,
  lineEnding: 'crlf',
  identifier: 'payrollNumber',
  quoting: true,
  forbidden: '',
  employerNumber: '',
  codeLength: 0,
  lines: allLines(),
} as const satisfies Partial<ExportTemplateInput>;

const PRESET_INPUTS: ExportTemplateInput[] = [
  {
    ...base,
    name: 'excel',
    label: 'Excel (da-DK)',
    layout: 'citizen',
    columns: cols(
      'periodFrom',
      'periodTo',
      'payrollNumber',
      'name',
      'offer',
      'days',
      'hours',
      'hourlyWage',
      'grossPay',
      'transportTotal',
      'citizenShare',
      'municipalShare',
      'payrollAdjustment',
      'correction',
      'remarks',
    ),
    fileName: 'loen-{måned}-excel.csv',
  },
  {
    ...base,
    name: 'wage-types',
    label: 'Lønsystem (lønarter)',
    layout: 'wageType',
    columns: cols('payrollNumber', 'name', 'code', 'text', 'units', 'rate', 'amount', 'from', 'to'),
    fileName: 'loen-{måned}-wage-types.csv',
  },
  {
    // Danløn: CVR-nummer;medarbejdernummer;lønart;enheder;sats;beløb, values × 100, no header.
    ...base,
    name: 'danloen',
    label: 'Danløn',
    layout: 'wageType',
    encoding: 'utf-8',
    header: false,
    amounts: 'hundredths',
    quoting: false,
    columns: titled([
      ['employer', 'CVR-nummer'],
      ['payrollNumber', 'medarbejdernummer'],
      ['code', 'lønart'],
      ['units', 'enheder'],
      ['rate', 'sats'],
      ['amount', 'beløb'],
    ]),
    fileName: 'danloen-{måned}-{nr}.csv',
  },
  {
    // Visma Løn: semicolon, Windows-1252, "." decimal, no , ; or " inside data, a new file
    // name every time (it refuses a name it has read before: the closing's number).
    ...base,
    name: 'visma',
    label: 'Visma Løn',
    layout: 'wageType',
    encoding: 'windows-1252',
    decimalMark: '.',
    quoting: false,
    forbidden: ',;"',
    columns: titled([
      ['payrollNumber', 'Medarbejdernummer'],
      ['code', 'Lønart'],
      ['units', 'Antal'],
      ['rate', 'Sats'],
      ['amount', 'Beløb'],
      ['from', 'Fra dato'],
      ['to', 'Til dato'],
    ]),
    fileName: 'visma-loen-{måned}-{nr}.csv',
  },
  {
    // Municipal systems (KMD Opus Løn, SD Løn): CPR + employment number, 4-character TF-koder.
    ...base,
    name: 'cpr-tf',
    label: 'CPR + TF-kode (kommunal)',
    layout: 'wageType',
    encoding: 'windows-1252',
    quoting: false,
    identifier: 'cprEmployment',
    codeLength: 4,
    lines: allLines({
      wage: '1100',
      transportReimbursement: '6100',
      transportDeduction: '6110',
      correctionWage: '1190',
      correctionTransport: '6190',
    }),
    columns: titled([
      ['cpr', 'CPR-nummer'],
      ['employmentNumber', 'Ansættelsesnummer'],
      ['code', 'TF-kode'],
      ['units', 'Antal'],
      ['rate', 'Sats'],
      ['amount', 'Beløb'],
      ['from', 'Fra dato'],
      ['to', 'Til dato'],
    ]),
    fileName: 'loen-{måned}-cpr-tf-{nr}.csv',
  },
];

/** The presets, checked by the same schema as a person's template. */
export const PRESETS: readonly ExportTemplate[] = Object.freeze(
  PRESET_INPUTS.map((p) => ExportTemplateSchema.parse(p)),
);
export const PRESET_NAMES: readonly string[] = PRESETS.map((p) => p.name);

export function presetByName(name: string): ExportTemplate | undefined {
  return PRESETS.find((p) => p.name === name);
}
