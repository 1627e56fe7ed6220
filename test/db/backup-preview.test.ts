// A restore asks first (issue 10, finding 12): previewBackup shows the file's date and counts
// beside what is stored now, and changes nothing; the latest safety copy restores back.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../renderer/db';
import { freshApi, seedOctober } from './helpers';

describe('previewBackup', () => {
  it('shows the file beside the database and writes nothing', async () => {
    const a = await freshApi();
    await seedOctober(a.api);
    const file = await a.api.exportBackup({ createdAt: '2026-11-20T12:00:00.000Z' });
    const citizens = await a.db.citizens.count();

    const b = await freshApi();
    const preview = await b.api.previewBackup(file);
    expect(preview).toMatchObject({
      ok: true,
      createdAt: '2026-11-20T12:00:00.000Z',
      fromVersion: SCHEMA_VERSION,
      counts: { citizens },
      current: { citizens: 0, attendance: 0 },
    });
    expect(await b.db.citizens.count()).toBe(0);
    expect(await b.api.listSafetyCopies()).toEqual([]);
  });

  it('says why a file would be refused', async () => {
    const { api } = await freshApi();
    const preview = await api.previewBackup('{"format":"noget andet"}');
    expect(preview.ok).toBe(false);
    if (!preview.ok) expect(preview.message).toMatch(/[æøå]|sikkerhedskopi|fil/i);
  });

  it('the latest safety copy restores the data from before the restore', async () => {
    const { api, db } = await freshApi();
    await seedOctober(api);
    const before = await db.citizens.count();
    const empty = await (await freshApi()).api.exportBackup();
    const restored = await api.restoreBackup(empty);
    expect(restored.ok).toBe(true);
    expect(await db.citizens.count()).toBe(0);
    const [latest] = await api.listSafetyCopies();
    expect(latest).toMatchObject({ reason: 'Før gendannelse' });
    const copy = await api.getSafetyCopy(latest!.id!);
    const preview = await api.previewBackup(copy!);
    expect(preview).toMatchObject({
      ok: true,
      counts: { citizens: before },
      current: { citizens: 0 },
    });
    expect((await api.restoreBackup(copy!)).ok).toBe(true);
    expect(await db.citizens.count()).toBe(before);
  });
});
