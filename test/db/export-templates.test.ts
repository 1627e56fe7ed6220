// Export templates in the data layer (docs/rules.md §§9, 10): dated versions, audited; the
// editor's preview names problems per citizen and field; a month closed with a template keeps
// it (and the identities its file used), so it re-exports byte for byte after the template or
// a CPR number changed.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { encodeText, presetByName, type ExportTemplate } from '../../shared/export';
import { freshApi, seedOctober } from './helpers';

const tf = presetByName('cpr-tf')!;
const own: ExportTemplate = { ...tf, name: 'holbaek-opus', label: 'Holbæk (Opus)' };

describe('export templates', () => {
  it('saves dated versions by name, audited; a preset name is refused', async () => {
    const { api } = await freshApi();
    const v1 = await api.saveExportTemplate({ validFrom: '2026-01', template: own });
    const v2 = await api.saveExportTemplate({
      validFrom: '2026-11',
      template: { ...own, separator: '|' },
    });
    expect((await api.listExportTemplates()).map((v) => v.id)).toEqual([v1.id, v2.id]);
    // The same name and month replaces that version.
    await api.saveExportTemplate({ validFrom: '2026-11', template: { ...own, separator: '\t' } });
    expect(await api.listExportTemplates()).toHaveLength(2);
    const log = await api.listAudit();
    expect(log.filter((e) => e.table === 'exportTemplates').map((e) => e.action)).toEqual([
      'update',
      'create',
      'create',
    ]);
    await expect(
      api.saveExportTemplate({ validFrom: '2026-01', template: { ...own, name: 'visma' } }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [
        {
          path: ['template', 'name'],
          message: 'er navnet på en indbygget skabelon; vælg et andet navn',
        },
      ],
    });
  });

  it('previews the month with an unsaved template, naming problems per citizen and field', async () => {
    const { api } = await freshApi();
    const { anna } = await seedOctober(api);
    await api.updateCitizen(anna.id, { employmentNumber: '07' });
    const p = await api.previewExportTemplate('2026-10', own);
    expect(p.table[0]).toEqual(own.columns.map((c) => c.title));
    expect(p.table[1]!.slice(0, 3)).toEqual(['0101901234', '07', '1100']);
    expect(p.problems.map((x) => `${x.name}: ${x.field}: ${x.message}`)).toEqual([
      'Bo Østergaard: employmentNumber: mangler ansættelsesnummer (udfyldes på borgeren)',
      'Carl Åberg: employmentNumber: mangler ansættelsesnummer (udfyldes på borgeren)',
    ]);
    expect(p.fileName).toBe('loen-2026-10-cpr-tf-1.csv');
    // Export is refused while the file has problems: nothing half-made.
    await expect(api.exportMonthCsv('2026-10', 'holbaek-opus')).rejects.toMatchObject({
      code: 'VALIDATION',
    });
  });

  it('a month closed with a template re-exports the same bytes after the template and a CPR changed', async () => {
    const { api } = await freshApi();
    const { anna, bo, carl } = await seedOctober(api);
    for (const [c, n] of [
      [anna, '01'],
      [bo, '02'],
      [carl, '03'],
    ] as const)
      await api.updateCitizen(c.id, { employmentNumber: n });
    await api.saveExportTemplate({ validFrom: '2026-01', template: own });
    const before = await api.exportMonthCsv('2026-10', 'holbaek-opus');
    expect(before.encoding).toBe('windows-1252');
    const close = await api.closeMonth('2026-10', 'holbaek-opus', { beforeMonthEnd: true });
    expect(close.exportTemplate).toEqual(own);
    expect(close.identities?.[anna.id]).toEqual({ cpr: '0101901234', employmentNumber: '01' });
    expect(close.fileHash).toBe(before.sha256);

    await api.saveExportTemplate({ validFrom: '2026-10', template: { ...own, separator: '|' } });
    await api.updateCitizen(anna.id, { cpr: '020290-1234', employmentNumber: '99' });
    const after = await api.exportMonthCsv('2026-10', 'holbaek-opus');
    expect(after.content).toBe(before.content);
    expect(after.sha256).toBe(close.fileHash);
    expect(after.frozen).toBe(true);
    expect(Buffer.from(encodeText(after.content, 'windows-1252'))).toEqual(
      Buffer.from(encodeText(before.content, 'windows-1252')),
    );
  });

  it('refuses to close with a template whose file has problems, changing nothing', async () => {
    const { api } = await freshApi();
    await seedOctober(api);
    await expect(
      api.closeMonth('2026-10', 'cpr-tf', { beforeMonthEnd: true }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await api.getMonthClose('2026-10')).toBeNull();
  });
});
