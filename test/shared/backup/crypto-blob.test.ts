// The protected backup read a slice at a time (shared/backup/crypto-blob.ts) and written piece
// by piece (createEnvelopeWriter): the shapes the streamed backup reader and writer plug into
// (docs/rules.md §11). Any slice reads the same bytes as the plaintext; a damaged, reordered or
// cut-off file throws when the part that shows it is read.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type BackupKey,
  BackupEnvelopeError,
  createEnvelopeWriter,
  deriveBackupKey,
  encryptChunks,
  newKdfParams,
} from '../../../shared/backup/crypto';
import { openEnvelopeBlob } from '../../../shared/backup/crypto-blob';

let backupKey: BackupKey;
let otherKey: BackupKey;
const keyFor = () => Promise.resolve(backupKey.key);
const CHUNK = 32;

async function sealed(plain: Uint8Array, chunkBytes = CHUNK): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for await (const c of encryptChunks(backupKey, [plain], { chunkBytes })) out.push(c);
  return out;
}
const blobOf = (parts: Uint8Array[]) => new Blob(parts.map((p) => new Uint8Array(p)));
const read = async (
  b: { slice(a?: number, z?: number): { arrayBuffer(): Promise<ArrayBuffer> } },
  a?: number,
  z?: number,
) => new Uint8Array(await b.slice(a, z).arrayBuffer());

beforeAll(async () => {
  const kdf = newKdfParams();
  backupKey = await deriveBackupKey('en lang adgangskode', kdf);
  otherKey = await deriveBackupKey('en anden adgangskode', kdf);
}, 60_000);

describe('openEnvelopeBlob', () => {
  it('any slice of any file reads the plaintext bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 400 }),
        fc.integer({ min: 16, max: 100 }),
        fc.integer({ min: -50, max: 450 }),
        fc.integer({ min: -50, max: 450 }),
        async (plain, chunkBytes, a, z) => {
          const blob = await openEnvelopeBlob(blobOf(await sealed(plain, chunkBytes)), keyFor);
          expect(blob.size).toBe(plain.length);
          expect(await read(blob)).toEqual(plain);
          expect(await read(blob, a, z)).toEqual(plain.slice(a, z));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('a wrong password throws before any slice', async () => {
    const parts = await sealed(new Uint8Array(100));
    await expect(
      openEnvelopeBlob(blobOf(parts), () => Promise.resolve(otherKey.key)),
    ).rejects.toMatchObject({ reason: 'wrongPassword' });
  });

  it('a flipped byte, swapped chunks or a missing end throw when read', async () => {
    const plain = Uint8Array.from({ length: 200 }, (_, i) => i);
    const [h, ...chunks] = await sealed(plain);
    const flipped = chunks.map((c) => c.slice());
    flipped[2]![5]! ^= 1;
    const reading = async (parts: Uint8Array[]) =>
      read(await openEnvelopeBlob(blobOf(parts), keyFor));
    await expect(reading([h!, ...flipped])).rejects.toMatchObject({ reason: 'tampered' });
    await expect(reading([h!, chunks[1]!, chunks[0]!, ...chunks.slice(2)])).rejects.toBeInstanceOf(
      BackupEnvelopeError,
    );
    await expect(reading([h!, ...chunks.slice(0, -1)])).rejects.toMatchObject({
      reason: 'truncated',
    });
    await expect(reading([h!])).rejects.toMatchObject({ reason: 'truncated' });
    const cut = blobOf([h!, ...chunks]).slice(0, 30);
    await expect(openEnvelopeBlob(cut, keyFor)).rejects.toBeInstanceOf(BackupEnvelopeError);
    // The untouched file reads whole.
    expect(await reading([h!, ...chunks])).toEqual(plain);
  });
});

describe('createEnvelopeWriter', () => {
  it('pushed pieces give the same plaintext back, and a reused buffer is not read late', async () => {
    const writer = await createEnvelopeWriter(backupKey, { chunkBytes: CHUNK });
    const out: Uint8Array[] = [writer.header];
    const buffer = new Uint8Array(10);
    const expected: number[] = [];
    for (let round = 0; round < 25; round++) {
      buffer.fill(round);
      expected.push(...buffer);
      out.push(...(await writer.push(buffer)));
    }
    out.push(await writer.end());
    const blob = await openEnvelopeBlob(blobOf(out), keyFor);
    expect(await read(blob)).toEqual(Uint8Array.from(expected));
    await expect(writer.push(new Uint8Array(1))).rejects.toThrow(/afsluttet/);
  });
});
