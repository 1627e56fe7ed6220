// A citizen as stored (issue 3 § 1): identity, offer, active/ended, tax card and transport.
import { z } from 'zod';
import { enumOf } from '../domain/schema-helpers';
import { OFFERS, TaxCardSchema, TransportSchema } from '../domain/input';
import { cprBirthDate, normalizeCpr } from './cpr';
import { endNotBeforeStart, id, isoDate, note, refineWith, text, timestamp } from './common';
import { AreaMembershipSchema } from './work-area';

export const CprSchema = z
  .string({ error: (i) => (i.input === undefined ? 'mangler' : 'skal være et CPR-nummer') })
  .transform(normalizeCpr)
  .pipe(
    z
      .string()
      .regex(/^\d{10}$/, { error: 'skal være 10 cifre (fx 010190-1234)', abort: true })
      .refine((s) => cprBirthDate(s) !== null, {
        error: 'de første seks cifre er ikke en gyldig dato (DDMMÅÅ)',
      }),
  );

export const PayrollNumberSchema = z
  .string({ error: (i) => (i.input === undefined ? 'mangler' : 'skal være et lønnummer') })
  .trim()
  .min(1, { error: 'må ikke være tomt' })
  .max(20, { error: 'må højst være 20 tegn' })
  .regex(/^[0-9A-Za-z-]+$/, { error: 'må kun indeholde cifre, bogstaver og bindestreg' });

export const EmploymentNumberSchema = z
  .string({ error: 'skal være tekst' })
  .trim()
  .max(20, { error: 'må højst være 20 tegn' })
  .regex(/^[0-9A-Za-z-]*$/, { error: 'må kun indeholde cifre, bogstaver og bindestreg' })
  .transform((s) => (s === '' ? undefined : s))
  .optional();

/** What a person enters for a citizen: the fields of the form. */
export const CitizenInputSchema = z.strictObject({
  name: text('et navn').pipe(z.string().max(200, { error: 'må højst være 200 tegn' })),
  payrollNumber: PayrollNumberSchema,
  cpr: CprSchema,
  /**
   * The employment number a municipal payroll system knows the person by beside the CPR number
   * (docs/rules.md §9, export templates "CPR + ansættelsesnummer"); optional, empty = absent.
   */
  employmentNumber: EmploymentNumberSchema,
  offer: enumOf(OFFERS),
  startDate: isoDate,
  taxCard: TaxCardSchema.optional(),
  transport: TransportSchema.optional(),
  /** SEL § 104 only: the municipality pays all transport (docs/rules.md §4). */
  municipalTransport: z.boolean({ error: 'skal være ja eller nej' }).default(false),
  note,
});
export type CitizenInput = z.input<typeof CitizenInputSchema>;

/** An ended citizen keeps all history; the end date and reason say why they left. */
export const CitizenEndSchema = z.strictObject({
  endDate: isoDate,
  endReason: text('en begrundelse').pipe(z.string().max(500, { error: 'må højst være 500 tegn' })),
});
export type CitizenEnd = z.input<typeof CitizenEndSchema>;

export const CitizenSchema = z
  .strictObject({
    id,
    ...CitizenInputSchema.shape,
    endDate: isoDate.optional(),
    endReason: z.string().optional(),
    /**
     * The work area per month (docs/rules.md §6), sorted by `from`; changed only by a move
     * (`moveCitizenToArea`), never by the form. Absent: no area (the common reference wage).
     */
    workAreas: z.array(AreaMembershipSchema).optional(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .superRefine(
    refineWith((c) => [
      ...((c.endDate === undefined) !== (c.endReason === undefined)
        ? [{ path: ['endReason'], message: 'slutdato og årsag skal angives sammen' }]
        : []),
      ...endNotBeforeStart(c),
    ]),
  );
export type Citizen = z.output<typeof CitizenSchema>;
