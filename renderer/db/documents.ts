// The document settings (docs/rules.md §12): the user list (initials → name, title) and the appeal
// text. They are kept as audit entries (table `database`, record `documentSettings`), the latest
// being in force: the audit log is in every backup and comes back with a restore, so no new table
// and no schema version were needed, and every change is audited by being one.
import type { DataApi } from '../../shared/data/api';
import {
  DocumentSettingsSchema,
  EMPTY_DOCUMENT_SETTINGS,
  type DocumentSettings,
} from '../../shared/documents/settings';
import type { DbContext } from './context';

export type DocumentOperations = Pick<DataApi, 'getDocumentSettings' | 'saveDocumentSettings'>;

export const DOCUMENT_SETTINGS_RECORD = 'documentSettings';

export function documentOperations(ctx: DbContext): DocumentOperations {
  const { db } = ctx;

  async function current(): Promise<DocumentSettings> {
    const rows = await db.auditLog.where('recordId').equals(DOCUMENT_SETTINGS_RECORD).toArray();
    const latest = rows
      .filter((r) => r.table === 'database')
      .sort((a, b) => (b.id ?? 0) - (a.id ?? 0))[0];
    const parsed = DocumentSettingsSchema.safeParse(latest?.after);
    return parsed.success ? parsed.data : EMPTY_DOCUMENT_SETTINGS;
  }

  return {
    getDocumentSettings: current,

    async saveDocumentSettings(input) {
      const next = ctx.parse(DocumentSettingsSchema, input, 'Brugere og klagevejledning');
      return ctx.write(['auditLog', 'meta'], async () => {
        const before = await current();
        await ctx.audit('database', DOCUMENT_SETTINGS_RECORD, 'update', before, next);
        return next;
      });
    },
  };
}
