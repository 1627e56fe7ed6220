import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATA_TABLES, SCHEMA_VERSION } from '../../renderer/db';
import type { AuditEntry } from '../../shared/records';
import { parseAnyBackup } from '../../shared/backup';
import { freshApi, seedOctober } from './helpers';

const here = dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => readFileSync(resolve(here, '../fixtures/backup', name), 'utf8');

type Fresh = Awaited<ReturnType<typeof freshApi>>;

async function snapshot(db: Fresh['db']) {
  const out: Record<string, unknown> = {};
  for (const t of [...DATA_TABLES, 'safetyCopies', 'meta']) out[t] = await db.table(t).toArray();
  return JSON.stringify(out);
}

describe('backup and restore', () => {
  it('backup → restore → backup gives the same data', async () => {
    const a = await freshApi();
    await seedOctober(a.api);
    await a.api.closeMonth('2026-10', 'excel');
    const first = await a.api.exportBackup({ createdAt: '2026-11-30T12:00:00.000Z' });

    const b = await freshApi();
    const restored = await b.api.restoreBackup(first);
    expect(restored).toMatchObject({ ok: true, fromVersion: SCHEMA_VERSION });
    // The restore is logged after the file's own log, which is appended, not swapped in
    // (docs/rules.md §13): the same entries, marked with their id and hash in the file.
    const log = await b.db.auditLog.orderBy(':id').toArray();
    expect(log.at(-1)).toMatchObject({ action: 'restore', by: 'ABC' });
    const fileLog = dataOf(first).auditLog as AuditEntry[];
    const strip = ({ id: _i, hash: _h, imported: _m, ...e }: AuditEntry) => e;
    expect(log.slice(0, -1).map(strip)).toEqual(fileLog.map(strip));
    expect(log.slice(0, -1).map((e) => e.imported)).toEqual(
      fileLog.map((e) => ({ id: e.id, hash: e.hash })),
    );
    const second = await b.api.exportBackup({ createdAt: '2026-11-30T12:00:00.000Z' });
    const withoutLog = (text: string) => ({ ...dataOf(text), auditLog: undefined });
    expect(withoutLog(second)).toEqual(withoutLog(first));
    // And the closed month still exports the same bytes.
    expect((await b.api.exportMonthCsv('2026-10', 'excel')).content).toBe(
      (await a.api.exportMonthCsv('2026-10', 'excel')).content,
    );
  });

  it('takes a safety copy of the current data before replacing it', async () => {
    const { api, db } = await freshApi();
    await seedOctober(api);
    const before = await api.exportBackup({ createdAt: '2026-11-30T12:00:00.000Z' });
    const result = await api.restoreBackup(fixture('backup-v2.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.counts.citizens).toBe(5);
    // The safety copy is a streamed file kept as a Blob (docs/rules.md §11).
    const copy = await api.getSafetyCopy(result.safetyCopyId);
    expect(copy).toBeInstanceOf(Blob);
    const copyRead = parseAnyBackup(await (copy as Blob).text());
    const beforeRead = parseAnyBackup(before);
    expect(copyRead.ok && beforeRead.ok).toBe(true);
    if (copyRead.ok && beforeRead.ok) expect(copyRead.data).toEqual(beforeRead.data);
    expect(await db.citizens.count()).toBe(5);
    // The closed month in the file re-exports exactly what it was closed with.
    const csv = await api.exportMonthCsv('2026-10', 'wage-types');
    expect(csv.frozen).toBe(true);
    expect(csv.sha256).toBe((await api.getMonthClose('2026-10'))!.fileHash);
  });

  it('migrates an old-version backup on restore', async () => {
    const { api } = await freshApi();
    const result = await api.restoreBackup(fixture('backup-v1.json'));
    expect(result).toMatchObject({ ok: true, fromVersion: 1 });
    expect((await api.getSettingsForMonth('2026-10')).settings.kmRate).toBe(2.19);
    expect((await api.listCitizens({ includeEnded: true })).map((c) => c.name)).toEqual([
      'Anna Ærø',
      'Erik',
    ]);
    const month = await api.getMonth('2026-10');
    expect(month.results.rows[0]!.result.grossPay).toBe(232.25);
  });

  it('refuses every mangled file and leaves the database exactly as it was (fuzz)', async () => {
    const { api, db } = await freshApi();
    await seedOctober(api);
    const good = fixture('backup-v2.json');

    const mangle = fc.oneof(
      fc
        .integer({ min: 0, max: good.length - 1 })
        .map((n) => ({ how: 'truncate', text: good.slice(0, n) })),
      fc
        .tuple(fc.integer({ min: 0, max: good.length - 1 }), fc.integer({ min: 1, max: 0xffff }))
        .map(([i, x]) => {
          const c = String.fromCharCode(good.charCodeAt(i) ^ x);
          return { how: 'flip', text: good.slice(0, i) + c + good.slice(i + 1) };
        }),
      fc
        .oneof(fc.integer({ min: -5, max: 99 }), fc.constant(Number.NaN))
        .filter((v) => v !== 1 && v !== 2)
        .map((v) => ({
          how: 'version',
          text: good.replace('"version": 2', `"version": ${String(v)}`),
        })),
      fc.json().map((text) => ({ how: 'foreign', text })),
      fc
        .string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 })
        .map((h) => ({
          how: 'checksum',
          text: good.replace(/"value": "[0-9a-f]{64}"/, `"value": "${h}"`),
        })),
    );

    await fc.assert(
      fc.asyncProperty(mangle, async ({ text }) => {
        const before = await snapshot(db);
        const result = await api.restoreBackup(text);
        // A flip inside insignificant whitespace can leave a valid file: that one may restore.
        if (result.ok) return textIsEquivalent(text, good);
        expect(result.message).toMatch(/[æøåÆØÅ]|Sikkerhedskopi|Filen/);
        expect(await snapshot(db)).toBe(before);
        return true;
      }),
      { numRuns: 150 },
    );
  });
});

/** The data of a backup file (the streamed layout, docs/rules.md §11). */
function dataOf(text: string) {
  const read = parseAnyBackup(text);
  if (!read.ok) throw new Error(read.message);
  return read.data;
}

function textIsEquivalent(text: string, good: string): boolean {
  try {
    return JSON.stringify(JSON.parse(text)) === JSON.stringify(JSON.parse(good));
  } catch {
    return false;
  }
}
