// The audit log, newest first: every change with who, when, before and after; what was seen or
// taken out (a CPR number, a payroll file, a backup); and its hash chain (docs/rules.md §13).
import type { DataApi } from '../../shared/data/api';
import { AccessEventSchema } from '../../shared/audit/access';
import {
  AUDIT_GENESIS,
  chainEntry,
  createChainVerifier,
  verifyAuditChain,
} from '../../shared/audit/chain';
import { auditCitizenId } from '../../shared/audit/describe';
import type { AuditEntry } from '../../shared/records';
import type { DbContext } from './context';
import { AUDIT_HEAD_KEY } from './schema';

export type AuditOperations = Pick<DataApi, 'listAudit' | 'recordAccess' | 'verifyAudit'>;

/** How many entries the chain check reads at a time (bounded memory on a long log). */
const VERIFY_PAGE = 2000;

export function auditOperations(ctx: DbContext): AuditOperations {
  const { db } = ctx;
  return {
    async listAudit(query = {}) {
      if (query.recordId !== undefined || query.table !== undefined) {
        let rows: AuditEntry[];
        if (query.recordId !== undefined)
          rows = await db.auditLog.where('recordId').equals(query.recordId).toArray();
        else rows = await db.auditLog.where('table').equals(query.table!).toArray();
        if (query.table !== undefined) rows = rows.filter((r) => r.table === query.table);
        if (query.before !== undefined) rows = rows.filter((r) => (r.id ?? 0) < query.before!);
        rows.sort((a, b) => (b.id ?? 0) - (a.id ?? 0));
        return query.limit !== undefined ? rows.slice(0, query.limit) : rows;
      }
      // A page of the whole log walks the primary key backwards from `before` and stops after
      // `limit` entries (the citizen filter is applied on the way), so no page loads the log.
      const from =
        query.before !== undefined
          ? db.auditLog.where(':id').below(query.before)
          : db.auditLog.toCollection();
      let rows = from.reverse();
      const { citizenId } = query;
      if (citizenId !== undefined) rows = rows.filter((e) => auditCitizenId(e) === citizenId);
      if (query.limit !== undefined) rows = rows.limit(query.limit);
      return rows.toArray();
    },

    async recordAccess(input) {
      const event = ctx.parse(AccessEventSchema, input, 'Logbogens post');
      await ctx.write(['auditLog', 'meta'], async () => {
        if (event.kind === 'cprReveal') {
          // Only what was shown, never the number itself (docs/rules.md §13).
          await ctx.audit('citizens', event.citizenId, 'reveal', undefined, { field: 'cpr' });
        } else if (event.kind === 'export') {
          const { kind: _k, month, ...file } = event;
          await ctx.audit('monthCloses', month, 'export', undefined, {
            kind: file.profile === 'difference' ? 'difference' : 'csv',
            ...file,
          });
        } else if (event.kind === 'document') {
          // docs/rules.md §12: a document printed or saved, under its citizen or else its month.
          const { kind: _k, citizenId, ...doc } = event;
          if (citizenId)
            await ctx.audit('citizens', citizenId, 'export', undefined, {
              kind: 'document',
              ...doc,
            });
          else
            await ctx.audit('monthCloses', doc.month ?? 'dokument', 'export', undefined, {
              kind: 'document',
              ...doc,
            });
        } else {
          const { kind: _k, reason, ...file } = event;
          await ctx.audit('database', 'backup', 'backup', undefined, { kind: reason, ...file });
        }
      });
    },

    /** Reads the log a page at a time in id order, in one read transaction with the head. */
    async verifyAudit() {
      return ctx.read(['auditLog', 'meta'], async () => {
        const verifier = createChainVerifier();
        let after = 0;
        for (;;) {
          const page = await db.auditLog.where(':id').above(after).limit(VERIFY_PAGE).toArray();
          if (page.length === 0 || !verifier.add(page)) break;
          after = page.at(-1)!.id!;
        }
        const head = await db.meta.get(AUDIT_HEAD_KEY);
        return verifier.result((head?.value as { id: number; hash: string } | undefined) ?? null);
      });
    },
  };
}

/** What a restore did to the audit trail (kept in its entry and returned to the caller). */
export interface RestoreTrail {
  /** How many entries of the file's log were new here and are appended after the restore entry. */
  imported: number;
}

/**
 * A restore appends to the trail instead of replacing it (docs/rules.md §13): the log here stays;
 * each entry of the file's log not already here (by its hash, or the hash it was imported with)
 * is appended, marked `imported` with its id and hash there, chained anew; then one entry records
 * the replaced trail's head, the file's digest and the file's own log (count, last hash, intact or
 * not, how many were new). Restoring a backup taken on this PC therefore adds only the restore
 * entry. Inside the restore's write transaction.
 */
export async function appendRestoreTrail(
  ctx: DbContext,
  fileLog: readonly AuditEntry[],
  restore: { before: Record<string, unknown>; after: Record<string, unknown> },
): Promise<RestoreTrail> {
  const { db } = ctx;
  const who = await ctx.identity();
  const replaced = await ctx.auditHead();
  const known = new Set<string>();
  await db.auditLog.each((e) => {
    if (e.hash) known.add(e.hash);
    if (e.imported?.hash) known.add(e.imported.hash);
  });
  const sorted = [...fileLog].sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  const fresh = sorted.filter(
    (e) => !(e.hash && known.has(e.hash)) && !(e.imported?.hash && known.has(e.imported.hash)),
  );
  const fileChain = verifyAuditChain(sorted);
  const count = await db.auditLog.count();
  // The file's new entries first, as one chained batch (a file of 100,000 entries is one
  // bulkAdd), then the restore entry, which seals them: it is the newest entry of the log.
  let prev = replaced?.hash ?? AUDIT_GENESIS;
  const rows = fresh.map((e) => {
    const { id, hash, imported, ...content } = e;
    const origin = imported ?? { ...(id !== undefined ? { id } : {}), ...(hash ? { hash } : {}) };
    const row = chainEntry(prev, { ...content, imported: origin });
    prev = row.hash!;
    return row;
  });
  if (rows.length > 0) {
    const lastId = await db.auditLog.bulkAdd(rows);
    await db.meta.put({ key: AUDIT_HEAD_KEY, value: { id: lastId, hash: prev } });
  }
  await ctx.appendAudit({
    at: ctx.now(),
    by: who.initials,
    ...(who.account !== undefined ? { account: who.account } : {}),
    table: 'database',
    recordId: 'backup',
    action: 'restore',
    before: { ...restore.before, trail: { head: replaced, count } },
    after: {
      ...restore.after,
      fileTrail: {
        count: sorted.length,
        lastHash: sorted.at(-1)?.hash ?? null,
        intact: fileChain.intact,
        imported: fresh.length,
      },
    },
  });
  return { imported: fresh.length };
}

/** SHA-256 (hex) of a file's text as UTF-8: WebCrypto, outside any transaction (it is async). */
export async function fileDigest(text: string): Promise<string> {
  const bytes = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
