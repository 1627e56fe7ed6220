// zod schemas for every IPC payload (both directions). Main parses every incoming payload with
// these before acting; the renderer may use them to check what it got back.
import { z } from 'zod';

/** Upper bound for text saved whole through the dialog (a CSV export is far smaller). */
export const MAX_SAVE_BYTES = 50 * 1024 * 1024;
/**
 * Upper bound for one piece of a streamed file (the renderer sends about 1 MB at a time). A whole
 * file has no bound but the disk (issue 11, finding 9; docs/rules.md §11).
 */
export const MAX_CHUNK_CHARS = 16 * 1024 * 1024;

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
  /** Text, or bytes. Backups, of any size, are streamed instead (FileStreamBeginSchema). */
  content: z.union([
    z.string().max(MAX_SAVE_BYTES, 'Filen er for stor.'),
    z.instanceof(Uint8Array).refine((b) => b.length <= MAX_SAVE_BYTES, 'Filen er for stor.'),
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

/**
 * Starts a streamed file: a backup into the backup folder, or a file the person saves through the
 * save dialog (a manual backup). Main answers with an id, or null when the dialog was cancelled.
 */
export const FileStreamBeginSchema = z.discriminatedUnion('kind', [
  /** `encrypted`: the protected envelope's bytes, named `.jlbak` (docs/rules.md §11). */
  z.strictObject({ kind: z.literal('backup'), encrypted: z.boolean().default(false) }),
  z.strictObject({
    kind: z.literal('save'),
    suggestedName: FileNameSchema,
    filters: z.array(FileFilterSchema).max(10).default([]),
  }),
]);
export type FileStreamBegin = z.input<typeof FileStreamBeginSchema>;

export const FileStreamIdSchema = z.string().regex(/^[0-9a-f]{32}$/, 'Ugyldigt fil-id.');

export const FileStreamChunkSchema = z.strictObject({
  id: FileStreamIdSchema,
  chunk: z.union([
    z.string().min(1).max(MAX_CHUNK_CHARS, 'Stykket er for stort.'),
    z
      .instanceof(Uint8Array)
      .refine((b) => b.length >= 1 && b.length <= MAX_CHUNK_CHARS, 'Stykket er for stort.'),
  ]),
});
export type FileStreamChunk = z.infer<typeof FileStreamChunkSchema>;

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

/** A finished streamed file: where it is, and for a backup what was written. */
export interface FileStreamResult {
  path: string;
  backup?: BackupInfo;
}

/**
 * The automatic backups' state, shown to the person (issue 11, build item 6): when one was last
 * written, and the last failure if none has succeeded since (the notice stays until one does).
 */
export const BackupStatusSchema = z.strictObject({
  lastWrittenAt: z.iso.datetime().nullable(),
  failure: z.strictObject({ at: z.iso.datetime(), message: z.string().max(1000) }).nullable(),
});
export type BackupStatus = z.infer<typeof BackupStatusSchema>;

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
