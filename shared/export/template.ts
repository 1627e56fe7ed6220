// Export templates (docs/rules.md §9): how the month's payroll file is written for a payroll
// system — bytes, separator, numbers, who a person is, which wage-type lines, which columns in
// which order, and the file name. Pure zod + data; the engine is ./engine.ts, presets ./presets.ts.
import { z } from 'zod';
import { enumOf, isoMonth } from '../domain/schema-helpers';
import { refineWith, id, initials, timestamp } from '../records/common';
import type { FieldIssue } from '../domain/errors';
import { ENCODINGS } from './encoding';

/** Rows per citizen ("Excel") or per citizen and wage type ("lønarter"). */
export const LAYOUTS = ['citizen', 'wageType'] as const;
export type Layout = (typeof LAYOUTS)[number];

export const SEPARATORS = [';', ',', '\t', '|'] as const;
export const DECIMAL_MARKS = [',', '.'] as const;
/** `decimal`: 123,45; `hundredths`: 12345 (× 100 as whole numbers, Danløn). */
export const AMOUNT_STYLES = ['decimal', 'hundredths'] as const;
export const LINE_ENDINGS = ['crlf', 'lf'] as const;
/** Who a person is to the payroll system. */
export const IDENTIFIERS = ['payrollNumber', 'cpr', 'cprEmployment'] as const;
export type Identifier = (typeof IDENTIFIERS)[number];

/** The wage-type lines a `wageType` template can emit (docs/rules.md §§9, 10). */
export const LINE_KINDS = [
  'wage',
  'transportReimbursement',
  'transportDeduction',
  'correctionWage',
  'correctionTransport',
] as const;
export type LineKind = (typeof LINE_KINDS)[number];

/** The fixed list of fields a column can hold, with the layouts they belong to. */
export const FIELDS = {
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
} as const satisfies Record<string, 'both' | Layout>;
export type Field = keyof typeof FIELDS;
export const FIELD_NAMES = Object.keys(FIELDS) as [Field, ...Field[]];

/** Slug of a template: what `npm run payroll -- --template NAME` takes. */
export const templateName = z
  .string({ error: (i) => (i.input === undefined ? 'mangler' : 'skal være et navn') })
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,29}$/, {
    error: 'skal være 1–30 små bogstaver (a–z), cifre eller bindestreg, fx holbaek-opus',
  });

const wageCode = z
  .string({ error: 'skal være en lønartskode' })
  .trim()
  .regex(/^[0-9A-Za-z]{0,10}$/, { error: 'skal være højst 10 cifre eller bogstaver' });

const lineSchema = z.strictObject({
  emit: z.boolean({ error: 'skal være ja eller nej' }),
  /** Empty: the code of the month's settings version (docs/rules.md §9). */
  code: wageCode,
});

const columnSchema = z.strictObject({
  field: enumOf(FIELD_NAMES),
  title: z
    .string({ error: 'skal være tekst' })
    .trim()
    .min(1, { error: 'må ikke være tom' })
    .max(60, { error: 'må højst være 60 tegn' }),
});

/** A file name pattern: `{måned}` (2026-10) and `{nr}` (the closing's number) are filled in. */
export const FILE_NAME_TOKENS = ['{måned}', '{nr}'] as const;

const TemplateShape = z.strictObject({
  name: templateName,
  label: z
    .string({ error: 'skal være tekst' })
    .trim()
    .min(1, { error: 'må ikke være tom' })
    .max(60, { error: 'må højst være 60 tegn' }),
  layout: enumOf(LAYOUTS),
  encoding: enumOf(ENCODINGS),
  separator: enumOf(SEPARATORS),
  decimalMark: enumOf(DECIMAL_MARKS),
  amounts: enumOf(AMOUNT_STYLES),
  header: z.boolean({ error: 'skal være ja eller nej' }),
  lineEnding: enumOf(LINE_ENDINGS),
  identifier: enumOf(IDENTIFIERS),
  /**
   * Quote a cell holding the separator, `"`, CR or LF (Excel). Off: the payroll system reads no
   * quotes, so such a cell is named as a problem before export instead.
   */
  quoting: z.boolean({ error: 'skal være ja eller nej' }),
  /** Characters the payroll system refuses inside data (Visma Løn: `,;"`). */
  forbidden: z.string({ error: 'skal være tekst' }).max(20, { error: 'må højst være 20 tegn' }),
  /** The employer's CVR number, for the `employer` column (Danløn). */
  employerNumber: z
    .string({ error: 'skal være tekst' })
    .trim()
    .regex(/^(\d{8})?$/, { error: 'skal være 8 cifre (CVR-nummer) eller tom' }),
  /** Every wage-type code must have exactly this many characters (TF-koder: 4); 0 = any. */
  codeLength: z.number().int().min(0).max(10),
  lines: z.strictObject(
    Object.fromEntries(LINE_KINDS.map((k) => [k, lineSchema])) as {
      [K in LineKind]: typeof lineSchema;
    },
  ),
  columns: z.array(columnSchema).min(1, { error: 'vælg mindst én kolonne' }).max(30),
  fileName: z
    .string({ error: 'skal være tekst' })
    .trim()
    .min(1, { error: 'må ikke være tom' })
    .max(120, { error: 'må højst være 120 tegn' }),
});

