// The audit log, newest first: every change with who, when, before and after.
import type { DataApi } from '../../shared/data/api';
import { auditCitizenId } from '../../shared/audit/describe';
import type { AuditEntry } from '../../shared/records';
import type { DbContext } from './context';

export type AuditOperations = Pick<DataApi, 'listAudit'>;

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
  };
}
