// Backup and restore (docs/rules.md §11): the whole database as one streamed file, written and
// read in chunks so its size is bounded by the disk, not by memory. A restore reads and checks
// the whole file first; only then, in one transaction, it keeps a safety copy of what was there,
// replaces everything (merged over it: rows already stored as the file has them stay,
// ./restoreMerge.ts) and reads the file a second time as it writes (checked again as it goes: a
// file changed in between aborts the transaction). A refused file changes nothing.
import Dexie, { type IndexableType, type Table } from 'dexie';
import type { BackupCounts, BackupInput, BackupSink, DataApi } from '../../shared/data/api';
import { DataError } from '../../shared/data/errors';
import {
  BACKUP_CHUNK_CHARS,
  BackupLineReader,
  BackupLineWriter,
  Sha256,
  compareKeys,
  primaryKey,
  type BackupMeta,
  type BackupTable,
  type BackupSummary,
  type RowBatch,
} from '../../shared/backup';
import type { AuditEntry } from '../../shared/records';
import { appendRestoreTrail } from './audit';
import { TableMerge } from './restoreMerge';
import type { DbContext } from './context';
import { DATA_TABLES } from './schema';

export type BackupOperations = Pick<
  DataApi,
  | 'streamBackup'
  | 'exportBackup'
  | 'previewBackup'
  | 'restoreBackup'
  | 'listSafetyCopies'
  | 'getSafetyCopy'
>;

/** Rows read per IndexedDB request while writing a backup. */
const PAGE_ROWS = 5_000;
/** Bytes of a file read at a time while restoring (about 6 000 rows parsed at once). */
const READ_BYTES = 1 << 20;
export const BACKUP_MIME = 'application/x-ndjson';

