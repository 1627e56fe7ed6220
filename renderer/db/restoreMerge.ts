// The write half of a restore (docs/rules.md §11): each table made exactly the file's rows by
// walking the file and the store side by side in primary-key order, as a merge. A stored row the
// file also has, unchanged (shared/backup sameRow), stays where it is; a changed or new one is
// put; a stored row the file lacks is deleted. Same end state as emptying the table and adding
// every row, in the same one transaction, but IndexedDB writes are most of a restore's time
// (~6 000 rows/s here, the clear of a million rows a minute more), and a restore mostly puts
// back rows that are already there: the backup of last night over today's data.
import { cmp, type IndexableType, type Table } from 'dexie';
import { DataError } from '../../shared/data/errors';
import { sameRow } from '../../shared/backup';

/** Stored rows read at a time while merging. */
const PAGE_ROWS = 5_000;

export class TableMerge {
  private stored: unknown[] = [];
  private at = 0;
  /** The key of the last stored row read; undefined before the first page. */
  private lastRead: IndexableType | undefined;
  private exhausted = false;
  private lastFileKey: IndexableType | undefined;

  /**
   * A table with a unique index (settingsVersions' `validFrom`) is emptied first instead: a
   * merge could put a row whose unique value a stored row further on still holds.
   */
  private emptyFirst: boolean;

  constructor(private readonly table: Table) {
    this.emptyFirst = table.schema.indexes.some((index) => index.unique);
  }

  private async begin(): Promise<void> {
    if (!this.emptyFirst) return;
    this.emptyFirst = false;
    await this.table.clear();
    this.exhausted = true;
  }

  private keyOf(row: unknown): IndexableType {
    const keyPath = this.table.schema.primKey.keyPath as string | string[];
    return (
      Array.isArray(keyPath)
        ? keyPath.map((p) => (row as Record<string, unknown>)[p])
        : (row as Record<string, unknown>)[keyPath]
    ) as IndexableType;
  }

  /** The next page of stored rows after the last one read; only Dexie promises (transaction). */
  private async readPage(): Promise<void> {
    const from =
      this.lastRead === undefined
        ? this.table.toCollection()
        : this.table.where(':id').above(this.lastRead);
    this.stored = (await from.limit(PAGE_ROWS).toArray()) as unknown[];
    this.at = 0;
    if (this.stored.length < PAGE_ROWS) this.exhausted = true;
    if (this.stored.length > 0) this.lastRead = this.keyOf(this.stored[this.stored.length - 1]);
  }

  /** The file's next rows of this table, ascending by key (the reader refuses any other order). */
  async write(rows: readonly unknown[]): Promise<void> {
    await this.begin();
    const put: unknown[] = [];
    const gone: IndexableType[] = [];
    for (const row of rows) {
      const key = this.keyOf(row);
      // Never expected (the line reader checks the order); a merge out of order would be wrong.
      if (this.lastFileKey !== undefined && cmp(key, this.lastFileKey) <= 0)
        throw new DataError(
          'RESTORE_REFUSED',
          `Sikkerhedskopiens rækker i ${this.table.name} står ikke i nøgleorden.`,
        );
      this.lastFileKey = key;
      let same = false;
      for (;;) {
        if (this.at >= this.stored.length) {
          if (this.exhausted) break;
          await this.readPage();
          continue;
        }
        const head = this.stored[this.at];
        const c = cmp(this.keyOf(head), key);
        if (c > 0) break;
        this.at += 1;
        if (c < 0) {
          gone.push(this.keyOf(head));
          continue;
        }
        same = sameRow(head, row);
        break;
      }
      if (!same) put.push(row);
    }
    if (gone.length > 0) await this.table.bulkDelete(gone);
    if (put.length > 0) await this.table.bulkPut(put);
  }

  /** After the file's last row: every stored row not yet met is not in the file. */
  async finish(): Promise<void> {
    await this.begin();
    const gone = this.stored.slice(this.at).map((row) => this.keyOf(row));
    this.stored = [];
    this.at = 0;
    if (gone.length > 0) await this.table.bulkDelete(gone);
    if (this.exhausted) return;
    const rest =
      this.lastRead === undefined
        ? this.table.toCollection()
        : this.table.where(':id').above(this.lastRead);
    await rest.delete();
    this.exhausted = true;
  }
}
