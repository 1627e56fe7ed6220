// Citizens from a spreadsheet (docs/rules.md §14): each line becomes a new citizen (with its
// grant), a change to the active citizen with the same payroll number, or a refusal that names
// line, column and value. Rules are the stored records' own schemas, so nothing the forms would
// refuse gets in through a file.
import { fromZodIssues } from '../domain/errors';
import {
  CitizenInputSchema,
  GrantInputSchema,
  type Citizen,
  type CitizenInput,
  type Grant,
} from '../records';
import { endedOn } from '../rules/citizens';
import { fieldLabel } from '../danish/labels';
import {
  readDate,
  readGrantSize,
  readNumber,
  readOffer,
  readPayer,
  readTransportMode,
  readYesNo,
  type Cell,
} from './cells';
import type { CitizenFieldKey, ColumnMapping } from './fields';
import {
  columnName,
  isBlankLine,
  type GrantFields,
  type ImportItem,
  type ImportPlan,
  type PlannedRow,
  type RowProblem,
} from './plan';

export interface CitizenImportContext {
  citizens: readonly Citizen[];
  grants: readonly Grant[];
  /** Today (ISO): a citizen ended before today is not matched by payroll number. */
  today: string;
}

/** Which column a stored field's issue belongs to (`transport.oneWayKm` → oneWayKm). */
const FIELD_OF_PATH: Record<string, CitizenFieldKey> = {
  name: 'name',
  payrollNumber: 'payrollNumber',
  cpr: 'cpr',
  offer: 'offer',
  startDate: 'startDate',
  withholdingRatePercent: 'withholdingRatePercent',
  monthlyAllowance: 'monthlyAllowance',
  mode: 'transportMode',
  oneWayKm: 'oneWayKm',
  dailyCost: 'dailyCost',
  monthlyPass: 'monthlyPass',
  ratePerKm: 'ratePerKm',
  paidBy: 'paidBy',
  municipalTransport: 'municipalTransport',
  note: 'note',
  size: 'grantSize',
  endDate: 'grantEnd',
};

type Fields = Partial<Record<CitizenFieldKey, unknown>>;

class LineReader {
  readonly problems: RowProblem[] = [];
  constructor(
    private readonly header: readonly string[],
    private readonly row: readonly string[],
    private readonly mapping: ColumnMapping,
    readonly line: number,
  ) {}

  text(key: CitizenFieldKey): string {
    const index = this.mapping[key];
    return index === undefined ? '' : (this.row[index] ?? '').trim();
  }

  problem(key: CitizenFieldKey | undefined, message: string): void {
    const index = key === undefined ? undefined : this.mapping[key];
    this.problems.push({
      line: this.line,
      ...(index === undefined
        ? {}
        : { column: columnName(this.header, index), value: this.row[index] ?? '' }),
      message,
    });
  }

  /** The cell read with `reader`, or undefined when empty or refused (then noted). */
  read<T>(key: CitizenFieldKey, reader: (s: string) => Cell<T>): T | undefined {
    const s = this.text(key);
    if (s === '') return undefined;
    const cell = reader(s);
    if (cell.ok) return cell.value;
    this.problem(key, cell.message);
    return undefined;
  }
}

/** The line's values, each read by its column's reader (empty cells absent). */
function readLine(r: LineReader): Fields {
  const f: Fields = {};
  const set = <T>(key: CitizenFieldKey, value: T | undefined) => {
    if (value !== undefined) f[key] = value;
  };
  for (const key of ['name', 'payrollNumber', 'cpr', 'note'] as const)
    set(key, r.text(key) || undefined);
  set('offer', r.read('offer', readOffer));
  for (const key of ['startDate', 'grantStart', 'grantEnd'] as const)
    set(key, r.read(key, readDate));
  set('grantSize', r.read('grantSize', readGrantSize));
  set('transportMode', r.read('transportMode', readTransportMode));
  for (const key of [
    'oneWayKm',
    'dailyCost',
    'monthlyPass',
    'ratePerKm',
    'withholdingRatePercent',
    'monthlyAllowance',
  ] as const)
    set(key, r.read(key, readNumber));
  set('paidBy', r.read('paidBy', readPayer));
  set('municipalTransport', r.read('municipalTransport', readYesNo));
  return f;
}

/** The transport block for the line's mode; the schema checks what the mode needs (§4). */
function transportOf(f: Fields): Record<string, unknown> | undefined {
  if (f.transportMode === undefined) return undefined;
  const keys: Record<string, readonly CitizenFieldKey[]> = {
    car: ['oneWayKm', 'ratePerKm', 'paidBy'],
    public: ['oneWayKm', 'dailyCost', 'monthlyPass', 'paidBy'],
    special: ['oneWayKm', 'dailyCost', 'paidBy'],
    none: ['paidBy'],
  };
  const out: Record<string, unknown> = { mode: f.transportMode };
  for (const key of keys[String(f.transportMode)] ?? [])
    if (f[key] !== undefined) out[key === 'transportMode' ? 'mode' : key] = f[key];
  return out;
}

/** The citizen's fields from the line, over `base` (a stored citizen's) where cells are empty. */
function citizenInputOf(f: Fields, base: Partial<CitizenInput>): Record<string, unknown> {
  const input: Record<string, unknown> = { ...base };
  for (const key of [
    'name',
    'payrollNumber',
    'cpr',
    'offer',
    'note',
    'municipalTransport',
  ] as const)
    if (f[key] !== undefined) input[key] = f[key];
  const start = f.startDate ?? f.grantStart;
  if (start !== undefined && (f.startDate !== undefined || base.startDate === undefined))
    input.startDate = start;
  if (f.withholdingRatePercent !== undefined || f.monthlyAllowance !== undefined)
    input.taxCard = {
      withholdingRatePercent: f.withholdingRatePercent,
      monthlyAllowance: f.monthlyAllowance ?? 0,
    };
  const transport = transportOf(f);
  if (transport !== undefined) input.transport = transport;
  return input;
}

