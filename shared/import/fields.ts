// What a spreadsheet column can be, and the mapping of the file's columns onto those fields
// (docs/rules.md §14). A mapping is guessed from the header row (the Danish label or a word a
// workshop is likely to use) and can be changed by the person; its choices are remembered by
// header text, so next month's file maps itself.
import { normalizeWord } from './cells';

export const IMPORT_KINDS = ['citizens', 'attendance'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ImportField {
  key: string;
  label: string;
  required: boolean;
  /** Header words that mean this field (compared after normalizeWord). */
  words: readonly string[];
}

export const CITIZEN_FIELDS = [
  { key: 'name', label: 'Navn', required: true, words: ['navn', 'borger', 'fuldtnavn'] },
  {
    key: 'payrollNumber',
    label: 'Lønnummer',
    required: true,
    words: ['lønnummer', 'lønnr', 'medarbejdernummer', 'medarbejdernr'],
  },
  { key: 'cpr', label: 'CPR-nummer', required: true, words: ['cpr', 'cprnummer', 'cprnr'] },
  { key: 'offer', label: 'Tilbud', required: true, words: ['tilbud', 'paragraf', 'ydelse'] },
  { key: 'startDate', label: 'Startdato', required: false, words: ['startdato', 'start'] },
  {
    key: 'grantSize',
    label: 'Bevilling (½, ¾, 1/1)',
    required: false,
    words: ['bevilling', 'bevillingsstørrelse', 'plads', 'dageomugen'],
  },
  {
    key: 'grantStart',
    label: 'Bevilling fra',
    required: false,
    words: ['bevillingfra', 'bevillingstart', 'bevillingsstart'],
  },
  {
    key: 'grantEnd',
    label: 'Bevilling til',
    required: false,
    words: ['bevillingtil', 'bevillingslut', 'bevillingsslut'],
  },
  {
    key: 'transportMode',
    label: 'Transportform',
    required: false,
    words: ['transportform', 'transport', 'kørsel'],
  },
  {
    key: 'oneWayKm',
    label: 'Km én vej',
    required: false,
    words: ['kménvej', 'km', 'afstand', 'afstandkménvej'],
  },
  {
    key: 'dailyCost',
    label: 'Pris pr. dag (tur/retur)',
    required: false,
    words: ['prisprdagturretur', 'prisprdag', 'dagspris', 'billetpris'],
  },
  { key: 'monthlyPass', label: 'Månedskort', required: false, words: ['månedskort'] },
  {
    key: 'ratePerKm',
    label: 'Kilometersats',
    required: false,
    words: ['kilometersats', 'kmsats', 'sats'],
  },
  {
    key: 'paidBy',
    label: 'Hvem betaler (borgeren/kommunen)',
    required: false,
    words: ['hvembetaler', 'hvembetalerborgerenkommunen', 'betaler'],
  },
  {
    key: 'municipalTransport',
    label: 'Kommunen betaler kørslen (§ 104, ja/nej)',
    required: false,
    words: ['kommunenbetalerkørslen', 'kommunenbetalerkørslen104janej'],
  },
  {
    key: 'withholdingRatePercent',
    label: 'Trækprocent',
    required: false,
    words: ['trækprocent', 'træk', 'skatteprocent'],
  },
  {
    key: 'monthlyAllowance',
    label: 'Månedsfradrag',
    required: false,
    words: ['månedsfradrag', 'fradrag'],
  },
  { key: 'note', label: 'Note', required: false, words: ['note', 'bemærkning', 'bemærkninger'] },
] as const satisfies readonly ImportField[];

export type CitizenFieldKey = (typeof CITIZEN_FIELDS)[number]['key'];

/** An attendance sheet: one row per citizen, one column per day of the month. */
export const ATTENDANCE_FIELDS = [
  {
    key: 'payrollNumber',
    label: 'Lønnummer',
    required: true,
    words: ['lønnummer', 'lønnr', 'medarbejdernummer', 'medarbejdernr'],
  },
  { key: 'name', label: 'Navn (kun til visning)', required: false, words: ['navn', 'borger'] },
] as const satisfies readonly ImportField[];

export type AttendanceFieldKey = (typeof ATTENDANCE_FIELDS)[number]['key'];

export function fieldsOf(kind: ImportKind): readonly ImportField[] {
  return kind === 'citizens' ? CITIZEN_FIELDS : ATTENDANCE_FIELDS;
}

/** Field key → column index in the file (absent: not in the file). */
export type ColumnMapping = Record<string, number | undefined>;

/** Field key → header text chosen last time (what is remembered between imports). */
export type RememberedMapping = Record<string, string>;

/**
 * The mapping for a header row: a remembered choice first (same header text), else the field's
 * label or one of its words; a column is used for one field at most.
 */
export function guessMapping(
  kind: ImportKind,
  header: readonly string[],
  remembered: RememberedMapping = {},
): ColumnMapping {
  const normalized = header.map(normalizeWord);
  const taken = new Set<number>();
  const mapping: ColumnMapping = {};
  const claim = (key: string, index: number) => {
    if (index < 0 || taken.has(index)) return false;
    mapping[key] = index;
    taken.add(index);
    return true;
  };
  const fields = fieldsOf(kind);
  for (const f of fields) {
    const name = remembered[f.key];
    if (name !== undefined) claim(f.key, header.indexOf(name));
  }
  for (const f of fields) {
    if (mapping[f.key] !== undefined) continue;
    const words = [normalizeWord(f.label), ...f.words];
    for (const w of words) if (claim(f.key, normalized.indexOf(w))) break;
  }
  return mapping;
}

/** What to remember of a mapping: the header text of each mapped column. */
export function rememberMapping(
  header: readonly string[],
  mapping: ColumnMapping,
): RememberedMapping {
  const out: RememberedMapping = {};
  for (const [key, index] of Object.entries(mapping))
    if (index !== undefined && header[index] !== undefined) out[key] = header[index];
  return out;
}

/** The required fields the mapping leaves out, by label. */
export function missingFields(kind: ImportKind, mapping: ColumnMapping): string[] {
  return fieldsOf(kind)
    .filter((f) => f.required && mapping[f.key] === undefined)
    .map((f) => f.label);
}
