// What a streamed backup is read from and written to (docs/rules.md §11), for the DataApi.
import type { BackupData } from '../backup';

type BackupCounts = Record<keyof BackupData, number>;

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
