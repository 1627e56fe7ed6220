// What was seen or taken out of the app, audited like a change (docs/rules.md §13): a CPR number
// revealed, a payroll file saved, a backup taken. The data layer checks each event with this.
import { z } from 'zod';
import { id, isoMonth } from '../records/common';
import { templateName } from '../export/template';

const fileName = z.string().min(1).max(260);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'skal være en SHA-256 (64 hex-tegn)' });

/** How a backup came to be: downloaded in Indstillinger, or written by the desktop app. */
export const BACKUP_KINDS = ['download', 'quit', 'daily', 'manual'] as const;

/** The documents of docs/rules.md §12, and how one left the app. */
export const DOCUMENT_KINDS = [
  'decisionLetter',
  'statement',
  'yearSummary',
  'monthReport',
  'attendanceSheet',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_WAYS = ['print', 'pdf', 'csv'] as const;

export const AccessEventSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('cprReveal'), citizenId: id }),
  z.strictObject({
    kind: z.literal('export'),
    month: isoMonth,
    /**
     * The export template's name (`excel`, `wage-types`, a preset or a saved one, docs/rules.md
     * §9), or `difference` for a difference file (§10).
     */
    profile: templateName,
    fileName,
    sha256,
  }),
  z.strictObject({
    kind: z.literal('backup'),
    reason: z.enum(BACKUP_KINDS),
    fileName: fileName.optional(),
    /** The backup file's `createdAt`: which file it was. */
    createdAt: z.string().max(40).optional(),
    /** Encrypted with the backup password (docs/rules.md §11), or plain by choice. */
    encrypted: z.boolean().optional(),
  }),
  z.strictObject({
    kind: z.literal('document'),
    document: z.enum(DOCUMENT_KINDS),
    /** The print dialog opened, a PDF saved (desktop app) or a CSV saved. */
    how: z.enum(DOCUMENT_WAYS),
    /** The month it is about (a statement, report or sheet); a year summary gives its year's first. */
    month: isoMonth.optional(),
    /** The citizen it is about, when one (a letter, one statement, a year summary). */
    citizenId: id.optional(),
    /**
     * The work area it was limited to, by its name then (statements or an attendance sheet of
     * one area, docs/rules.md §6): the log still says which after a rename or a deletion.
     */
    area: z.string().trim().min(1).max(60).optional(),
    fileName: fileName.optional(),
  }),
]);
export type AccessEvent = z.input<typeof AccessEventSchema>;