// eslint-disable-next-line no-control-regex -- the characters Windows forbids in a file name
const FORBIDDEN_NAME = /[<>:"/\\|?*\u0000-\u001f\u007f]/;

/** The checks across fields (paths relative to the template). */
export function templateIssues(t: z.output<typeof TemplateShape>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  t.columns.forEach((c, i) => {
    const layout = FIELDS[c.field];
    if (layout !== 'both' && layout !== t.layout)
      issues.push({
        path: ['columns', i, 'field'],
        message:
          t.layout === 'citizen'
            ? 'hører til lønartslinjer, ikke én linje pr. borger'
            : 'hører til én linje pr. borger, ikke lønartslinjer',
      });
  });
  const fields = new Set(t.columns.map((c) => c.field));
  const needed: Field[] =
    t.identifier === 'payrollNumber'
      ? ['payrollNumber']
      : t.identifier === 'cpr'
        ? ['cpr']
        : ['cpr', 'employmentNumber'];
  for (const f of needed)
    if (!fields.has(f))
      issues.push({ path: ['columns'], message: `mangler kolonnen for ${FIELD_LABELS[f]}` });
  if (t.layout === 'wageType' && !fields.has('code'))
    issues.push({ path: ['columns'], message: `mangler kolonnen for ${FIELD_LABELS.code}` });
  if (t.separator === t.decimalMark && t.amounts === 'decimal')
    issues.push({ path: ['decimalMark'], message: 'må ikke være det samme tegn som skilletegnet' });
  if (t.codeLength > 0)
    for (const k of LINE_KINDS) {
      const code = t.lines[k].code;
      if (t.lines[k].emit && code.length !== t.codeLength)
        issues.push({
          path: ['lines', k, 'code'],
          message: `skal være ${t.codeLength} tegn`,
        });
    }
  if (!t.fileName.includes('{måned}'))
    issues.push({ path: ['fileName'], message: 'skal indeholde {måned}' });
  if (FORBIDDEN_NAME.test(t.fileName.replace(/\{måned\}|\{nr\}/g, '')))
    issues.push({
      path: ['fileName'],
      message: 'indeholder et tegn, der ikke må stå i et filnavn',
    });
  return issues;
}

export const ExportTemplateSchema = TemplateShape.superRefine(refineWith(templateIssues));
export type ExportTemplate = z.output<typeof ExportTemplateSchema>;
export type ExportTemplateInput = z.input<typeof ExportTemplateSchema>;

/** A stored template version: dated like settings (docs/rules.md §6), by name. */
export const ExportTemplateVersionInputSchema = z.strictObject({
  validFrom: isoMonth,
  template: ExportTemplateSchema,
});
export const ExportTemplateVersionSchema = z.strictObject({
  id,
  ...ExportTemplateVersionInputSchema.shape,
  createdAt: timestamp,
  createdBy: initials,
});
export type ExportTemplateVersion = z.output<typeof ExportTemplateVersionSchema>;

/** The Danish name of each field (column chooser, messages). */
export const FIELD_LABELS: Record<Field, string> = {
  periodFrom: 'Periode fra',
  periodTo: 'Periode til',
  employer: 'CVR-nummer',
  payrollNumber: 'Lønnummer',
  cpr: 'CPR-nummer',
  employmentNumber: 'Ansættelsesnummer',
  name: 'Navn',
  offer: 'Tilbud',
  days: 'Dage',
  hours: 'Timer',
  hourlyWage: 'Timeløn',
  grossPay: 'Bruttoløn',
  transportTotal: 'Kørsel i alt',
  citizenShare: 'Borgerens andel',
  municipalShare: 'Kommunens andel',
  payrollAdjustment: 'Lønregulering',
  correction: 'Efterregulering',
  remarks: 'Bemærkninger',
  code: 'Lønart',
  text: 'Tekst',
  units: 'Antal',
  rate: 'Sats',
  amount: 'Beløb',
  from: 'Fra dato',
  to: 'Til dato',
};

export const LINE_LABELS: Record<LineKind, string> = {
  wage: 'Løn efter indsats (timer pr. lønlinje)',
  transportReimbursement: 'Befordringsgodtgørelse',
  transportDeduction: 'Egenbetaling befordring',
  correctionWage: 'Efterregulering løn',
  correctionTransport: 'Efterregulering kørsel',
};

/** The template version in force for `month`: latest validFrom ≤ month, by name. */
export function templateVersionFor(
  name: string,
  month: string,
  versions: readonly ExportTemplateVersion[],
): ExportTemplateVersion | undefined {
  let best: ExportTemplateVersion | undefined;
  for (const v of versions)
    if (
      v.template.name === name &&
      v.validFrom <= month &&
      (best === undefined || v.validFrom > best.validFrom)
    )
      best = v;
  return best;
}

/**
 * The template called `name` for `month`: a preset, else the stored version in force (before
 * its first version: the first one); undefined when there is none by that name.
 */
export function resolveTemplate(
  name: string,
  month: string,
  versions: readonly ExportTemplateVersion[],
  presets: readonly ExportTemplate[],
): ExportTemplate | undefined {
  const preset = presets.find((p) => p.name === name);
  if (preset) return preset;
  const own = versions.filter((v) => v.template.name === name);
  const first = [...own].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1))[0];
  return (templateVersionFor(name, month, own) ?? first)?.template;
}
