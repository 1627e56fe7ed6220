// A protected backup read a slice at a time (docs/rules.md §11): the envelope's chunks have a
// fixed size, so any plaintext range maps to the chunks holding it, and each chunk opens on its
// own — authenticated with its index and, for the final one, the last-chunk flag. The result is
// itself a blob: a reader of plain backup files (a browser `File`, read in slices) reads a
// protected one unchanged. A reader must go through to the end before trusting the content:
// only the final chunk proves that nothing was cut off.
import {
  BackupEnvelopeError,
  type BackupCryptoKey,
  ENVELOPE_MESSAGES,
  type KdfParams,
  MAX_HEADER_BYTES,
  TAG_BYTES,
  concat,
  openHeader,
  parseHeader,
} from './crypto';

/** What is read a slice at a time: a browser `File`/`Blob` fits, and so does the result. */
export interface SliceableBlob {
  readonly size: number;
  slice(start?: number, end?: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

const truncated = () => new BackupEnvelopeError('truncated', ENVELOPE_MESSAGES.truncated);

/**
 * Opens a protected backup for reading: checks the header and the key (`wrongPassword`, …,
 * thrown as `BackupEnvelopeError`) and returns the plaintext as a blob whose slices decrypt
 * the chunks they cover; a damaged chunk throws when its slice is read.
 */
export async function openEnvelopeBlob(
  blob: SliceableBlob,
  keyFor: (kdf: KdfParams) => Promise<BackupCryptoKey>,
): Promise<SliceableBlob> {
  const start = new Uint8Array(
    await blob.slice(0, Math.min(blob.size, MAX_HEADER_BYTES)).arrayBuffer(),
  );
  const header = parseHeader(start);
  if (!header)
    throw start.length < 8
      ? new BackupEnvelopeError('notEncrypted', ENVELOPE_MESSAGES.notEncrypted)
      : new BackupEnvelopeError('badHeader', ENVELOPE_MESSAGES.badHeader);
  const sealer = await openHeader(header, keyFor);
  const body = blob.size - header.bytes.length;
  const sealed = header.chunkBytes + TAG_BYTES;
  const chunks = Math.ceil(body / sealed);
  if (body < TAG_BYTES || body - (chunks - 1) * sealed < TAG_BYTES) throw truncated();
  const size = body - chunks * TAG_BYTES;

  const chunk = async (i: number): Promise<Uint8Array> => {
    const at = header.bytes.length + i * sealed;
    const bytes = new Uint8Array(
      await blob.slice(at, Math.min(at + sealed, blob.size)).arrayBuffer(),
    );
    return sealer.openAt(i, bytes, i === chunks - 1);
  };

  const clamp = (n: number | undefined, fallback: number) => {
    const v = n === undefined ? fallback : n < 0 ? size + n : n;
    return Math.max(0, Math.min(size, Math.trunc(v)));
  };

  return {
    size,
    slice(from, to) {
      const a = clamp(from, 0);
      const b = Math.max(a, clamp(to, size));
      return {
        async arrayBuffer() {
          if (a === b) return new ArrayBuffer(0);
          const first = Math.floor(a / header.chunkBytes);
          const last = Math.floor((b - 1) / header.chunkBytes);
          const parts: Uint8Array[] = [];
          for (let i = first; i <= last; i++) parts.push(await chunk(i));
          const offset = a - first * header.chunkBytes;
          return concat(...parts).slice(offset, offset + (b - a)).buffer;
        },
      };
    },
  };
}
