import { describe, expect, it } from 'vitest';
import { presetByName, type ExportTemplateVersion } from '../../../shared/export';
import {
  checkDraft,
  copyOf,
  fieldOptions,
  issueTexts,
  moveColumn,
  templateByName,
  templateOptions,
  withLayout,
} from '../../../renderer/src/features/exportTemplates/templateModel';

const visma = presetByName('visma')!;
const version = (validFrom: string, label: string): ExportTemplateVersion => ({
  id: validFrom,
  validFrom,
  template: { ...visma, name: 'holbaek', label },
  createdAt: '2026-10-01T08:00:00.000Z',
  createdBy: 'ABC',
});

describe('export template editor model', () => {
  it('lists the presets, then each saved template once with its latest label', () => {
    const options = templateOptions([version('2026-01', 'Gammel'), version('2026-10', 'Holbæk')]);
    expect(options.map((o) => o.label)).toEqual([
      'Excel (da-DK)',
      'Lønsystem (lønarter)',
      'Danløn',
      'Visma Løn',
      'CPR + TF-kode (kommunal)',
      'Holbæk',
    ]);
    expect(
      templateByName('holbaek', [version('2026-01', 'Gammel'), version('2026-10', 'Ny')])?.label,
    ).toBe('Ny');
  });

  it('copies a preset under a name of its own, a saved template as it is', () => {
    expect(copyOf(visma, ['visma-egen'])).toMatchObject({
      name: 'visma-egen-2',
      label: 'Visma Løn (egen)',
    });
    const own = version('2026-01', 'Holbæk').template;
    expect(copyOf(own, [])).toBe(own);
  });

  it('moves columns, keeps a layout’s own columns, offers its fields', () => {
    const cols = ['a', 'b', 'c'];
    expect(moveColumn(cols, 0, -1)).toEqual(cols);
    expect(moveColumn(cols, 0, 1)).toEqual(['b', 'a', 'c']);
    expect(withLayout(visma, 'citizen').columns.map((c) => c.field)).toEqual(['payrollNumber']);
    expect(fieldOptions('citizen').map((o) => o.label)).toContain('Bemærkninger');
    expect(fieldOptions('citizen').map((o) => o.label)).not.toContain('Lønart');
  });

  it('names the draft’s problems by their Danish field names', () => {
    const r = checkDraft({ ...visma, identifier: 'cpr', fileName: 'loen.csv' });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(issueTexts(r.issues)).toEqual([
        'Kolonner: mangler kolonnen for CPR-nummer',
        'Filnavn: skal indeholde {måned}',
      ]);
    expect(checkDraft(visma).ok).toBe(true);
  });
});
