// The export template editor's page logic (docs/rules.md §9), pure: the names a month can be
// exported with, the draft's checks named per field, and the column list's moves.
import {
  ExportTemplateSchema,
  FIELDS,
  FIELD_LABELS,
  FIELD_NAMES,
  PRESETS,
  type ExportTemplate,
  type ExportTemplateVersion,
  type Field,
} from '../../../../shared/export';
import { describeIssue } from '../../../../shared/danish/labels';
import { fromZodIssues, type FieldIssue } from '../../../../shared/domain/errors';

export interface TemplateOption {
  value: string;
  label: string;
}

/** The presets first, then each saved template once (its latest label), by label. */
export function templateOptions(versions: readonly ExportTemplateVersion[]): TemplateOption[] {
  const saved = new Map<string, ExportTemplateVersion>();
  for (const v of versions) {
    const seen = saved.get(v.template.name);
    if (!seen || v.validFrom > seen.validFrom) saved.set(v.template.name, v);
  }
  return [
    ...PRESETS.map((p) => ({ value: p.name, label: p.label })),
    ...[...saved.values()]
      .map((v) => ({ value: v.template.name, label: v.template.label }))
      .sort((a, b) => a.label.localeCompare(b.label, 'da')),
  ];
}

/** The template a saved name or a preset stands for now: the latest version, else the preset. */
export function templateByName(
  name: string,
  versions: readonly ExportTemplateVersion[],
): ExportTemplate | undefined {
  const own = versions
    .filter((v) => v.template.name === name)
    .sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0];
  return own?.template ?? PRESETS.find((p) => p.name === name);
}

/** A preset copied to be changed: a name of its own (presets cannot be overwritten). */
export function copyOf(template: ExportTemplate, taken: readonly string[]): ExportTemplate {
  if (!PRESETS.some((p) => p.name === template.name)) return template;
  let n = 1;
  let name = `${template.name}-egen`;
  while (taken.includes(name)) name = `${template.name}-egen-${++n}`;
  return { ...template, name, label: `${template.label} (egen)` };
}

export type DraftCheck =
  { ok: true; template: ExportTemplate } | { ok: false; issues: FieldIssue[] };

/** The draft checked as it would be saved. */
export function checkDraft(draft: ExportTemplate): DraftCheck {
  const r = ExportTemplateSchema.safeParse(draft);
  return r.success
    ? { ok: true, template: r.data }
    : { ok: false, issues: fromZodIssues(r.error.issues) };
}

/** The issues as a person reads them: `Filnavn: skal indeholde {måned}`. */
export function issueTexts(issues: readonly FieldIssue[]): string[] {
  return issues.map(describeIssue);
}

/** The fields a column may hold in the draft's layout, with their Danish names. */
export function fieldOptions(layout: ExportTemplate['layout']): { value: Field; label: string }[] {
  return FIELD_NAMES.filter((f) => FIELDS[f] === 'both' || FIELDS[f] === layout).map((f) => ({
    value: f,
    label: FIELD_LABELS[f],
  }));
}

/** Column `i` moved by `delta` (−1 up, +1 down); unchanged at the ends. */
export function moveColumn<T>(columns: readonly T[], i: number, delta: -1 | 1): T[] {
  const j = i + delta;
  if (j < 0 || j >= columns.length) return [...columns];
  const out = [...columns];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

/** Changing the layout keeps only the columns that belong to the new one. */
export function withLayout(t: ExportTemplate, layout: ExportTemplate['layout']): ExportTemplate {
  return {
    ...t,
    layout,
    columns: t.columns.filter((c) => FIELDS[c.field] === 'both' || FIELDS[c.field] === layout),
  };
}
