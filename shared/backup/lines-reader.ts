// Reading a streamed backup (./lines.ts, docs/rules.md §11) chunk by chunk, checking it whole.
import { z } from 'zod';
import type { FieldIssue } from '../domain/errors';
import { formatIssue, fromZodIssues } from '../domain/errors';
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BackupDataSchema,
  SCHEMA_VERSION,
  parseBackup,
  type BackupData,
} from './format';
import {
  BACKUP_CHUNK_CHARS,
  BACKUP_LAYOUT,
  compareKeys,
  primaryKey,
  type BackupCounts,
  type BackupTable,
  type Key,
} from './lines';
import { Sha256 } from './sha256';
import { closedMonthIssues } from '../month/integrity';
import { formatMonth } from '../danish/dates';
import type { MonthClose } from '../records';

const emptyCounts = (): BackupCounts =>
  Object.fromEntries(BACKUP_TABLES.map((t) => [t, 0])) as BackupCounts;

/** Rows of one table, validated, in the order the file gives them. */
export interface RowBatch {
  table: BackupTable;
  rows: unknown[];
}

export type LinesResult =
  | { ok: true; createdAt: string; fromVersion: number; counts: BackupCounts; rest: RowBatch[] }
  | { ok: false; message: string; issues?: FieldIssue[]; reason?: 'closedMonthChanged' };

const MAX_LISTED = 5;
const CHECKSUM_MESSAGE =
  'Sikkerhedskopien er beskadiget: kontrolsummen (SHA-256) passer ikke med indholdet. Intet er ændret.';

const HeaderSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  layout: z.literal(BACKUP_LAYOUT),
  version: z.number().int(),
  schemaVersion: z.number().int(),
  createdAt: z.string({ error: 'mangler' }),
  appVersion: z.string({ error: 'mangler' }),
});

