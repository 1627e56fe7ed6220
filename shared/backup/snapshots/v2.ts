// FROZEN: the row schemas of schema version 2, as they are in the version-2 app. Do not edit.
// The v1 → v2 migration checks its output against these, so a later change to the live schemas
// (shared/records, shared/domain) cannot change what that migration accepts or produces. When
// the rows change, bump SCHEMA_VERSION, add `v3.ts` beside this file and a v2 → v3 migration.
//
// Frozen here: every field, bound, enum value and cross-field rule. Reused: only the generic
// builders (a number with ≤ 2 decimals within bounds, a real ISO date, a trimmed non-empty
// text, an enum with its Danish message) and facts (which dates exist, a CPR number's date).
import { z } from 'zod';
import { hasAtMostTwoDecimals, mulDivRound, toHundredths, toOre } from '../../money';
import { decimal, enumOf, isoDate, isoMonth, text } from '../../domain/schema-helpers';
import { valueText } from '../../danish/values';
import { cprBirthDate } from '../../records/cpr';

// Building blocks of version 2 (shared/records/common.ts then).
const id = z.string().min(1, { error: 'må ikke være tomt' }).max(100, { error: 'er for langt' });
/** Also version 1's timestamps. */
export const timestampV2 = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/, {
    error: 'skal være et tidspunkt på formen ÅÅÅÅ-MM-DDTtt:mm:ssZ',
  });
const timestamp = timestampV2;
const initials = z
  .string()
  .trim()
  .regex(/^[A-Za-zÆØÅæøå]{2,6}$/, { error: 'skal være 2–6 bogstaver (fx ABC)' })
  .transform((s) => s.toUpperCase());
const note = z
  .string()
  .trim()
  .max(2000, { error: 'må højst være 2000 tegn' })
  .transform((s) => (s === '' ? undefined : s))
  .optional();
const kroner = (min = 0, max = 10_000_000) => decimal({ min, max });
const percent = decimal({ min: 0, max: 100 });
const km = decimal({ min: 0, max: 1_000 });
const count = z.number().int().min(0);
const money = decimal();

export const V2_ENUMS = {
  offers: ['SEL103', 'SEL104'],
  transportModes: ['car', 'public', 'special', 'none'],
  payers: ['citizen', 'municipality'],
  criteria: [
    'attendanceStability',
    'flexibility',
    'productivity',
    'quality',
    'collegialInteraction',
  ],
  helpNeeds: ['independent', 'moderate', 'extensive'],
  grantSizes: ['half', 'threeQuarters', 'full'],
  absenceReasons: ['syg', 'ferie', 'fri', 'udeblevet', 'andet'],
  roundingSteps: [0.01, 0.25, 0.5, 1],
  warnings: ['ABOVE_CEILING', 'DEFAULT_TAX_CARD', 'TRANSPORT_CAPPED'],
  exportProfiles: ['excel', 'wage-types'],
  auditTables: [
    'citizens',
    'grants',
    'wageDecisions',
    'attendance',
    'settingsVersions',
    'monthCloses',
    'database',
  ],
  auditActions: ['create', 'update', 'delete', 'end', 'close', 'reopen', 'restore', 'upgrade'],
} as const;
const E = V2_ENUMS;
const fieldsOf = <K extends string, S extends z.ZodType>(keys: readonly K[], schema: S) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, schema])) as Record<K, S>);

/** A custom refinement from checks that return `[path, message]` pairs. */
const refine =
  <T>(check: (v: T) => [string, string][]) =>
  (v: T, ctx: z.RefinementCtx) => {
    for (const [path, message] of check(v)) ctx.addIssue({ code: 'custom', path: [path], message });
  };

export const TaxCardV2Schema = z.strictObject({
  withholdingRatePercent: percent,
  monthlyAllowance: kroner().default(0),
});

const payer = enumOf(E.payers).optional();
export const TransportV2Schema = z.discriminatedUnion(
  'mode',
  [
    z.strictObject({
      mode: z.literal('car'),
      oneWayKm: km,
      ratePerKm: kroner(0, 100).optional(),
      paidBy: payer,
    }),
    z.strictObject({
      mode: z.literal('public'),
      oneWayKm: km,
      dailyCost: kroner(),
      monthlyPass: kroner().optional(),
      paidBy: payer,
    }),
    z.strictObject({
      mode: z.literal('special'),
      oneWayKm: km,
      dailyCost: kroner(),
      paidBy: payer,
    }),
    z.strictObject({ mode: z.literal('none'), oneWayKm: km.optional(), paidBy: payer }),
  ],
  { error: `skal være en af: ${E.transportModes.map(valueText).join(', ')}` },
);

