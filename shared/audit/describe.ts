// The audit log in Danish (issue 10, Build item 9): each entry names the citizen, the day or the
// month and the fields, before → after, with Danish labels, values and dates —
// "Fremmøde Anna Andersen 15.10.2026: 6 → 5 timer", "Borger Anna Andersen: Trækprocent 38 → 40".
import type { FieldPath } from '../domain/errors';
import { formatDate, formatMonth } from '../danish/dates';
import { fieldLabel } from '../danish/labels';
import { formatDecimal, plural } from '../danish/number';
import { valueText } from '../danish/values';
import type { AuditEntry } from '../records';

/** A citizen's name by id, when the citizen is known (an entry names only the id). */
export type CitizenNames = (citizenId: string) => string | undefined;

type Row = Record<string, unknown>;

const asRow = (v: unknown): Row | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Row) : undefined;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Bookkeeping fields every row carries; a change of them is not a change a person made. */
const NOT_SHOWN = new Set([
  'id',
  'citizenId',
  'createdAt',
  'updatedAt',
  'createdBy',
  'history',
  'payroll',
  'results',
  'wageDecisionIds',
]);

/** Fields whose values are not written into the log's text (the CPR number). */
const HIDDEN_VALUES = new Set(['cpr']);

/** The citizen an entry is about, or undefined (settings, months, the database). */
export function auditCitizenId(e: AuditEntry): string | undefined {
  if (e.table === 'citizens') return e.recordId === 'import' ? undefined : e.recordId;
  if (e.table === 'attendance')
    return e.recordId === 'import' ? undefined : e.recordId.split('|')[0];
  if (e.table === 'grants' || e.table === 'wageDecisions')
    return str(asRow(e.after)?.citizenId) ?? str(asRow(e.before)?.citizenId);
  return undefined;
}

/** One value as a person reads it: Danish numbers, dates and words; nothing → "—". */
export function auditValue(v: unknown): string {
  if (v === undefined || v === null || v === '') return '—';
  if (typeof v === 'number') return formatDecimal(v);
  if (typeof v === 'boolean') return v ? 'ja' : 'nej';
  if (typeof v === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDate(v);
    if (/^\d{4}-\d{2}$/.test(v)) return formatMonth(v);
    return valueText(v);
  }
  return 'ændret';
}

/** Every leaf field of a row by its path (objects opened, arrays kept whole). */
function leaves(v: unknown, path: string[] = [], out = new Map<string, [FieldPath, unknown]>()) {
  const row = asRow(v);
  if (row === undefined) {
    if (path.length > 0) out.set(path.join('.'), [path, v]);
    return out;
  }
  for (const [k, x] of Object.entries(row))
    if (!(path.length === 0 && NOT_SHOWN.has(k))) leaves(x, [...path, k], out);
  return out;
}

/** `Trækprocent 38 → 40`, one per changed field, in the row's order. */
export function auditChanges(before: unknown, after: unknown): string[] {
  const b = leaves(before);
  const a = leaves(after);
  const keys = [...new Set([...b.keys(), ...a.keys()])];
  const out: string[] = [];
  for (const key of keys) {
    const [path] = a.get(key) ?? b.get(key)!;
    const from = b.get(key)?.[1];
    const to = a.get(key)?.[1];
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    const label = fieldLabel(path);
    const top = String(path[0]);
    if (HIDDEN_VALUES.has(top) || typeof from === 'object' || typeof to === 'object')
      out.push(`${label} ændret`);
    else out.push(`${label} ${auditValue(from)} → ${auditValue(to)}`);
  }
  return out;
}

/** A day as the grid shows it: `6 timer`, `1 time`, `Syg`, or nothing. */
function dayText(v: unknown): string | undefined {
  const row = asRow(v);
  if (!row) return undefined;
  if (typeof row.absence === 'string') return valueText(row.absence);
  return typeof row.hours === 'number' ? plural(row.hours, 'time', 'timer') : undefined;
}

function attendanceText(e: AuditEntry, name: string): string {
  if (e.recordId === 'import') {
    const r = asRow(e.after) ?? {};
    const saved = typeof r.saved === 'number' ? r.saved : 0;
    const span = `${auditValue(r.from)}–${auditValue(r.to)}`;
    return `Fremmøde indlæst ${span}: ${plural(saved, 'dag', 'dage')}`;
  }
  const date = formatDate(e.recordId.split('|')[1] ?? '');
  const subject = `Fremmøde ${name ? `${name} ` : ''}${date}`;
  const from = dayText(e.before);
  const to = dayText(e.after);
  if (from === undefined && to !== undefined) return `${subject}: ${to}`;
  if (to === undefined) return `${subject}: ${from ?? '—'} fjernet`;
  // "6 → 5 timer" when both are hours; else both in full ("6 timer → Syg").
  const hoursOnly = /^[\d.,]+ tim(e|er)$/;
  if (from !== undefined && hoursOnly.test(from) && hoursOnly.test(to))
    return `${subject}: ${from.split(' ')[0]} → ${to}`;
  return `${subject}: ${from} → ${to}`;
}

