// Streamed backup and restore through the data layer (issue 11, build item 5; docs/rules.md §11):
// more rows than one page, a sink that answers later (the desktop shell's file write), a file read
// a slice at a time, and a file that changes between the check and the write.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BackupBlob } from '../../shared/data/api';
import { DATA_TABLES } from '../../renderer/db';
import { freshApi, seedOctober } from './helpers';

type Fresh = Awaited<ReturnType<typeof freshApi>>;

/** Adds `perCitizen` attendance rows to every citizen (more than one 5 000-row page in all). */
async function addManyDays(f: Fresh, perCitizen: number) {
  const citizens = await f.db.citizens.toArray();
  const rows = [];
  for (const c of citizens)
    for (let d = 0; d < perCitizen; d++) {
      const date = new Date(Date.UTC(2000, 0, 1 + d)).toISOString().slice(0, 10);
      rows.push({ citizenId: c.id, date, hours: 1.5, updatedAt: '2026-01-01T08:00:00.000Z' });
    }
  await f.db.attendance.bulkPut(rows);
}

async function snapshot(db: Fresh['db']) {
  const out: Record<string, unknown> = {};
  for (const t of DATA_TABLES) out[t] = await db.table(t).toArray();
  return JSON.stringify(out);
}

/** A Blob-like file read a slice at a time; `change` may alter what later reads see. */
function sliced(text: string, onRead?: (reads: number) => string | undefined): BackupBlob {
  const bytes = new TextEncoder().encode(text);
  let reads = 0;
  return {
    size: bytes.length,
    slice(start = 0, end = bytes.length) {
      reads += 1;
      const now = onRead?.(reads);
      const source = now === undefined ? bytes : new TextEncoder().encode(now);
      return { arrayBuffer: async () => source.slice(start, end).buffer };
    },
  };
}

describe('streamed backup through the data layer', () => {
  it('writes several pages in pieces to a slow sink and restores them from a sliced file', async () => {
    const a = await freshApi({ backupChunkChars: 64 * 1024 });
    await seedOctober(a.api);
    await addManyDays(a, 2_500);
    const chunks: string[] = [];
    const written = await a.api.streamBackup(
      (chunk) => new Promise<void>((ok) => setTimeout(() => (chunks.push(chunk), ok()), 1)),
      { createdAt: '2026-11-30T12:00:00.000Z' },
    );
    const attendance = await a.db.attendance.count();
    expect(attendance).toBeGreaterThan(5_000);
    expect(written.counts.attendance).toBe(attendance);
    expect(chunks.length).toBeGreaterThan(1);
    const text = chunks.join('');
    expect(text).toBe(await a.api.exportBackup({ createdAt: '2026-11-30T12:00:00.000Z' }));

    const b = await freshApi();
    const restored = await b.api.restoreBackup(sliced(text));
    expect(restored).toMatchObject({ ok: true, counts: { attendance } });
    expect(await b.db.attendance.count()).toBe(attendance);
    const again = await b.api.exportBackup({ createdAt: '2026-11-30T12:00:00.000Z' });
    // The same rows come back (the restore adds its own audit entry at the end).
    expect(again.split('\n').filter((l) => l.startsWith('{"citizenId"'))).toEqual(
      text.split('\n').filter((l) => l.startsWith('{"citizenId"')),
    );
  }, 60_000);

  it('a file that changes between the check and the write rolls everything back', async () => {
    const a = await freshApi();
    await seedOctober(a.api);
    const text = await a.api.exportBackup();
    const b = await freshApi();
    await seedOctober(b.api);
    const before = await snapshot(b.db);
    const copies = await b.db.safetyCopies.count();
    // The first read (the check) sees the file; later reads (the write pass) a damaged one.
    const file = sliced(text, (reads) => (reads > 1 ? text.replace('Anna', 'Anne') : undefined));
    const result = await b.api.restoreBackup(file);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/intet er ændret/) });
    expect(await snapshot(b.db)).toBe(before);
    expect(await b.db.safetyCopies.count()).toBe(copies);
  });

  it('refuses every cut-off or changed streamed file and leaves the database as it was (fuzz)', async () => {
    const a = await freshApi();
    await seedOctober(a.api);
    const good = await a.api.exportBackup();
    const { api, db } = await freshApi();
    await seedOctober(api);
    const mangle = fc.oneof(
      fc.integer({ min: 0, max: good.length - 2 }).map((n) => good.slice(0, n)),
      // Any character but the final newline: that one is no content (see the last check), and
      // turned into JSON whitespace (`\r`) the file is still the same file.
      fc
        .tuple(fc.integer({ min: 0, max: good.length - 2 }), fc.integer({ min: 1, max: 0xffff }))
        .map(
          ([i, x]) =>
            good.slice(0, i) + String.fromCharCode(good.charCodeAt(i) ^ x) + good.slice(i + 1),
        ),
    );
    await fc.assert(
      fc.asyncProperty(mangle, async (text) => {
        const before = await snapshot(db);
        const result = await api.restoreBackup(text);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.message).toMatch(/Sikkerhedskopi|Filen/);
        expect(await snapshot(db)).toBe(before);
      }),
      { numRuns: 100 },
    );
    // Only the final newline missing is the same file.
    expect((await api.restoreBackup(good.slice(0, -1))).ok).toBe(true);
  }, 120_000);
});
