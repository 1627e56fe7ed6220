// The audit log, newest first: every change with who, when, before and after.
import type { DataApi } from '../../shared/data/api';
import type { AuditEntry } from '../../shared/records';
import type { DbContext } from './context';

export type AuditOperations = Pick<DataApi, 'listAudit'>;

export function auditOperations(ctx: DbContext): AuditOperations {
  const { db } = ctx;
  return {
    async listAudit(query = {}) {
      let rows: AuditEntry[];
      if (query.recordId !== undefined)
        rows = await db.auditLog.where('recordId').equals(query.recordId).toArray();
      else if (query.table !== undefined)
        rows = await db.auditLog.where('table').equals(query.table).toArray();
      else rows = await db.auditLog.toArray();
      if (query.table !== undefined) rows = rows.filter((r) => r.table === query.table);
      rows.sort((a, b) => (b.id ?? 0) - (a.id ?? 0));
      return query.limit !== undefined ? rows.slice(0, query.limit) : rows;
    },
  };
}
