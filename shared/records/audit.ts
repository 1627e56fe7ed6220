// The audit log (issue 3 § 1): every change, when, by whom (initials), what, old → new.
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
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

const json: z.ZodType<unknown> = z.unknown();

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
});
export type AuditEntry = z.output<typeof AuditEntrySchema>;
