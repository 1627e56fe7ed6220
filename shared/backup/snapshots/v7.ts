// FROZEN: the row schemas of schema version 7, as they are in the version-7 app. Do not edit.
// Version 7 (issue 13, export templates, docs/rules.md §9) is version 6 plus:
// - a new table `exportTemplates`: dated template versions (a template is frozen here in full);
// - a citizen's optional `employmentNumber` (CPR + ansættelsesnummer templates);
// - a month close's `exportProfile` is a template name, with the template it was closed with
//   (`exportTemplate`) and the identities its file used (`identities`), both optional;
// - the audit log's table `exportTemplates`.
// When the rows change again, bump SCHEMA_VERSION, add `v8.ts` and a v7 → v8 migration.
import { z } from 'zod';
import { enumOf, isoMonth } from '../../domain/schema-helpers';
import { timestampV2 } from './v2';
import { AuditEntryV5Schema, CitizenV5Schema } from './v5';
import { BackupDataV6Schema, MonthCloseV6Schema } from './v6';

const id = z.string().min(1, { error: 'må ikke være tomt' }).max(100, { error: 'er for langt' });
const initials = z
  .string()
  .trim()
  .regex(/^[A-Za-zÆØÅæøå]{2,6}$/, { error: 'skal være 2–6 bogstaver (fx ABC)' })
  .transform((s) => s.toUpperCase());

export const CitizenV7Schema = CitizenV5Schema.safeExtend({
  employmentNumber: z
    .string({ error: 'skal være tekst' })
    .trim()
    .max(20, { error: 'må højst være 20 tegn' })
    .regex(/^[0-9A-Za-z-]*$/, { error: 'må kun indeholde cifre, bogstaver og bindestreg' })
    .transform((s) => (s === '' ? undefined : s))
    .optional(),
});

const LINE_KINDS = [
  'wage',
  'transportReimbursement',
  'transportDeduction',
  'correctionWage',
  'correctionTransport',
] as const;
const FIELD_NAMES = [
  'periodFrom',
  'periodTo',
  'employer',
  'payrollNumber',
  'cpr',
  'employmentNumber',
  'name',
  'offer',
  'days',
  'hours',
  'hourlyWage',
  'grossPay',
  'transportTotal',
  'citizenShare',
  'municipalShare',
  'payrollAdjustment',
  'correction',
  'remarks',
  'code',
  'text',
  'units',
  'rate',
  'amount',
  'from',
  'to',
] as const;
/** Field → the layout it belongs to ('both': either). */
const FIELDS: Record<(typeof FIELD_NAMES)[number], 'both' | 'citizen' | 'wageType'> = {
  periodFrom: 'both',
  periodTo: 'both',
  employer: 'both',
  payrollNumber: 'both',
  cpr: 'both',
  employmentNumber: 'both',
  name: 'both',
  offer: 'citizen',
  days: 'citizen',
  hours: 'citizen',
  hourlyWage: 'citizen',
  grossPay: 'citizen',
  transportTotal: 'citizen',
  citizenShare: 'citizen',
  municipalShare: 'citizen',
  payrollAdjustment: 'citizen',
  correction: 'citizen',
  remarks: 'citizen',
  code: 'wageType',
  text: 'wageType',
  units: 'wageType',
  rate: 'wageType',
  amount: 'wageType',
  from: 'wageType',
  to: 'wageType',
};

const templateName = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,29}$/, {
    error: 'skal være 1–30 små bogstaver (a–z), cifre eller bindestreg, fx holbaek-opus',
  });
const label = z
  .string({ error: 'skal være tekst' })
  .trim()
  .min(1, { error: 'må ikke være tom' })
  .max(60, { error: 'må højst være 60 tegn' });