function storedInput(c: Citizen): Partial<CitizenInput> {
  const { id: _i, createdAt: _c, updatedAt: _u, endDate: _e, endReason: _r, ...input } = c;
  return input as Partial<CitizenInput>;
}

const shown = (v: unknown): string =>
  v === undefined ? '(tom)' : typeof v === 'object' ? 'ændres' : String(v);

function describeChanges(before: Partial<CitizenInput>, after: CitizenInput): string[] {
  const out: string[] = [];
  for (const key of Object.keys(after) as (keyof CitizenInput)[]) {
    const a = after[key];
    const b = before[key];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    const label = fieldLabel([key]);
    out.push(typeof a === 'object' ? `${label} ændres` : `${label}: ${shown(b)} → ${shown(a)}`);
  }
  return out;
}

function grantOf(f: Fields, start: string | undefined): GrantFields | undefined {
  if (f.grantSize === undefined) return undefined;
  const grant: GrantFields = {
    size: f.grantSize as GrantFields['size'],
    startDate: (f.grantStart ?? start) as string,
  };
  if (f.grantEnd !== undefined) grant.endDate = f.grantEnd as string;
  return grant;
}

export function planCitizenImport(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  context: CitizenImportContext,
): ImportPlan {
  const [header = [], ...data] = rows;
  const active = new Map(
    context.citizens.filter((c) => !endedOn(c, context.today)).map((c) => [c.payrollNumber, c]),
  );
  const ended = new Set(context.citizens.map((c) => c.payrollNumber));
  const firstLine = new Map<string, number>();
  const planned: PlannedRow[] = [];
  const items: ImportItem[] = [];

  data.forEach((row, i) => {
    if (isBlankLine(row)) return;
    const r = new LineReader(header, row, mapping, i + 2);
    const f = readLine(r);
    const payroll = typeof f.payrollNumber === 'string' ? f.payrollNumber : '';
    const existing = active.get(payroll);
    const label = `${typeof f.name === 'string' ? f.name : (existing?.name ?? '(uden navn)')}${payroll ? ` (${payroll})` : ''}`;
    const earlier = firstLine.get(payroll);
    if (payroll !== '' && earlier !== undefined)
      r.problem('payrollNumber', `lønnummeret står også på linje ${earlier}`);
    else if (payroll !== '') firstLine.set(payroll, r.line);
    if (!existing && payroll !== '' && ended.has(payroll))
      r.problem(
        'payrollNumber',
        'lønnummeret tilhører en afsluttet borger; genaktivér borgeren i appen først',
      );

    const base = existing ? storedInput(existing) : {};
    const parsed = CitizenInputSchema.safeParse(citizenInputOf(f, base));
    if (!parsed.success)
      for (const issue of fromZodIssues(parsed.error.issues)) {
        const named = [...issue.path]
          .reverse()
          .find((p) => typeof p === 'string' && p in FIELD_OF_PATH);
        const key = named === undefined ? undefined : FIELD_OF_PATH[named as string];
        const message = key !== undefined && r.text(key) === '' ? 'mangler' : issue.message;
        r.problem(key, key === undefined ? `${fieldLabel(issue.path)}: ${message}` : message);
      }

    let grant = grantOf(f, parsed.success ? parsed.data.startDate : undefined);
    if (grant) {
      const g = GrantInputSchema.safeParse({ ...grant, citizenId: existing?.id ?? 'ny' });
      if (!g.success)
        for (const issue of fromZodIssues(g.error.issues)) {
          const key = FIELD_OF_PATH[String(issue.path[0])] ?? 'grantStart';
          r.problem(key, issue.message);
        }
      else
        grant = { ...grant, ...(g.data.endDate === undefined ? {} : { endDate: g.data.endDate }) };
    }

    if (r.problems.length > 0 || !parsed.success) {
      planned.push({ line: r.line, label, action: 'refused', changes: [], problems: r.problems });
      return;
    }
    const input = parsed.data as CitizenInput;
    if (!existing) {
      const changes = [`Ny borger${grant ? ' med bevilling' : ''}`];
      planned.push({ line: r.line, label, action: 'create', changes, problems: [] });
      items.push({ kind: 'createCitizen', line: r.line, input, ...(grant ? { grant } : {}) });
      return;
    }
    const changes = describeChanges(base, input);
    const item: Extract<ImportItem, { kind: 'updateCitizen' }> = {
      kind: 'updateCitizen',
      line: r.line,
      id: existing.id,
      expectedUpdatedAt: existing.updatedAt,
      ...(changes.length > 0 ? { patch: input } : {}),
    };
    if (grant) {
      const same = context.grants.find(
        (g) => g.citizenId === existing.id && g.startDate === grant.startDate,
      );
      if (!same) {
        item.grant = { input: grant };
        changes.push('Ny bevilling');
      } else if (same.size !== grant.size || same.endDate !== grant.endDate) {
        item.grant = { id: same.id, expectedUpdatedAt: same.updatedAt, input: grant };
        changes.push('Bevillingen ændres');
      }
    }
    const action = changes.length > 0 ? 'update' : 'unchanged';
    planned.push({ line: r.line, label, action, changes, problems: [] });
    if (action === 'update') items.push(item);
  });
  return { kind: 'citizens', rows: planned, items, fileProblems: [] };
}