const score = z
  .number({ error: 'skal være et tal fra 0 til 4' })
  .int({ error: 'skal være et helt tal fra 0 til 4' })
  .min(0, { error: 'skal være et helt tal fra 0 til 4' })
  .max(4, { error: 'skal være et helt tal fra 0 til 4' });
export const AssessmentV2Schema = z.strictObject({
  scores: fieldsOf(E.criteria, score),
  helpNeed: enumOf(E.helpNeeds),
});

export const CitizenV2Schema = z
  .strictObject({
    id,
    name: text('et navn').pipe(z.string().max(200, { error: 'må højst være 200 tegn' })),
    payrollNumber: z
      .string()
      .trim()
      .min(1, { error: 'må ikke være tomt' })
      .max(20, { error: 'må højst være 20 tegn' })
      .regex(/^[0-9A-Za-z-]+$/, { error: 'må kun indeholde cifre, bogstaver og bindestreg' }),
    cpr: z
      .string()
      .transform((s) => s.trim().replace(/^(\d{6})[-\s](\d{4})$/, '$1$2'))
      .pipe(
        z
          .string()
          .regex(/^\d{10}$/, { error: 'skal være 10 cifre (fx 010190-1234)', abort: true })
          .refine((s) => cprBirthDate(s) !== null, {
            error: 'de første seks cifre er ikke en gyldig dato (DDMMÅÅ)',
          }),
      ),
    offer: enumOf(E.offers),
    startDate: isoDate,
    taxCard: TaxCardV2Schema.optional(),
    transport: TransportV2Schema.optional(),
    municipalTransport: z.boolean({ error: 'skal være ja eller nej' }).default(false),
    note,
    endDate: isoDate.optional(),
    endReason: z.string().optional(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .superRefine(
    refine((c) => [
      ...((c.endDate === undefined) !== (c.endReason === undefined)
        ? [['endReason', 'slutdato og årsag skal angives sammen'] as [string, string]]
        : []),
      ...(c.endDate !== undefined && c.endDate < c.startDate
        ? [['endDate', 'slutdatoen ligger før startdatoen'] as [string, string]]
        : []),
    ]),
  );

export const GrantV2Schema = z.strictObject({
  id,
  citizenId: id,
  size: enumOf(E.grantSizes),
  startDate: isoDate,
  endDate: isoDate.optional(),
  followUpDue: isoDate,
  screeningNotes: note,
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const WageDecisionV2Schema = z.strictObject({
  id,
  citizenId: id,
  effectiveFrom: isoDate,
  assessment: AssessmentV2Schema.optional(),
  hourlyWage: kroner(0, 10_000).optional(),
  justification: z.string().optional(),
  assessorInitials: initials,
  supersedes: id.optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const AttendanceV2Schema = z
  .strictObject({
    citizenId: id,
    date: isoDate,
    hours: decimal({ min: 0, max: 24 }),
    absence: enumOf(E.absenceReasons).optional(),
    note,
    updatedAt: timestamp,
  })
  .superRefine(
    refine((a) =>
      a.absence !== undefined && a.hours > 0
        ? [['absence', 'en fraværsårsag kan kun angives på en dag uden timer']]
        : [],
    ),
  );

const stepMessage = 'skal være en af 0,01, 0,25, 0,50 eller 1,00';
const inBounds = (v: unknown, max: number) =>
  typeof v === 'number' && v >= 0 && v <= max && hasAtMostTwoDecimals(v);
export const SettingsV2Schema = z
  .strictObject({
    minimumWageReference: kroner(),
    wageFloorPercent: percent,
    wageCeiling: kroner(),
    wageRoundingStep: z
      .number({ error: stepMessage })
      .refine((v) => (E.roundingSteps as readonly number[]).includes(v), { error: stepMessage }),
    criteriaWeights: fieldsOf([...E.criteria, 'helpNeed'], percent),
    helpNeedPoints: fieldsOf(E.helpNeeds, decimal({ min: 0, max: 4 })),
    amContributionPercent: percent,
    defaultWithholdingRatePercent: percent,
    transportThresholdKm: km,
    transportCapPercent: percent,
    kmRate: kroner(0, 100),
  })
  .superRefine(
    refine((s) => [
      ...(Object.values(s.criteriaWeights).every((w) => w === 0)
        ? [['criteriaWeights', 'mindst én vægt skal være større end 0'] as [string, string]]
        : []),
      // floor = round2(reference · percent / 100), in øre. zod runs this even when a field
      // failed its bound; such a field is refused by itself and must not reach toOre, which
      // throws (issue 11, finding 5; what this version accepts is unchanged).
      ...(inBounds(s.wageCeiling, 10_000_000) &&
      inBounds(s.minimumWageReference, 10_000_000) &&
      inBounds(s.wageFloorPercent, 100) &&
      toOre(s.wageCeiling) <
        mulDivRound(toOre(s.minimumWageReference), toHundredths(s.wageFloorPercent), 10_000)
        ? [
            ['wageCeiling', 'loftet må ikke være lavere end mindstelønnen (bunden)'] as [
              string,
              string,
            ],
          ]
        : []),
    ]),
  );

const code = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z]{1,10}$/, { error: 'skal være 1–10 cifre eller bogstaver' });
const WageTypeCodesV2Schema = fieldsOf(
  ['wage', 'transportReimbursement', 'transportDeduction'],
  code,
);

export const SettingsVersionV2Schema = z.strictObject({
  id,
  validFrom: isoMonth,
  settings: SettingsV2Schema,
  wageTypeCodes: WageTypeCodesV2Schema,
  createdAt: timestamp,
  createdBy: initials,
});

const CalcResultV2Schema = z.strictObject({
  month: isoMonth,
  offer: enumOf(E.offers),
  days: count,
  hours: decimal({ min: 0 }),
  wageLines: z.array(
    z.strictObject({
      effectiveFrom: isoDate,
      hourlyWage: money,
      hours: decimal({ min: 0 }),
      amount: money,
    }),
  ),
  grossPay: money,
  amContribution: money,
  aTax: money,
  netPay: money,
  transport: z.strictObject({
    mode: enumOf(E.transportModes),
    days: count,
    total: money,
    withinThreshold: money,
    cap: money,
    citizenShare: money,
    municipalShare: money,
    paidBy: enumOf(E.payers),
    payrollAdjustment: money,
  }),
  estimatedPayout: money,
  warnings: z.array(enumOf(E.warnings)),
});

const TOTALS = [
  'grossPay',
  'transportTotal',
  'citizenShare',
  'municipalShare',
  'payrollAdjustment',
  'estimatedPayout',
] as const;

export const MonthCloseV2Schema = z.strictObject({
  month: isoMonth,
  status: z.enum(['closed', 'reopened']),
  closedAt: timestamp,
  closedBy: initials,
  payroll: z.strictObject({
    month: isoMonth,
    settingsVersionId: id,
    settings: SettingsV2Schema,
    wageTypeCodes: WageTypeCodesV2Schema,
    rows: z.array(
      z.strictObject({
        citizenId: id,
        name: z.string(),
        payrollNumber: z.string(),
        offer: enumOf(E.offers),
        result: CalcResultV2Schema,
      }),
    ),
    totals: fieldsOf(TOTALS, money).extend({
      citizens: count,
      days: count,
      hours: decimal({ min: 0 }),
    }),
  }),
  exportProfile: enumOf(E.exportProfiles),
  fileHash: z.string().regex(/^[0-9a-f]{64}$/, { error: 'skal være en SHA-256 i hex' }),
  wageDecisionIds: z.array(id),
  history: z.array(
    z.strictObject({
      action: z.enum(['closed', 'reopened']),
      at: timestamp,
      by: initials,
      reason: z.string().optional(),
      fileHash: z.string().optional(),
    }),
  ),
});

export const AuditEntryV2Schema = z.strictObject({
  id: z.number().int().positive().optional(),
  at: timestamp,
  by: initials,
  table: z.enum(E.auditTables),
  recordId: z.string(),
  action: z.enum(E.auditActions),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  reason: z.string().optional(),
});

/** The data of a version-2 backup: every table a version-2 database holds. */
export const BackupDataV2Schema = z.strictObject({
  citizens: z.array(CitizenV2Schema),
  grants: z.array(GrantV2Schema),
  wageDecisions: z.array(WageDecisionV2Schema),
  attendance: z.array(AttendanceV2Schema),
  settingsVersions: z.array(SettingsVersionV2Schema),
  monthCloses: z.array(MonthCloseV2Schema),
  auditLog: z.array(AuditEntryV2Schema),
});
export type BackupDataV2 = z.output<typeof BackupDataV2Schema>;
export type CitizenV2 = z.output<typeof CitizenV2Schema>;
export type WageDecisionV2 = z.output<typeof WageDecisionV2Schema>;
export type AttendanceV2 = z.output<typeof AttendanceV2Schema>;
export type SettingsVersionV2 = z.output<typeof SettingsVersionV2Schema>;