const line = z.strictObject({
  emit: z.boolean({ error: 'skal være ja eller nej' }),
  code: z
    .string({ error: 'skal være en lønartskode' })
    .trim()
    .regex(/^[0-9A-Za-z]{0,10}$/, { error: 'skal være højst 10 cifre eller bogstaver' }),
});
// eslint-disable-next-line no-control-regex -- the characters Windows forbids in a file name
const FORBIDDEN_NAME = /[<>:"/\\|?*\u0000-\u001f\u007f]/;

export const ExportTemplateV7Schema = z
  .strictObject({
    name: templateName,
    label,
    layout: enumOf(['citizen', 'wageType']),
    encoding: enumOf(['utf-8-bom', 'utf-8', 'windows-1252']),
    separator: enumOf([';', ',', '\t', '|']),
    decimalMark: enumOf([',', '.']),
    amounts: enumOf(['decimal', 'hundredths']),
    header: z.boolean({ error: 'skal være ja eller nej' }),
    lineEnding: enumOf(['crlf', 'lf']),
    identifier: enumOf(['payrollNumber', 'cpr', 'cprEmployment']),
    quoting: z.boolean({ error: 'skal være ja eller nej' }),
    forbidden: z.string({ error: 'skal være tekst' }).max(20, { error: 'må højst være 20 tegn' }),
    employerNumber: z
      .string({ error: 'skal være tekst' })
      .trim()
      .regex(/^(\d{8})?$/, { error: 'skal være 8 cifre (CVR-nummer) eller tom' }),
    codeLength: z.number().int().min(0).max(10),
    lines: z.strictObject(
      Object.fromEntries(LINE_KINDS.map((k) => [k, line])) as Record<
        (typeof LINE_KINDS)[number],
        typeof line
      >,
    ),
    columns: z
      .array(z.strictObject({ field: enumOf(FIELD_NAMES), title: label }))
      .min(1, { error: 'vælg mindst én kolonne' })
      .max(30),
    fileName: z
      .string({ error: 'skal være tekst' })
      .trim()
      .min(1, { error: 'må ikke være tom' })
      .max(120, { error: 'må højst være 120 tegn' }),
  })
  .superRefine((t, ctx) => {
    const add = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    t.columns.forEach((c, i) => {
      const layout = FIELDS[c.field];
      if (layout !== 'both' && layout !== t.layout)
        add(
          ['columns', i, 'field'],
          t.layout === 'citizen'
            ? 'hører til lønartslinjer, ikke én linje pr. borger'
            : 'hører til én linje pr. borger, ikke lønartslinjer',
        );
    });
    const fields = new Set(t.columns.map((c) => c.field));
    const needed: [(typeof FIELD_NAMES)[number], string][] =
      t.identifier === 'payrollNumber'
        ? [['payrollNumber', 'Lønnummer']]
        : t.identifier === 'cpr'
          ? [['cpr', 'CPR-nummer']]
          : [
              ['cpr', 'CPR-nummer'],
              ['employmentNumber', 'Ansættelsesnummer'],
            ];
    for (const [f, name] of needed)
      if (!fields.has(f)) add(['columns'], `mangler kolonnen for ${name}`);
    if (t.layout === 'wageType' && !fields.has('code'))
      add(['columns'], 'mangler kolonnen for Lønart');
    if (t.separator === t.decimalMark && t.amounts === 'decimal')
      add(['decimalMark'], 'må ikke være det samme tegn som skilletegnet');
    if (t.codeLength > 0)
      for (const k of LINE_KINDS)
        if (t.lines[k].emit && t.lines[k].code.length !== t.codeLength)
          add(['lines', k, 'code'], `skal være ${t.codeLength} tegn`);
    if (!t.fileName.includes('{måned}')) add(['fileName'], 'skal indeholde {måned}');
    if (FORBIDDEN_NAME.test(t.fileName.replace(/\{måned\}|\{nr\}/g, '')))
      add(['fileName'], 'indeholder et tegn, der ikke må stå i et filnavn');
  });

export const ExportTemplateVersionV7Schema = z.strictObject({
  id,
  validFrom: isoMonth,
  template: ExportTemplateV7Schema,
  createdAt: timestampV2,
  createdBy: initials,
});

export const MonthCloseV7Schema = MonthCloseV6Schema.extend({
  exportProfile: templateName,
  exportTemplate: ExportTemplateV7Schema.optional(),
  identities: z
    .record(
      id,
      z.strictObject({ cpr: z.string().optional(), employmentNumber: z.string().optional() }),
    )
    .optional(),
});

export const AuditEntryV7Schema = AuditEntryV5Schema.extend({
  table: z.enum([...AuditEntryV5Schema.shape.table.options, 'exportTemplates']),
});

/** The data of a version-7 backup: every table a version-7 database holds. */
export const BackupDataV7Schema = BackupDataV6Schema.extend({
  citizens: z.array(CitizenV7Schema),
  monthCloses: z.array(MonthCloseV7Schema),
  auditLog: z.array(AuditEntryV7Schema),
  exportTemplates: z.array(ExportTemplateVersionV7Schema),
});
export type BackupDataV7 = z.output<typeof BackupDataV7Schema>;