const TrailerSchema = z.tuple([
  z.literal('end'),
  z.strictObject({
    counts: z.strictObject({
      ...(Object.fromEntries(
        BACKUP_TABLES.map((t) => [t, z.number().int().nonnegative()]),
      ) as Record<BackupTable, z.ZodNumber>),
      exportTemplates: z.number().int().nonnegative().optional(), // none before version 7
    }),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
]);

/** How a row of `table` is read (the line layout began with version 6). */
function rowSchema(table: BackupTable): z.ZodType {
  return BackupDataSchema.shape[table].element;
}

class Refusal extends Error {}

/**
 * Reads a backup file pushed in text chunks (any split), checking as it goes: the header, every
 * row against today's schema, key order (so no duplicates), rows pointing at a citizen in the
 * file, settings versions with one `validFrom` each, and at the end the counts and the SHA-256.
 * `push` returns the rows completed by that chunk (for the restore's write pass); `end` gives the
 * verdict. An older, whole-JSON file (formats 1–6) is collected and read by `parseBackup` at the
 * end — those were written before streaming, and their rows come back in `rest`.
 * Pure; never throws. Memory: one line, the citizens' ids and the settings versions' months.
 */
export class BackupLineReader {
  private carry = '';
  private mode: 'start' | 'lines' | 'legacy' | 'done' = 'start';
  private legacy: string[] = [];
  private readonly hash = new Sha256();
  private header: z.output<typeof HeaderSchema> | null = null;
  private table = -1;
  private tables: readonly BackupTable[] = BACKUP_TABLES; // version 6: no exportTemplates
  private counts = emptyCounts();
  private lastKey: Key;
  private readonly citizenIds = new Set<string>();
  private readonly validFroms = new Set<string>();
  /** Work areas the citizens name (they come before the areas in the file): checked at the end. */
  private readonly areaRefs: { index: number; j: number; areaId: string }[] = [];
  private readonly areaIds = new Set<string>();
  private readonly issues: FieldIssue[] = [];
  private issueCount = 0;
  /** Closed months whose frozen results fail their hashes (issue 11, finding 6): a few kept. */
  private readonly tampered: FieldIssue[] = [];
  private failure: string | null = null;
  private trailer: z.output<typeof TrailerSchema>[1] | null = null;
  private lineNo = 0;

  push(chunk: string): RowBatch[] {
    if (this.failure) return [];
    if (this.mode === 'done') {
      if (chunk.trim() !== '')
        this.failure = 'Sikkerhedskopien er ugyldig: der står mere efter slutlinjen.';
      return [];
    }
    if (this.mode === 'legacy') {
      this.legacy.push(chunk);
      return [];
    }
    let text = this.carry + chunk;
    if (this.mode === 'start') {
      const newline = text.indexOf('\n');
      const probe = (newline < 0 ? text : text.slice(0, newline)).replace(/^\uFEFF/, '');
      if (!/^\s*\{\s*"format"\s*:\s*"jobbasen-lon-backup"\s*,\s*"layout"/.test(probe)) {
        // Not (yet) recognisable as the line layout: an older whole-JSON file, or too short to say.
        if (newline < 0 && probe.length < 200) {
          this.carry = text;
          return [];
        }
        this.mode = 'legacy';
        this.legacy.push(text);
        this.carry = '';
        return [];
      }
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      this.mode = 'lines';
    }
    const out: RowBatch[] = [];
    let start = 0;
    try {
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
        const line = text.slice(start, nl);
        start = nl + 1;
        this.readLine(line, out);
        if (this.finished) {
          if (text.slice(start).trim() !== '')
            this.fail('Sikkerhedskopien er ugyldig: der står mere efter slutlinjen.');
          return out;
        }
      }
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      return [];
    }
    this.carry = text.slice(start);
    return out;
  }

  end(): LinesResult {
    // A last line without its newline (an editor may drop it) is still read.
    if (this.mode === 'lines' && !this.failure && this.carry.trim() !== '') {
      const line = this.carry;
      this.carry = '';
      try {
        this.readLine(line, []);
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
      }
    }
    if (this.mode === 'legacy' || (this.mode === 'start' && this.carry.trim() !== '')) {
      const parsed = parseBackup(this.mode === 'legacy' ? this.legacy.join('') : this.carry);
      this.legacy = [];
      if (!parsed.ok) return parsed;
      return {
        ok: true,
        createdAt: parsed.createdAt,
        fromVersion: parsed.fromVersion,
        counts: Object.fromEntries(
          BACKUP_TABLES.map((t) => [t, parsed.data[t].length]),
        ) as BackupCounts,
        rest: BACKUP_TABLES.map((t) => ({ table: t, rows: parsed.data[t] as unknown[] })),
      };
    }
    if (this.failure) return { ok: false, message: this.failure };
    if (this.mode === 'start')
      return { ok: false, message: 'Filen er tom: der er ingen sikkerhedskopi i den.' };
    if (this.mode !== 'done' || !this.trailer || !this.header)
      return {
        ok: false,
        message:
          'Sikkerhedskopien er afkortet: slutlinjen med antal og kontrolsum mangler (filen blev ikke skrevet færdig eller er beskadiget). Intet er ændret.',
      };
    if (this.hash.hex() !== this.trailer.sha256) return { ok: false, message: CHECKSUM_MESSAGE };
    for (const ref of this.areaRefs)
      if (!this.areaIds.has(ref.areaId))
        this.note(
          'citizens',
          ref.index,
          ['workAreas', ref.j, 'areaId'],
          `arbejdsområdet ${ref.areaId} findes ikke`,
        );
    this.areaRefs.length = 0;
    if (this.issues.length === 0 && this.tampered.length > 0)
      return {
        ok: false,
        message: `En lukket måned i sikkerhedskopien er ændret efter lukningen: ${this.tampered.map(formatIssue).join('; ')}`,
        issues: this.tampered,
        reason: 'closedMonthChanged',
      };
    if (this.issues.length > 0) {
      const shown = this.issues.slice(0, MAX_LISTED).map(formatIssue);
      const hidden = this.issueCount - shown.length;
      const more = hidden > 0 ? ` (og ${hidden} mere)` : '';
      return {
        ok: false,
        message: `Sikkerhedskopien er ugyldig: ${shown.join('; ')}${more}`,
        issues: this.issues,
      };
    }
    for (const t of BACKUP_TABLES)
      if ((this.trailer.counts[t] ?? 0) !== this.counts[t])
        return {
          ok: false,
          message: `Sikkerhedskopien er beskadiget: slutlinjen siger ${this.trailer.counts[t]} rækker i ${t}, men filen har ${this.counts[t]}. Intet er ændret.`,
        };
    return {
      ok: true,
      createdAt: this.header.createdAt,
      fromVersion: this.header.schemaVersion,
      counts: { ...this.counts },
      rest: [],
    };
  }

  private get finished(): boolean {
    return this.mode === 'done';
  }

  /** One problem with a row: the first few are kept to show, the rest only counted. */
  private note(table: BackupTable, index: number, path: FieldIssue['path'], message: string): void {
    this.issueCount += 1;
    if (this.issues.length < MAX_LISTED)
      this.issues.push({ path: ['data', table, index, ...path], message });
  }

  private fail(message: string): never {
    this.failure ??= message;
    throw new Refusal(message);
  }

  private readLine(line: string, out: RowBatch[]): void {
    this.lineNo += 1;
    const at = `linje ${this.lineNo}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      this.fail(
        `Sikkerhedskopien er beskadiget: ${at} er ikke gyldig JSON (måske afkortet). Intet er ændret.`,
      );
    }
    if (this.header === null) return this.readHeader(value, line);
    // Every byte before the trailer is hashed; the trailer's own line is not.
    if (Array.isArray(value) && value[0] === 'end') return this.readControl(value, at);
    this.hash.update(`${line}\n`);
    if (Array.isArray(value)) return this.readControl(value, at);
    const table = this.tables[this.table];
    if (!table) this.fail(`Sikkerhedskopien er ugyldig: ${at} er en række før den første tabel.`);
    const index = this.counts[table];
    this.counts[table] = index + 1;
    const parsed = rowSchema(table).safeParse(value);
    if (!parsed.success) {
      for (const i of fromZodIssues(parsed.error.issues))
        this.note(table, index, i.path, i.message);
      return;
    }
    this.checkLinks(table, index, parsed.data);
    if (table === 'monthCloses') this.checkClosedMonth(index, parsed.data as MonthClose);
    let batch = out[out.length - 1];
    if (batch?.table !== table) {
      batch = { table, rows: [] };
      out.push(batch);
    }
    batch.rows.push(parsed.data);
  }

  private readHeader(value: unknown, line: string): void {
    const head = HeaderSchema.safeParse(value);
    if (!head.success) {
      const list = fromZodIssues(head.error.issues).map(formatIssue);
      this.fail(
        `Sikkerhedskopiens første linje er ugyldig: ${list.slice(0, MAX_LISTED).join('; ')}`,
      );
    }
    const { version, schemaVersion } = head.data;
    if (version > SCHEMA_VERSION || schemaVersion > SCHEMA_VERSION)
      this.fail(
        `Sikkerhedskopien er lavet med en nyere version af Jobbasen Løn (format ${Math.max(version, schemaVersion)}). Opdater programmet, før du gendanner den.`,
      );
    // Layout from version 6; 7 added only optional fields and `exportTemplates` (rules.md §9).
    if (version < 6 || version !== schemaVersion)
      this.fail(`Sikkerhedskopien har et ugyldigt versionsnummer (${version}).`);
    if (version < 7) this.tables = BACKUP_TABLES.filter((t) => t !== 'exportTemplates');
    this.header = head.data;
    this.hash.update(`${line}\n`);
  }

  private readControl(value: unknown[], at: string): void {
    if (value[0] === 'table') {
      const expected = this.tables[this.table + 1];
      if (value.length !== 2 || value[1] !== expected)
        this.fail(
          `Sikkerhedskopien er ugyldig: ${at} skulle starte tabellen ${expected ?? '(ingen)'}.`,
        );
      this.table += 1;
      this.lastKey = undefined;
      return;
    }
    if (value[0] === 'end') {
      const trailer = TrailerSchema.safeParse(value);
      if (!trailer.success)
        this.fail(`Sikkerhedskopien er ugyldig: slutlinjen (${at}) er forkert.`);
      if (this.table !== this.tables.length - 1)
        this.fail(
          `Sikkerhedskopien er ugyldig: slutlinjen (${at}) kommer, før alle tabeller er med.`,
        );
      this.trailer = trailer.data[1];
      this.mode = 'done';
      return;
    }
    this.fail(`Sikkerhedskopien er ugyldig: ${at} er hverken en række, en tabel eller slutlinjen.`);
  }

  /** A closed month's frozen results against the hashes taken at closing (as parseBackup). */
  private checkClosedMonth(index: number, close: MonthClose): void {
    if (close.status !== 'closed' || this.tampered.length >= MAX_LISTED) return;
    for (const issue of closedMonthIssues(close).slice(0, MAX_LISTED - this.tampered.length))
      this.tampered.push({
        path: ['data', 'monthCloses', index, ...issue.path],
        message: `${formatMonth(close.month)}: ${issue.message}`,
      });
  }

  private checkLinks(table: BackupTable, index: number, row: unknown): void {
    const issue = (path: (string | number)[], message: string) =>
      this.note(table, index, path, message);
    const key = primaryKey(table, row);
    if (key !== undefined) {
      if (this.lastKey !== undefined && compareKeys(key, this.lastKey) <= 0)
        issue(
          [],
          compareKeys(key, this.lastKey) === 0
            ? `nøglen ${String(key)} findes to gange`
            : 'rækkerne står ikke i nøgleorden',
        );
      this.lastKey = key;
    }
    const r = row as { id?: string; citizenId?: string; validFrom?: string };
    if (table === 'citizens') {
      this.citizenIds.add(String(r.id));
      const areas = (row as { workAreas?: { areaId: string }[] }).workAreas ?? [];
      areas.forEach((m, j) => this.areaRefs.push({ index, j, areaId: m.areaId }));
    }
    if (table === 'workAreas') this.areaIds.add(String(r.id));
    if (
      (table === 'grants' || table === 'wageDecisions' || table === 'attendance') &&
      !this.citizenIds.has(String(r.citizenId))
    )
      issue(['citizenId'], `borgeren ${r.citizenId} findes ikke`);
    if (table === 'settingsVersions') {
      if (this.validFroms.has(String(r.validFrom)))
        issue(['validFrom'], `${r.validFrom} findes to gange`);
      this.validFroms.add(String(r.validFrom));
    }
  }
}

/** Reads a whole backup given as text, streamed or older (`parseBackup`): the verdict and all rows. */
export function parseAnyBackup(
  text: string,
):
  | { ok: true; data: BackupData; createdAt: string; fromVersion: number }
  | { ok: false; message: string; issues?: FieldIssue[]; reason?: 'closedMonthChanged' } {
  const reader = new BackupLineReader();
  const data = Object.fromEntries(BACKUP_TABLES.map((t) => [t, []])) as unknown as Record<
    BackupTable,
    unknown[]
  >;
  const add = (batches: RowBatch[]) => {
    for (const b of batches) for (const row of b.rows) data[b.table].push(row);
  };
  for (let i = 0; i < text.length; i += BACKUP_CHUNK_CHARS)
    add(reader.push(text.slice(i, i + BACKUP_CHUNK_CHARS)));
  const end = reader.end();
  if (!end.ok) return end;
  add(end.rest);
  return {
    ok: true,
    data: data as unknown as BackupData,
    createdAt: end.createdAt,
    fromVersion: end.fromVersion,
  };
}
