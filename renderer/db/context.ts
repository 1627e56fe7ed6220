// What every aggregate module of the local backend shares: the Dexie database, the clock, ids,
// transactions (a change and its audit entry in one rw transaction; a full disk stops writing),
// the acting user, the audit log and validation that throws errors as data (shared/data/errors).
import Dexie, { type Table } from 'dexie';
import type { z } from 'zod';
import { fromZodIssues, type FieldIssue, type FieldPath } from '../../shared/domain/errors';
import { DataError, type DataErrorCode } from '../../shared/data/errors';
import type { Version } from '../../shared/data/api';
import { describeIssues } from '../../shared/danish/labels';
import type { AuditAction, AuditEntry, AuditTable } from '../../shared/records';
import { AUDIT_GENESIS, chainEntry, type AuditHead } from '../../shared/audit/chain';
import { initialsOfAccount } from '../../shared/audit/identity';
import { AUDIT_HEAD_KEY, type DATA_TABLES, type JobbasenDb } from './schema';
import { QUOTA_MESSAGE, isQuotaError } from './quota';

/** `navigator.storage` or a stand-in; undefined where the browser has none. */
export interface StorageLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

export interface DataApiOptions {
  /** The clock (ISO timestamp); tests fix it. */
  now?: () => string;
  appVersion?: string;
  storage?: StorageLike;
  /** How many safety copies to keep before a restore (older ones are pruned). */
  keepSafetyCopies?: number;
  /** Characters of a streamed backup handed on at a time (about 1 MB; tests make it small). */
  backupChunkChars?: number;
  /**
   * The operating-system account (desktop app: the main process's `os.userInfo().username`,
   * asked over IPC). Given, it is the acting user and cannot be switched; absent (browser mode),
   * the initials typed on this PC are (docs/rules.md §13).
   */
  osAccount?: () => Promise<string>;
}

/** Who acts: initials for display, and in the desktop app the account they belong to. */
export interface Identity {
  initials: string;
  account?: string;
}

export type TableName = (typeof DATA_TABLES)[number] | 'meta' | 'safetyCopies';

export interface DbContext {
  readonly db: JobbasenDb;
  readonly options: DataApiOptions;
  readonly appVersion: string;
  now(): string;
  newId(): string;
  /** One rw transaction around a change; a quota error stops all writing until resumeWrites. */
  write<T>(tables: readonly TableName[], fn: () => Promise<T>): Promise<T>;
  /** One read transaction: what `fn` reads is one consistent state. */
  read<T>(tables: readonly TableName[], fn: () => Promise<T>): Promise<T>;
  writesStopped(): boolean;
  resumeWrites(): void;
  /** The initials every change is logged with; NO_USER when none are set. */
  actingUser(): Promise<string>;
  /** The initials and, in the desktop app, the operating-system account; NO_USER when none. */
  identity(): Promise<Identity>;
  /** The operating-system account (desktop app), or null in browser mode. */
  account(): Promise<string | null>;
  rememberUser(initials: string): void;
  /**
   * Appends one entry to the audit chain (docs/rules.md §13): chained to the head kept in `meta`,
   * which then names it. Inside a write transaction over `auditLog` and `meta`.
   */
  appendAudit(entry: AuditEntry): Promise<AuditEntry>;
  /** The chain's head (the last entry's id and hash), or null for an empty log. */
  auditHead(): Promise<AuditHead | null>;
  audit(
    table: AuditTable,
    recordId: string,
    action: AuditAction,
    before: unknown,
    after: unknown,
    reason?: string,
  ): Promise<void>;
  /** `value` through `schema`; VALIDATION with the field issues (under `at`) when it fails. */
  parse<S extends z.ZodType>(schema: S, value: unknown, what: string, at?: FieldPath): z.output<S>;
  /** Every row through `schema` before anything is written; issue paths start with the index. */
  parseAll<S extends z.ZodType>(schema: S, rows: readonly unknown[], what: string): z.output<S>[];
  /**
   * CONFLICT, carrying the stored row, when the row's version is not the one the caller loaded
   * (docs/rules.md, "Samtidige ændringer"): `expected` is the loaded `updatedAt`, null when the
   * caller saw no row; undefined checks nothing (imports, restores).
   */
  checkExpected(row: Versioned | null | undefined, expected: Version | undefined): void;
  /**
   * The version stamp of a write: now, or 1 ms after `previous` when the clock has not passed it
   * — so every write of a record gives it a new, larger `updatedAt` and a stale copy is always
   * told apart (two writes in one millisecond, a clock set back).
   */
  stamp(previous?: string): string;
  /**
   * An edited row: the new fields under the row's id and creation time, stamped now, written to
   * its table together with its audit entry (before → after) — one step, so no edit goes unaudited.
   */
  saveEdited<K extends EditableTable, F extends object>(
    table: K,
    before: EditableRow,
    fields: F,
  ): Promise<F & EditableRow>;
}

/** A record's version token: its `updatedAt` (a settings version before its first edit: `createdAt`). */
export interface Versioned {
  updatedAt?: string | undefined;
  createdAt?: string | undefined;
}

/** The version of a stored row, null for none. */
export const versionOf = (row: Versioned | null | undefined): Version =>
  row ? (row.updatedAt ?? row.createdAt ?? null) : null;

