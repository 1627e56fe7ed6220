// zod schemas for every IPC payload (both directions). Main parses every incoming payload with
// these before acting; the renderer may use them to check what it got back.
import { z } from 'zod';
import { isEncryptedBackup } from '../backup/crypto';

/** Upper bound for text saved through the dialog (a CSV export is far smaller). */
export const MAX_SAVE_BYTES = 50 * 1024 * 1024;
/** Upper bound for one backup's JSON text. */
export const MAX_BACKUP_CHARS = 200 * 1024 * 1024;

// Windows forbids these in file names; `/` and `\` would also make the name a path.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_NAME_CHARS = /[<>:"/\\|?*\u0000-\u001f\u007f]/;
const RESERVED_WINDOWS_NAMES = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

/** A bare file name (no folders) that is valid on Windows, macOS and Linux. */
export const FileNameSchema = z
  .string()
  .min(1, 'Filnavnet er tomt.')
  .max(200, 'Filnavnet er for langt (højst 200 tegn).')
  .refine((s) => !FORBIDDEN_NAME_CHARS.test(s), 'Filnavnet indeholder et ugyldigt tegn.')
  .refine(
    (s) => s.trim() === s && !s.endsWith('.'),
    'Filnavnet må ikke starte eller slutte med mellemrum eller punktum.',
  )
  .refine((s) => s !== '.' && s !== '..', 'Ugyldigt filnavn.')
  .refine((s) => !RESERVED_WINDOWS_NAMES.test(s), 'Filnavnet er reserveret af Windows.');

export const FileFilterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,10})$/, 'Ugyldig filendelse.'))
    .min(1)
    .max(10),
});

export const SaveFileRequestSchema = z.strictObject({
  suggestedName: FileNameSchema,
  /** Text, or bytes (a protected backup saved through the dialog, docs/rules.md §11). */
  content: z.union([
    z.string().max(MAX_SAVE_BYTES, 'Filen er for stor.'),
    z.instanceof(Uint8Array).refine((b) => b.length <= MAX_BACKUP_CHARS, 'Filen er for stor.'),
  ]),
  filters: z.array(FileFilterSchema).max(10).default([]),
});
/** What the renderer passes (filters may be left out). */
export type SaveFileRequest = z.input<typeof SaveFileRequestSchema>;

export const SaveFileResultSchema = z.strictObject({
  saved: z.boolean(),
  path: z.string().optional(),
});
export type SaveFileResult = z.infer<typeof SaveFileResultSchema>;

/** A document to save as PDF (docs/rules.md §12): only its file name travels; main prints the page. */
export const SavePdfRequestSchema = z.strictObject({
  suggestedName: FileNameSchema.refine((s) => /\.pdf$/i.test(s), 'Filnavnet skal ende på .pdf.'),
});
export type SavePdfRequest = z.input<typeof SavePdfRequestSchema>;

function isJsonText(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** A backup is the renderer's JSON export; main only checks it is JSON, never what it says. */
export const WriteBackupRequestSchema = z
  .string()
  .min(2, 'Backuppen er tom.')
  .max(MAX_BACKUP_CHARS, 'Backuppen er for stor.')
  .refine(isJsonText, 'Backuppen er ikke gyldig JSON.');

/** A protected backup (docs/rules.md §11): the envelope's bytes, starting with its magic. */
export const WriteEncryptedBackupSchema = z
  .instanceof(Uint8Array)
  .refine(
    (b) => b.length >= 8 && b.length <= MAX_BACKUP_CHARS,
    'Backuppen har en ugyldig størrelse.',
  )
  .refine(isEncryptedBackup, 'Backuppen er ikke en krypteret sikkerhedskopi.');

/** What `writeBackup` takes: the envelope's bytes, or JSON text when no password is chosen. */
export const WriteAnyBackupSchema = z.union([WriteEncryptedBackupSchema, WriteBackupRequestSchema]);

/** The backup key, base64 of its 32 bytes (44 characters), or null to forget the kept one. */
export const KeepBackupKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9+/]{43}=$/, 'Nøglen skal være 32 byte i base64.')
  .nullable();

export const KeepBackupKeyResultSchema = z.strictObject({
  kept: z.boolean(),
  /** Why the key is not kept (Danish), when it is not. */
  why: z.string().optional(),
});
export type KeepBackupKeyResult = z.infer<typeof KeepBackupKeyResultSchema>;

export const BackupInfoSchema = z.strictObject({
  /** File name inside the backup folder, e.g. `jobbasen-backup-2026-11-24T14-03-00Z.json`. */
  name: z.string(),
  /** When the backup was taken (ISO 8601, UTC). */
  takenAt: z.iso.datetime(),
  sizeBytes: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof BackupInfoSchema>;

export const BackupListSchema = z.array(BackupInfoSchema);

/** Handlers that take no payload accept exactly `undefined`. */
export const NoPayloadSchema = z.undefined();

export const BackupReasonSchema = z.enum(['quit', 'daily', 'manual']);
export type BackupReason = z.infer<typeof BackupReasonSchema>;

/** main → renderer: a request for a backup. */
export const BackupRequestSchema = z.strictObject({
  requestId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
  reason: BackupReasonSchema,
});
export type BackupRequest = z.infer<typeof BackupRequestSchema>;

/** renderer → main: the renderer could not answer this request. */
export const BackupDeclinedSchema = z.strictObject({
  requestId: BackupRequestSchema.shape.requestId,
  why: z.string().max(500),
});
export type BackupDeclined = z.infer<typeof BackupDeclinedSchema>;

/**
 * The operating-system account the app runs as (`os.userInfo().username`): the acting user in
 * the desktop app (docs/rules.md §13). Main checks what it answers with this, too.
 */
export const OsUserSchema = z.strictObject({
  username: z.string().trim().min(1, 'Kontonavnet er tomt.').max(256, 'Kontonavnet er for langt.'),
});
export type OsUser = z.infer<typeof OsUserSchema>;

export const AppVersionSchema = z.string().regex(/^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/);
