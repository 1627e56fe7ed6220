// The payroll file and the export template operations of the DataApi (docs/rules.md §9): saved
// template versions and the editor's live preview. Types only, like ./api.ts.
import type { ExportTemplateInput, ExportTemplateVersion, TemplateProblem } from '../export';
import type { MonthProblem } from '../month/compute';

/** A month's payroll file as the data layer gives it (docs/rules.md §§9, 10). */
export interface CsvExport {
  fileName: string;
  /** The file's text (a UTF-8 BOM included as U+FEFF). */
  content: string;
  /** SHA-256 (hex) of the file's bytes in `encoding`. */
  sha256: string;
  /** True when built from a closed month's stored results. */
  frozen: boolean;
  /** How to save `content`: UTF-8, or Windows-1252 for a template that says so. */
  encoding: 'utf-8' | 'windows-1252';
}

/** The editor's live preview: the file, its cells and what is wrong. */
export interface TemplatePreview {
  month: string;
  fileName: string;
  /** The file as text (what the payroll system reads, after decoding). */
  text: string;
  /** The cells, header first when the template has one. */
  table: string[][];
  /** What must be fixed before export, per citizen and field. */
  problems: TemplateProblem[];
  /** Citizens the month cannot be computed for (an open month): then there is no file. */
  monthProblems: MonthProblem[];
  frozen: boolean;
}

export interface ExportTemplateOperations {
  /** Every saved template version, by name and `validFrom` (the presets are built in). */
  listExportTemplates(): Promise<ExportTemplateVersion[]>;
  /** Saves a version of a template from `validFrom` (replacing one of the same name and month). */
  saveExportTemplate(input: {
    validFrom: string;
    template: ExportTemplateInput;
  }): Promise<ExportTemplateVersion>;
  /** The month's file with `template` as the editor shows it, saved or not; saves nothing. */
  previewExportTemplate(month: string, template: ExportTemplateInput): Promise<TemplatePreview>;
}