const VERB: Record<AuditEntry['action'], string> = {
  create: 'oprettet',
  update: 'ændret',
  delete: 'slettet',
  end: 'afsluttet',
  close: 'lukket',
  reopen: 'genåbnet',
  restore: 'gendannet',
  upgrade: 'opgraderet',
  reveal: 'vist',
  export: 'eksporteret',
  backup: 'taget',
  import: 'indlæst',
  undo: 'fortrudt',
};

const BACKUP_KIND: Record<string, string> = {
  download: 'Sikkerhedskopi hentet',
  quit: 'Automatisk sikkerhedskopi ved lukning',
  daily: 'Automatisk daglig sikkerhedskopi',
  manual: 'Sikkerhedskopi fra menuen Filer',
};

const DOCUMENT_LABEL: Record<string, string> = {
  decisionLetter: 'Afgørelsesbrev',
  statement: 'Lønbesked',
  yearSummary: 'Årsoversigt',
  monthReport: 'Månedsrapport',
  attendanceSheet: 'Fremmødeliste',
};
const DOCUMENT_WAY: Record<string, string> = {
  print: 'sendt til udskrift',
  pdf: 'gemt som PDF',
  csv: 'eksporteret som CSV',
};

/** What was seen or taken out (docs/rules.md §13): a CPR number, a payroll file, a backup. */
function accessText(e: AuditEntry, name: string): string | undefined {
  const after = asRow(e.after) ?? {};
  const file = str(after.fileName) ? ` (${str(after.fileName)})` : '';
  if (e.action === 'reveal') return `CPR-nummer vist${name ? ` for ${name}` : ''}`;
  if (e.action === 'export' && after.kind === 'document') {
    // docs/rules.md §12: a document printed or saved.
    const month = str(after.month);
    const of = !month
      ? ''
      : after.document === 'yearSummary'
        ? ` ${month.slice(0, 4)}`
        : ` for ${formatMonth(month)}`;
    const who = e.table === 'citizens' && name ? ` (${name})` : '';
    const area = str(after.area) ? `, ${str(after.area)}` : '';
    const how = DOCUMENT_WAY[str(after.how) ?? ''] ?? 'udskrevet';
    return `${DOCUMENT_LABEL[str(after.document) ?? ''] ?? 'Dokument'}${of}${area}${who} ${how}${file}`;
  }
  if (e.action === 'export') {
    const month = /^\d{4}-\d{2}$/.test(e.recordId) ? ` for ${formatMonth(e.recordId)}` : '';
    if (after.kind === 'difference') return `Rettelsesfil${month} eksporteret${file}`;
    const profile = str(after.profile);
    return `Lønfil${month} eksporteret${profile ? ` i formatet ${valueText(profile)}` : ''}${file}`;
  }
  if (e.action === 'backup') {
    const sealed =
      after.encrypted === true ? ', krypteret' : after.encrypted === false ? ', ukrypteret' : '';
    return `${BACKUP_KIND[str(after.kind) ?? ''] ?? 'Sikkerhedskopi taget'}${sealed}${file}`;
  }
  return undefined;
}

/** A restore (§13): the file's date, and what became of the log that was here and the file's. */
function restoreText(e: AuditEntry): string {
  const after = asRow(e.after) ?? {};
  const from = str(after.createdAt);
  const trail = asRow(after.fileTrail);
  const added = typeof trail?.imported === 'number' ? trail.imported : undefined;
  const head = `Data gendannet fra en sikkerhedskopi${from ? ` fra ${formatDate(from.slice(0, 10))}` : ''}`;
  if (added === undefined) return head;
  // A file whose own log did not verify is restored all the same, and said so (§13).
  const broken = trail?.intact === false ? '; filens egen logbog var brudt' : '';
  if (added === 0)
    return `${head}; logbogen her er bevaret (filens poster var her allerede)${broken}`;
  return `${head}; logbogen her er bevaret, ${plural(added, 'post', 'poster')} fra filens logbog tilføjet${broken}`;
}

