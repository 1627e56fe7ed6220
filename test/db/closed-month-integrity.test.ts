// Issue 11, finding 6 in the data layer: a closed month's frozen results carry a hash of every
// figure (`resultsHash`); a restore re-hashes every closed month before it changes anything, and
// the app's export refuses a changed month in every profile, not only the closing one.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DATA_TABLES } from '../../renderer/db';
import { parseAnyBackup, serializeBackupLines } from '../../shared/backup';
import { payrollHash } from '../../shared/month';
import { DataError } from '../../shared/data/errors';
import { freshApi, seedOctober } from './helpers';

const at = { createdAt: '2026-11-30T12:00:00.000Z' };

async function closedOctober() {
  const fresh = await freshApi();
  await seedOctober(fresh.api);
  await fresh.api.closeMonth('2026-10', 'wage-types');
  return fresh;
}

describe('a closed month’s frozen results', () => {
  it('are hashed whole at closing', async () => {
    // Failed before: a month close had only the closing profile's file hash.
    const { api } = await closedOctober();
    const close = (await api.getMonthClose('2026-10'))!;
    expect(close.resultsHash).toBe(payrollHash(close.payroll));
  });

  it('changed in a re-sealed backup: the restore is refused and nothing changes', async () => {
    const { api } = await closedOctober();
    // The streamed file (docs/rules.md §11), changed and sealed again with a fresh trailer.
    const read = parseAnyBackup(await api.exportBackup(at));
    if (!read.ok) throw new Error(read.message);
    read.data.monthCloses[0]!.payroll.rows[0]!.result.grossPay = 9999.99;
    const resealed = serializeBackupLines(read.data, { ...at, appVersion: 'x' });

    const other = await freshApi();
    const before = await Promise.all(DATA_TABLES.map((t) => other.db.table(t).toArray()));
    const result = await other.api.restoreBackup(resealed);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/oktober 2026: de frosne tal passer ikke/);
    expect(await Promise.all(DATA_TABLES.map((t) => other.db.table(t).toArray()))).toEqual(before);
    expect((await other.api.previewBackup(resealed)).ok).toBe(false);
  });

  it('changed in the database: every profile’s export is refused, not only the closing one', async () => {
    // Failed before: the Excel file (not the closing profile) went out with the changed figure.
    const { api, db } = await closedOctober();
    const close = (await db.monthCloses.get('2026-10'))!;
    close.payroll.rows[0]!.result.grossPay = 9999.99;
    await db.monthCloses.put(close);
    for (const profile of ['excel', 'wage-types'] as const) {
      const error = await api.exportMonthCsv('2026-10', profile).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DataError);
      expect((error as DataError).message).toMatch(/^Den lukkede måned oktober 2026 giver ikke/);
    }
  });
});
