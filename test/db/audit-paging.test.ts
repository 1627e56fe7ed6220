// The audit log a page at a time, and per citizen (issue 10, Build item 9).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { describeAudit } from '../../shared/audit/describe';
import { freshApi, seedOctober } from './helpers';

describe('listAudit pages', () => {
  it('pages newest first with `before`, and every entry comes exactly once', async () => {
    const { api } = await freshApi();
    await seedOctober(api);
    const all = await api.listAudit();
    expect(all.length).toBeGreaterThan(5);
    const seen: number[] = [];
    let before: number | undefined;
    for (;;) {
      const page = await api.listAudit({ limit: 3, ...(before !== undefined ? { before } : {}) });
      if (page.length === 0) break;
      expect(page.length).toBeLessThanOrEqual(3);
      seen.push(...page.map((e) => e.id!));
      before = page.at(-1)!.id!;
    }
    expect(seen).toEqual(all.map((e) => e.id));
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
  });

  it('filters by citizen: its record, grants, decisions and days, nothing else', async () => {
    const { api } = await freshApi();
    await seedOctober(api);
    const [anna] = (await api.listCitizens()).filter((c) => c.name === 'Anna Ærø');
    await api.updateCitizen(anna!.id, {
      taxCard: { withholdingRatePercent: 40, monthlyAllowance: 0 },
    });
    const page = await api.listAudit({ citizenId: anna!.id, limit: 50 });
    expect(page.length).toBeGreaterThan(1);
    const text = page.map((e) => describeAudit(e, () => 'Anna Ærø'));
    expect(text[0]).toBe('Borger Anna Ærø: Trækprocent 38 → 40');
    expect(text.every((t) => t.includes('Anna Ærø'))).toBe(true);
    const older = await api.listAudit({ citizenId: anna!.id, before: page[0]!.id!, limit: 50 });
    expect(older.map((e) => e.id)).toEqual(page.slice(1).map((e) => e.id));
  });
});
