// Export templates (docs/rules.md §9): dated versions by name, like settings (§6). A closing keeps
// the template it was closed with, so a later version never changes a closed month's file (§10).
// The editor's preview builds the month's file with a template that need not be saved.
import type { DataApi } from '../../shared/data/api';
import {
  ExportTemplateSchema,
  ExportTemplateVersionInputSchema,
  PRESET_NAMES,
  buildTemplateFile,
  type ExportTemplateVersion,
  type Identities,
} from '../../shared/export';
import { closingNumber, isClosed, monthView, toPayrollMonth } from '../../shared/month';
import { isoMonth, type Citizen } from '../../shared/records';
import { monthAttendance } from './attendance';
import { invalid, type DbContext } from './context';

export type ExportTemplateOperations = Pick<
  DataApi,
  'listExportTemplates' | 'saveExportTemplate' | 'previewExportTemplate'
>;

/** CPR and employment numbers by citizen id: what a template may name a person by. */
export function identitiesOf(citizens: readonly Citizen[]): Identities {
  return Object.fromEntries(
    citizens.map((c) => [c.id, { cpr: c.cpr, employmentNumber: c.employmentNumber }]),
  );
}

export function exportTemplateOperations(ctx: DbContext): ExportTemplateOperations {
  const { db } = ctx;
  return {
    async listExportTemplates() {
      return db.exportTemplates.orderBy('validFrom').toArray();
    },

    async saveExportTemplate(input) {
      const fields = ctx.parse(ExportTemplateVersionInputSchema, input, 'Skabelonen');
      if (PRESET_NAMES.includes(fields.template.name))
        throw invalid('Skabelonen', [
          {
            path: ['template', 'name'],
            message: 'er navnet på en indbygget skabelon; vælg et andet navn',
          },
        ]);
      return ctx.write(['exportTemplates', 'auditLog', 'meta'], async () => {
        const before = (await db.exportTemplates.toArray()).find(
          (v) => v.template.name === fields.template.name && v.validFrom === fields.validFrom,
        );
        const after: ExportTemplateVersion = {
          id: before?.id ?? ctx.newId(),
          ...fields,
          createdAt: before?.createdAt ?? ctx.now(),
          createdBy: await ctx.actingUser(),
        };
        await db.exportTemplates.put(after);
        await ctx.audit('exportTemplates', after.id, before ? 'update' : 'create', before, after);
        return after;
      });
    },

    async previewExportTemplate(month, input) {
      ctx.parse(isoMonth, month, 'Måneden');
      const template = ctx.parse(ExportTemplateSchema, input, 'Skabelonen');
      return ctx.read(
        ['citizens', 'wageDecisions', 'attendance', 'settingsVersions', 'monthCloses'],
        async () => {
          const close = (await db.monthCloses.get(month)) ?? null;
          const citizens = await db.citizens.toArray();
          const view = isClosed(close)
            ? monthView(
                { month, citizens: [], wageDecisions: [], attendance: [], settingsVersions: [] },
                close,
              )
            : monthView(
                {
                  month,
                  citizens,
                  wageDecisions: await db.wageDecisions.toArray(),
                  attendance: await monthAttendance(ctx, month),
                  settingsVersions: await db.settingsVersions.toArray(),
                },
                close,
              );
          const frozen = view.status === 'closed';
          if (!frozen && view.results.problems.length > 0)
            return {
              month,
              fileName: '',
              text: '',
              table: [],
              problems: [],
              monthProblems: view.results.problems,
              frozen,
            };
          const payroll = frozen && close ? close.payroll : toPayrollMonth(view.results);
          const file = buildTemplateFile(
            template,
            payroll,
            identitiesOf(citizens),
            closingNumber(view),
          );
          return {
            month,
            fileName: file.fileName,
            text: file.text.replace(/^\uFEFF/, ''),
            table: file.table,
            problems: file.problems,
            monthProblems: [],
            frozen,
          };
        },
      );
    },
  };
}
