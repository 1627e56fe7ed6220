// The backup types of the DataApi (docs/rules.md §11): what a streamed backup is read from and
// written to, a preview and a restore's outcome, the safety copies.
import type { FieldIssue } from '../domain/errors';
import type { BackupData } from '../backup';

export type RestoreResult =
  | {
      ok: true;
      fromVersion: number;
      counts: Record<keyof BackupData, number>;
      safetyCopyId: number;
      /** Entries of the file's log that were new here, appended after the restore (§13). */
      importedAudit?: number;
    }
  | { ok: false; message: string; issues?: FieldIssue[] };

/** How many rows of each kind a backup (or the database) holds. */
export type BackupCounts = Record<keyof BackupData, number>;

/**
 * What a backup file would bring back, beside what is stored now, so a restore can ask first
 * (issue 10, finding 12). Reading it changes nothing; a file that would be refused says why.
 */
export type BackupPreview =
  | {
      ok: true;
      createdAt: string;
      fromVersion: number;
      counts: BackupCounts;
      current: BackupCounts;
    }
  | { ok: false; message: string; issues?: FieldIssue[] };

export interface SafetyCopyInfo {
  id?: number;
  takenAt: string;
  reason: string;
}

/**
 * A backup file as the data layer reads it: whole text (tests, small files) or anything that can
 * be read a slice at a time — a browser `File` or `Blob` fits — so a file of any size is read in
 * chunks, never held whole (issue 11, build item 5; docs/rules.md §11).
 */
export type BackupInput = string | BackupBlob | BackupTextSource;
export interface BackupBlob {
  readonly size: number;
  slice(start?: number, end?: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

/**
 * Text from any source that can be read again from the start (each `chunks()` is a new pass),
 * e.g. a protected file decrypted chunk by chunk. An error thrown while reading refuses the file.
 */
export interface BackupTextSource {
  chunks(): AsyncIterable<string>;
}

/**
 * Receives a streamed backup's text piece by piece, in order. May return a promise (a desktop
 * shell's file write); the next piece waits for it, so nothing piles up in memory.
 */
export type BackupSink = (chunk: string) => void | Promise<void>;

/** What a streamed backup wrote: its time, rows per table and the SHA-256 in its trailer. */
export interface BackupWritten {
  createdAt: string;
  counts: BackupCounts;
  sha256: string;
}
