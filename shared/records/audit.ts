// The audit log (issue 3 § 1): every change, when, by whom (initials), what, old → new; since
// schema version 4 also what was seen or taken out (a CPR number revealed, an export, a backup),
// the operating-system account in the desktop app, and a hash chain (docs/rules.md §13).
import { z } from 'zod';
import { initials, timestamp } from './common';

export const AUDIT_TABLES = [
  'citizens',
  'grants',
  'wageDecisions',
  'attendance',
  'settingsVersions',
  'monthCloses',
  'database',
  'imports',
  'workAreas',
  'exportTemplates',
] as const;
export type AuditTable = (typeof AUDIT_TABLES)[number];

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'end',
  'close',
  'reopen',
  'restore',
  'upgrade',
  /** A CPR number shown in full ("Vis"). */
  'reveal',
  /** A payroll file (either profile, or a difference file) saved. */
  'export',
  /** A backup taken: downloaded, or written by the desktop app (on quit, daily, from the menu). */
  'backup',
  /** A spreadsheet import (docs/rules.md §14), and its undoing. */
  'import',
  'undo',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

const json: z.ZodType<unknown> = z.unknown();
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'skal være en SHA-256 (64 hex-tegn)' });

export const AuditEntrySchema = z.strictObject({
  /** Auto-increment key: absent until stored. */
  id: z.number().int().positive().optional(),
  at: timestamp,
  by: initials,
  table: z.enum(AUDIT_TABLES),
  recordId: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  before: json.optional(),
  after: json.optional(),
  reason: z.string().optional(),
  /** The operating-system account that acted (desktop app); `by` is its initials for display. */
  account: z.string().min(1).max(256).optional(),
  /**
   * An entry copied from a restored backup's log: its id and hash there (docs/rules.md §13);
   * here it is chained anew after the restore entry.
   */
  imported: z
    .strictObject({ id: z.number().int().positive().optional(), hash: sha256.optional() })
    .optional(),
  /** SHA-256 of the previous entry's hash and this entry's content (shared/audit/chain.ts). */
  hash: sha256.optional(),
});
export type AuditEntry = z.output<typeof AuditEntrySchema>;
