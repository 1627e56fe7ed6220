// The streamed backup file (issue 11, build item 5; docs/rules.md §11): one line per row, so a
// database of any size is written and read chunk by chunk, never as one giant string or one
// JSON.parse. Layout (UTF-8, LF):
//   {"format":"jobbasen-lon-backup","layout":"lines","version":6,…}     header
//   ["table","citizens"]                                                 each table, in order
//   {"id":"…",…}                                                         its rows, keys sorted
//   ["end",{"counts":{…},"sha256":"…"}]                                  trailer
// The trailer's SHA-256 covers every byte before it. Control lines are JSON arrays, rows JSON
// objects, so the two can never be confused. Rows are in primary-key order, strictly ascending:
// a duplicate key is then just a key not greater than the one before (no set of a million keys).
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  SCHEMA_VERSION,
  canonicalJson,
  type BackupData,
} from './format';
import { Sha256 } from './sha256';

export const BACKUP_LAYOUT = 'lines';
export type BackupTable = keyof BackupData;
export type BackupCounts = Record<BackupTable, number>;

/** Text is handed on in pieces of about this many characters. */
export const BACKUP_CHUNK_CHARS = 1 << 20;

export interface BackupMeta {
  createdAt: string;
  appVersion: string;
}

/** What a finished file says about itself (its trailer). */
export interface BackupSummary {
  createdAt: string;
  counts: BackupCounts;
  sha256: string;
}

const emptyCounts = (): BackupCounts =>
  Object.fromEntries(BACKUP_TABLES.map((t) => [t, 0])) as BackupCounts;

/**
 * Builds a streamed backup line by line. The caller feeds tables in BACKUP_TABLES order with
 * their rows in primary-key order, takes text with `take()` whenever `pending` is large enough,
 * and finally `end()`, which returns the rest with the trailer.
 */
export class BackupLineWriter {
  private readonly hash = new Sha256();
  private parts: string[] = [];
  private pendingChars = 0;
  private readonly counts = emptyCounts();
  private current = -1;
  private ended = false;

  constructor(private readonly meta: BackupMeta) {
    this.line(
      JSON.stringify({
        format: BACKUP_FORMAT,
        layout: BACKUP_LAYOUT,
        version: SCHEMA_VERSION,
        schemaVersion: SCHEMA_VERSION,
        createdAt: meta.createdAt,
        appVersion: meta.appVersion,
      }),
    );
  }

  /** Starts the next table; tables come in BACKUP_TABLES order, every one of them. */
  table(name: BackupTable): void {
    const index = BACKUP_TABLES.indexOf(name);
    if (this.ended || index <= this.current) throw new Error(`Tabellen ${name} kommer for sent.`);
    for (let i = this.current + 1; i <= index; i++)
      this.line(JSON.stringify(['table', BACKUP_TABLES[i]]));
    this.current = index;
  }

  row(row: unknown): void {
    const table = BACKUP_TABLES[this.current];
    if (!table || this.ended) throw new Error('En række uden tabel.');
    this.line(canonicalJson(row));
    this.counts[table] += 1;
  }

  /** Characters waiting to be taken. */
  get pending(): number {
    return this.pendingChars;
  }

  /** The text written since the last take. */
  take(): string {
    const text = this.parts.join('');
    this.parts = [];
    this.pendingChars = 0;
    return text;
  }

  /** Closes the file: the remaining text, ending with the trailer. */
  end(): { text: string; summary: BackupSummary } {
    if (this.current < BACKUP_TABLES.length - 1)
      this.table(BACKUP_TABLES[BACKUP_TABLES.length - 1]!);
    const sha256 = this.hash.hex();
    this.ended = true;
    this.parts.push(`${JSON.stringify(['end', { counts: this.counts, sha256 }])}\n`);
    const summary = { createdAt: this.meta.createdAt, counts: { ...this.counts }, sha256 };
    return { text: this.take(), summary };
  }

  private line(text: string): void {
    const line = `${text}\n`;
    this.hash.update(line);
    this.parts.push(line);
    this.pendingChars += line.length;
  }
}

/** A whole database as one streamed backup's text (tests, small databases). */
export function serializeBackupLines(data: BackupData, meta: BackupMeta): string {
  const w = new BackupLineWriter(meta);
  const out: string[] = [];
  for (const table of BACKUP_TABLES) {
    w.table(table);
    const rows = [...data[table]] as unknown[];
    rows.sort((a, b) => compareKeys(primaryKey(table, a), primaryKey(table, b)));
    for (const row of rows) w.row(row);
    out.push(w.take());
  }
  out.push(w.end().text);
  return out.join('');
}

export type Key = string | number | (string | number)[] | undefined;

/** The row's IndexedDB primary key (renderer/db/schema.ts); undefined for a new audit entry. */
export function primaryKey(table: BackupTable, row: unknown): Key {
  const r = row as Record<string, string | number | undefined>;
  switch (table) {
    case 'attendance':
      return [String(r.citizenId), String(r.date)];
    case 'monthCloses':
      return r.month;
    case 'auditLog':
      return r.id;
    default:
      return r.id;
  }
}

/** IndexedDB's key order for the keys used here: numbers < strings < arrays; strings by code unit. */
export function compareKeys(a: Key, b: Key): number {
  const rank = (k: Key) => (typeof k === 'number' ? 0 : typeof k === 'string' ? 1 : 2);
  if (a === undefined || b === undefined) return 0;
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = compareKeys(a[i], b[i]);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
