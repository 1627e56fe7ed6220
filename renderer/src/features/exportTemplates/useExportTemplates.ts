// Live export templates (docs/rules.md §9) through the DataApi: the saved versions, and the
// names a month can be exported or closed with.
import type { ExportTemplateVersion } from '../../../../shared/export';
import { useLive } from '../../data/live';
import { templateOptions, type TemplateOption } from './templateModel';

/** Every saved template version. */
export function useExportTemplateVersions(): ExportTemplateVersion[] | undefined {
  return useLive((api) => api.listExportTemplates(), []);
}

/** The presets and the saved templates, as select options (presets alone while loading). */
export function useTemplateOptions(): TemplateOption[] {
  return templateOptions(useExportTemplateVersions() ?? []);
}