/** The tables whose rows are edited in place (id, createdAt, updatedAt). */
export type EditableTable = 'citizens' | 'grants' | 'wageDecisions';
interface EditableRow {
  id: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * A refused change: the summary a person reads, with Danish labels, values and dates
 * (`Borgeren er ikke gemt: CPR-nummer: …`), and the issues as data for the fields.
 */
export function invalid(
  what: string,
  issues: readonly FieldIssue[],
  code: DataErrorCode = 'VALIDATION',
): DataError {
  return new DataError(code, `${what} er ikke gemt: ${describeIssues(issues)}`, issues);
}

export const CONFLICT_MESSAGE =
  'Ikke gemt: posten er ændret et andet sted (fx i et andet vindue), efter du hentede den.';

export function createDbContext(db: JobbasenDb, options: DataApiOptions = {}): DbContext {
  const now = options.now ?? (() => new Date().toISOString());
  let writesStopped = false;
  let sessionUser: string | null = null;
  let osAccount: Promise<string | null> | undefined;

  /** Asked once per session; a failing shell counts as no account (browser rules then). */
  function account(): Promise<string | null> {
    if (!options.osAccount) return Promise.resolve(null);
    osAccount ??= options.osAccount().then(
      (a) => (a.trim() === '' ? null : a),
      () => null,
    );
    return osAccount;
  }

  async function write<T>(tables: readonly TableName[], fn: () => Promise<T>): Promise<T> {
    if (writesStopped) throw new DataError('WRITES_STOPPED', QUOTA_MESSAGE);
    try {
      return await db.transaction('rw', tables as TableName[], fn);
    } catch (error) {
      const inner = (error as { inner?: unknown } | null)?.inner;
      if (inner instanceof DataError) throw inner;
      if (error instanceof DataError) throw error;
      if (isQuotaError(error)) {
        writesStopped = true;
        throw new DataError('QUOTA', QUOTA_MESSAGE);
      }
      if (error instanceof Dexie.DatabaseClosedError)
        throw new DataError(
          'DATABASE_CLOSED',
          'Databasen blev lukket, fordi en nyere version er åbnet i et andet vindue. Genindlæs siden; intet gemt er tabt.',
        );
      throw error;
    }
  }

  async function identity(): Promise<Identity> {
    const acct = await account();
    if (acct === null) return { initials: await actingUser() };
    // Desktop: the account acts; its initials are set once for it, else derived from its name.
    const row = await db.meta.get(`initials:${acct}`);
    const initials = typeof row?.value === 'string' ? row.value : initialsOfAccount(acct);
    if (!initials)
      throw new DataError(
        'NO_USER',
        `Angiv initialer for kontoen ${acct} én gang, før du ændrer noget: hver ændring logges med dem.`,
      );
    return { initials, account: acct };
  }

  async function auditHead(): Promise<AuditHead | null> {
    const row = await db.meta.get(AUDIT_HEAD_KEY);
    const head = row?.value as AuditHead | undefined;
    if (head && typeof head.hash === 'string') return head;
    // No head kept (a log written before the chain): chain on from the newest entry.
    const last = await db.auditLog.orderBy(':id').last();
    return last?.hash !== undefined && last.id !== undefined
      ? { id: last.id, hash: last.hash }
      : null;
  }

  async function appendAudit(entry: AuditEntry): Promise<AuditEntry> {
    const head = await auditHead();
    const { id: _id, hash: _hash, ...content } = entry;
    const chained = chainEntry(head?.hash ?? AUDIT_GENESIS, content);
    const id = await db.auditLog.add(chained);
    await db.meta.put({ key: AUDIT_HEAD_KEY, value: { id, hash: chained.hash! } });
    return { ...chained, id };
  }

  async function actingUser(): Promise<string> {
    if (options.osAccount && (await account()) !== null) return (await identity()).initials;
    if (sessionUser) return sessionUser;
    const row = await db.meta.get('currentUser');
    const value = typeof row?.value === 'string' ? row.value : null;
    if (!value)
      throw new DataError(
        'NO_USER',
        'Angiv dine initialer, før du ændrer noget: hver ændring logges med initialer.',
      );
    sessionUser = value;
    return value;
  }

  function parse<S extends z.ZodType>(
    schema: S,
    value: unknown,
    what: string,
    at: FieldPath = [],
  ): z.output<S> {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    throw invalid(
      what,
      fromZodIssues(parsed.error.issues).map((i) => ({ ...i, path: [...at, ...i.path] })),
    );
  }

  return {
    db,
    options,
    appVersion: options.appVersion ?? '0.0.0',
    now,
    newId: () => globalThis.crypto.randomUUID(),
    write,
    read: (tables, fn) => db.transaction('r', tables as TableName[], fn),
    writesStopped: () => writesStopped,
    resumeWrites: () => {
      writesStopped = false;
    },
    actingUser,
    identity,
    account,
    appendAudit,
    auditHead,
    rememberUser: (initials) => {
      sessionUser = initials;
    },
    async audit(table, recordId, action, before, after, reason) {
      const who = await identity();
      const entry: AuditEntry = { at: now(), by: who.initials, table, recordId, action };
      if (before !== undefined) entry.before = before;
      if (after !== undefined) entry.after = after;
      if (reason !== undefined) entry.reason = reason;
      if (who.account !== undefined) entry.account = who.account;
      await appendAudit(entry);
    },
    parse,
    parseAll: (schema, rows, what) => rows.map((row, i) => parse(schema, row, what, [i])),
    async saveEdited(table, before, fields) {
      const updatedAt = this.stamp(before.updatedAt);
      const after = { ...fields, id: before.id, createdAt: before.createdAt, updatedAt };
      await (db.table(table) as Table<typeof after, string>).put(after);
      await this.audit(table, before.id, 'update', before, after);
      return after;
    },
    checkExpected(row, expected) {
      if (expected !== undefined && versionOf(row) !== expected)
        throw new DataError('CONFLICT', CONFLICT_MESSAGE, [], { stored: row ?? null });
    },
    stamp(previous) {
      const at = now();
      const before = previous === undefined ? NaN : Date.parse(previous);
      return Number.isNaN(before) || Date.parse(at) > before
        ? at
        : new Date(before + 1).toISOString();
    },
  };
}