/** The file's text in order, a slice at a time (a whole string is cut up the same way). */
async function* chunksOf(input: BackupInput): AsyncGenerator<string, void> {
  if (typeof input === 'string') {
    for (let i = 0; i < input.length;) {
      let end = Math.min(i + BACKUP_CHUNK_CHARS, input.length);
      // Never between the two halves of a surrogate pair (the file's digest hashes each piece).
      const last = input.charCodeAt(end - 1);
      if (last >= 0xd800 && last <= 0xdbff && end < input.length) end += 1;
      yield input.slice(i, end);
      i = end;
    }
    return;
  }
  if ('chunks' in input) {
    yield* input.chunks();
    return;
  }
  // Not fatal: a broken byte becomes U+FFFD, which the checksum then refuses.
  const decoder = new TextDecoder('utf-8');
  for (let offset = 0; offset < input.size; offset += READ_BYTES) {
    const bytes = await input.slice(offset, offset + READ_BYTES).arrayBuffer();
    yield decoder.decode(new Uint8Array(bytes), { stream: true });
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

/**
 * The whole file read and checked once, without keeping it (no transaction is open), and its
 * digest (SHA-256 of the whole file), which the restore's audit entry names (docs/rules.md §13).
 */
async function checkFile(input: BackupInput) {
  const reader = new BackupLineReader();
  const digest = new Sha256();
  try {
    for await (const chunk of chunksOf(input)) {
      digest.update(chunk);
      reader.push(chunk);
    }
  } catch (error) {
    // The source could not be read to its end (a protected file that does not authenticate).
    return { ok: false as const, message: (error as Error).message };
  }
  const end = reader.end();
  return end.ok ? { ...end, digest: digest.hex() } : end;
}

/** Rows in primary-key order (a copy). */
const byKey = (table: BackupTable, rows: readonly unknown[]) =>
  [...rows].sort((a, b) => compareKeys(primaryKey(table, a), primaryKey(table, b)));

/** The primary key of the last row read, to continue after it. */
function keyOf(table: Table, row: unknown): IndexableType {
  const keyPath = table.schema.primKey.keyPath ?? '';
  return Dexie.getByKeyPath(row as object, keyPath as string) as IndexableType;
}

export function backupOperations(ctx: DbContext): BackupOperations {
  const { db } = ctx;
  const keepSafetyCopies = ctx.options.keepSafetyCopies ?? 3;
  const chunkChars = ctx.options.backupChunkChars ?? BACKUP_CHUNK_CHARS;

  /**
   * Writes every table to `sink` through the line writer. Must run inside a transaction over the
   * data tables; a sink's promise (a file write in the desktop shell) keeps it alive meanwhile.
   */
  async function writeAll(sink: BackupSink, meta: BackupMeta): Promise<BackupSummary> {
    // Only Dexie promises are awaited here (and a sink's promise through Dexie.waitFor): awaiting
    // any other promise would leave the transaction's zone and let it commit half-way.
    const writer = new BackupLineWriter(meta);
    for (const t of DATA_TABLES) {
      writer.table(t);
      const table = db.table(t);
      let last: IndexableType | undefined;
      for (;;) {
        const from = last === undefined ? table.toCollection() : table.where(':id').above(last);
        const rows = (await from.limit(PAGE_ROWS).toArray()) as unknown[];
        for (const row of rows) writer.row(row);
        if (writer.pending >= chunkChars) {
          const pending = sink(writer.take());
          if (pending) await Dexie.waitFor(pending);
        }
        if (rows.length < PAGE_ROWS) break;
        last = keyOf(table, rows[rows.length - 1]);
      }
    }
    const end = writer.end();
    const pending = sink(end.text);
    if (pending) await Dexie.waitFor(pending);
    return end.summary;
  }

  const streamBackup: BackupOperations['streamBackup'] = (sink, opts = {}) =>
    ctx.read([...DATA_TABLES], () =>
      writeAll(sink, { createdAt: opts.createdAt ?? ctx.now(), appVersion: ctx.appVersion }),
    );

  const countAll = async (): Promise<BackupCounts> => {
    const counts = await Promise.all(DATA_TABLES.map((t) => db.table(t).count()));
    return Object.fromEntries(DATA_TABLES.map((t, i) => [t, counts[i]])) as BackupCounts;
  };

  const refused = (error: unknown) => ({
    ok: false as const,
    message:
      error instanceof DataError
        ? `Gendannelsen er afbrudt; intet er ændret. ${error.message}`
        : `Gendannelsen er afbrudt; intet er ændret. (${(error as Error).message})`,
  });

  return {
    streamBackup,

    async exportBackup(opts = {}) {
      const parts: string[] = [];
      await streamBackup((chunk) => {
        parts.push(chunk);
      }, opts);
      return parts.join('');
    },

    /** The same check as the restore, and the counts on both sides; writes nothing. */
    async previewBackup(input) {
      const checked = await checkFile(input);
      if (!checked.ok) return checked;
      const current = await ctx.read([...DATA_TABLES], countAll);
      return {
        ok: true,
        createdAt: checked.createdAt,
        fromVersion: checked.fromVersion,
        counts: checked.counts,
        current,
      };
    },

    async restoreBackup(input) {
      const checked = await checkFile(input);
      if (!checked.ok) return checked;
      await ctx.actingUser(); // NO_USER before anything is read or written
      try {
        return await ctx.write([...DATA_TABLES, 'safetyCopies', 'meta'], async () => {
          const takenAt = ctx.now();
          // The safety copy is streamed too: pieces of a Blob, which the browser may keep on disk.
          const parts: Blob[] = [];
          await writeAll(
            (chunk) => {
              parts.push(new Blob([chunk]));
            },
            { createdAt: takenAt, appVersion: ctx.appVersion },
          );
          const safetyCopyId = await db.safetyCopies.add({
            takenAt,
            reason: 'Før gendannelse',
            backup: new Blob(parts, { type: BACKUP_MIME }),
          });
          const old = await db.safetyCopies.orderBy('id').primaryKeys();
          if (old.length > keepSafetyCopies)
            await db.safetyCopies.bulkDelete(old.slice(0, old.length - keepSafetyCopies));
          // Every table but the audit log becomes the file's rows, merged over what is stored
          // (restoreMerge.ts: unchanged rows stay, others are put or deleted). The audit log is
          // not replaced: the restore appends to it (docs/rules.md §13).
          const merges = new Map(
            DATA_TABLES.filter((t) => t !== 'auditLog').map((t) => [
              t,
              new TableMerge(db.table(t)),
            ]),
          );
          const reader = new BackupLineReader();
          const fileLog: AuditEntry[] = [];
          const store = async (batches: RowBatch[]) => {
            for (const batch of batches)
              if (batch.table === 'auditLog')
                for (const row of batch.rows) fileLog.push(row as AuditEntry);
              else await merges.get(batch.table)!.write(batch.rows);
          };
          const chunks = chunksOf(input);
          for (;;) {
            const next = await Dexie.waitFor(chunks.next());
            if (next.done) break;
            await store(reader.push(next.value));
          }
          const end = reader.end();
          // Throwing here rolls the whole transaction back: the data stay as they were.
          if (!end.ok) throw new DataError('RESTORE_REFUSED', end.message);
          // An older whole-JSON file's rows come here, in the file's order: sorted by key.
          await store(end.rest.map(({ table, rows }) => ({ table, rows: byKey(table, rows) })));
          for (const merge of merges.values()) await merge.finish();
          const trail = await appendRestoreTrail(ctx, fileLog, {
            before: { safetyCopyId },
            after: {
              fromVersion: end.fromVersion,
              createdAt: end.createdAt,
              sha256: checked.digest,
            },
          });
          return {
            ok: true as const,
            fromVersion: end.fromVersion,
            safetyCopyId,
            counts: { ...end.counts, auditLog: await db.auditLog.count() },
            importedAudit: trail.imported,
          };
        });
      } catch (error) {
        return refused(error);
      }
    },

    async listSafetyCopies() {
      const rows = await db.safetyCopies.orderBy('id').reverse().toArray();
      return rows.map(({ backup: _b, ...rest }) => rest);
    },

    async getSafetyCopy(id) {
      return (await db.safetyCopies.get(id))?.backup ?? null;
    },
  };
}