/** `3 borgere oprettet, 1 ændret, 120 dages fremmøde` for an import's entry. */
function importSummary(after: unknown): string {
  const r = asRow(after) ?? {};
  const n = (k: string) => (Array.isArray(r[k]) ? (r[k] as unknown[]).length : 0);
  const parts = [
    n('citizensCreated') > 0 ? `${plural(n('citizensCreated'), 'borger', 'borgere')} oprettet` : '',
    n('citizensUpdated') > 0 ? `${plural(n('citizensUpdated'), 'borger', 'borgere')} ændret` : '',
    n('days') > 0 ? `${plural(n('days'), 'dags', 'dages')} fremmøde` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'intet ændret';
}

/** The subject of an entry: `Borger Anna Andersen`, `Lønafgørelse for Anna Andersen fra 01.01.2026`. */
function subjectOf(e: AuditEntry, name: string): string {
  const row = asRow(e.after) ?? asRow(e.before) ?? {};
  const of = name ? ` for ${name}` : '';
  switch (e.table) {
    case 'citizens':
      return `Borger${name ? ` ${name}` : ''}`;
    case 'grants':
      return `Bevilling${of}`;
    case 'wageDecisions': {
      const from = str(row.effectiveFrom);
      return `Lønafgørelse${of}${from ? ` fra ${formatDate(from)}` : ''}`;
    }
    case 'settingsVersions': {
      const from = str(row.validFrom);
      return `Indstillinger${from ? ` fra ${formatMonth(from)}` : ''}`;
    }
    case 'workAreas': {
      const areaName = str(row.name);
      return `Arbejdsområde${areaName ? ` ${areaName}` : ''}`;
    }
    case 'monthCloses':
      return /^\d{4}-\d{2}$/.test(e.recordId) ? `Måned ${formatMonth(e.recordId)}` : 'Måned';
    case 'exportTemplates': {
      const t = asRow(row.template) ?? {};
      const from = str(row.validFrom);
      return `Lønfilskabelon${t.label ? ` ${str(t.label)}` : ''}${from ? ` fra ${formatMonth(from)}` : ''}`;
    }
    case 'database':
      return e.action === 'restore' ? 'Data' : 'Databasen';
    case 'attendance':
      return 'Fremmøde';
    case 'imports':
      return `Indlæsning fra regnearket ${str(row.fileName) ?? ''}`.trim();
  }
}

/**
 * The entry in one Danish sentence: who or what, the day or month, and for an edit each changed
 * field before → after. `names` gives a citizen's name (the entry itself holds only the id).
 */
export function describeAudit(e: AuditEntry, names: CitizenNames = () => undefined): string {
  const citizenId = auditCitizenId(e);
  const own =
    e.table === 'citizens' ? (str(asRow(e.after)?.name) ?? str(asRow(e.before)?.name)) : undefined;
  const name = own ?? (citizenId ? names(citizenId) : undefined) ?? '';
  if (e.table === 'attendance') return attendanceText(e, name);
  if (e.recordId === 'import' && e.table === 'citizens') {
    const n = asRow(e.after)?.imported;
    return `Borgere indlæst: ${plural(typeof n === 'number' ? n : 0, 'borger', 'borgere')}`;
  }
  const subject = subjectOf(e, name);
  if (e.table === 'database' && e.recordId === 'documentSettings') {
    // docs/rules.md §12: the user list and appeal text, saved whole.
    const after = asRow(e.after);
    const users = Array.isArray(after?.users) ? after.users.length : 0;
    const own = typeof after?.appealText === 'string' && after.appealText.trim() !== '';
    return `Brugere og klagevejledning gemt: ${plural(users, 'bruger', 'brugere')}, klagevejledning: ${own ? 'egen tekst' : 'standardtekst'}`;
  }
  if (e.table === 'database' && e.action === 'restore') return restoreText(e);
  const access = accessText(e, name);
  if (access !== undefined) return access;
  if (e.table === 'imports' && e.action === 'import')
    return `${subject}: ${importSummary(e.after)}`;
  if (e.table === 'citizens' && e.action === 'end') {
    const end = str(asRow(e.after)?.endDate);
    return `${subject} afsluttet${end ? ` ${formatDate(end)}` : ''}`;
  }
  if (e.action === 'update') {
    const changes = auditChanges(e.before, e.after);
    // Saved as it was (e.g. the grant beside an edited citizen): say so, not "ændret".
    return changes.length > 0
      ? `${subject}: ${changes.join('; ')}`
      : `${subject} gemt uden ændringer`;
  }
  return `${subject} ${VERB[e.action]}`;
}
