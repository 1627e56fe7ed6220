// The one map from a field's path to its Danish label, and issues → sentences a person reads
// (docs/rules.md, "Fejl"): `Hjælpebehov: skal være en af: Selvstændig, Moderat støtte, Meget
// støtte`. A person never sees an internal field name, an English value or an ISO date.
import { CRITERION_LABELS } from '../domain/criteria';
import type { FieldIssue, FieldPath } from '../domain/errors';
import { danishDatesIn } from './dates';
import { HELP_NEED_SHORT } from './values';

/** An area's dated figure (docs/rules.md §6): the reference wage its floor is a percentage of. */
export const AREA_WAGE_LABEL = 'Laveste overenskomstmæssige timeløn';

/** Labels of the settings (docs/rules.md §6), as the settings screen shows them. */
export const SETTINGS_LABELS = {
  // The common figure is only the fallback for a citizen without an area or an area without one.
  minimumWageReference: 'Mindsteløn uden arbejdsområde',
  wageFloorPercent: 'Bund i procent af mindstelønnen',
  wageCeiling: 'Loft for timelønnen',
  wageRoundingStep: 'Afrunding af timelønnen',
  criteriaWeights: 'Vægte',
  helpNeedPoints: 'Point for hjælpebehov',
  amContributionPercent: 'AM-bidrag',
  defaultWithholdingRatePercent: 'Standardtræk uden skattekort',
  transportThresholdKm: 'Afstand borgeren selv betaler',
  transportCapPercent: 'Loft for borgerens kørsel',
  kmRate: 'Kilometersats',
} as const;

/** Field name (last named part of a path, or a dotted tail) → Danish label. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  // citizen
  name: 'Navn',
  payrollNumber: 'Lønnummer',
  cpr: 'CPR-nummer',
  offer: 'Tilbud',
  startDate: 'Startdato',
  endDate: 'Slutdato',
  endReason: 'Årsag til afslutning',
  taxCard: 'Skattekort',
  'taxCard.withholdingRatePercent': 'Trækprocent',
  'taxCard.monthlyAllowance': 'Månedsfradrag',
  withholdingRatePercent: 'Trækprocent',
  monthlyAllowance: 'Månedsfradrag',
  transport: 'Transport',
  'transport.mode': 'Transportform',
  mode: 'Transportform',
  oneWayKm: 'Afstand (km én vej)',
  ratePerKm: 'Kilometersats',
  dailyCost: 'Pris pr. dag (tur/retur)',
  monthlyPass: 'Månedskort',
  paidBy: 'Hvem betaler vognmanden eller billetten',
  municipalTransport: 'Kommunen betaler kørslen',
  note: 'Note',
  // grant
  size: 'Bevillingens størrelse',
  followUpDue: 'Næste opfølgning senest',
  screeningNotes: 'Noter til målgruppevurderingen',
  // wage decision
  effectiveFrom: 'Gælder fra',
  assessment: 'Vurdering',
  hourlyWage: 'Timeløn',
  justification: 'Begrundelse',
  assessorInitials: 'Vurderet af (initialer)',
  helpNeed: 'Hjælpebehov',
  scores: 'Point',
  wageDecisions: 'Lønafgørelser',
  // attendance
  attendance: 'Fremmøde',
  date: 'Dato',
  hours: 'Timer',
  absence: 'Fraværsårsag',
  // settings versions
  validFrom: 'Gælder fra måned',
  settings: 'Indstillinger',
  wageTypeCodes: 'Lønartskoder',
  wage: 'Lønart for løn',
  transportReimbursement: 'Lønart for kørselsgodtgørelse',
  transportDeduction: 'Lønart for kørselsfradrag',
  ...SETTINGS_LABELS,
  // work areas (docs/rules.md §6)
  workAreas: 'Arbejdsområde',
  workArea: 'Arbejdsområde',
  areaId: 'Arbejdsområde',
  from: 'Fra måned',
  wages: AREA_WAGE_LABEL,
  // export templates (docs/rules.md §9)
  employmentNumber: 'Ansættelsesnummer',
  'template.name': 'Skabelonens navn',
  label: 'Visningsnavn',
  layout: 'Linjer',
  encoding: 'Tegnsæt',
  separator: 'Skilletegn',
  decimalMark: 'Decimaltegn',
  amounts: 'Beløb og antal',
  header: 'Overskriftslinje',
  lineEnding: 'Linjeskift',
  identifier: 'Person identificeres ved',
  quoting: 'Anførselstegn om felter',
  forbidden: 'Tegn lønsystemet ikke tager imod',
  employerNumber: 'CVR-nummer',
  codeLength: 'Lønartskodernes længde',
  columns: 'Kolonner',
  field: 'Kolonnens felt',
  title: 'Kolonnens overskrift',
  fileName: 'Filnavn',
  code: 'Lønartskode',
  // months, user, backup
  month: 'Måned',
  reason: 'Begrundelse',
  initials: 'Initialer',
  citizen: 'Borger',
  citizenId: 'Borger',
  schemaVersion: 'Sikkerhedskopiens version',
  format: 'Filformat',
  checksum: 'Kontrolsum',
  ...CRITERION_LABELS,
};

/** Keys whose label depends on the parent: `helpNeedPoints.moderate`, `criteriaWeights.quality`. */
function nestedLabel(parent: string | undefined, key: string): string | undefined {
  if (parent === 'helpNeedPoints' && key in HELP_NEED_SHORT)
    return `Point for ${HELP_NEED_SHORT[key as keyof typeof HELP_NEED_SHORT].toLowerCase()}`;
  if (parent === 'criteriaWeights') return `Vægt for ${(FIELD_LABELS[key] ?? key).toLowerCase()}`;
  return FIELD_LABELS[parent === undefined ? key : `${parent}.${key}`];
}

/**
 * The Danish label of the field at `path`, e.g. `['transport', 'oneWayKm']` → `Afstand (km én
 * vej)`, `[3, 'hours']` → `Timer (række 4)`. Unknown names fall back to `Feltet`.
 */
export function fieldLabel(path: FieldPath): string {
  const names = path.filter((p): p is string => typeof p === 'string');
  const rows = path.filter((p): p is number => typeof p === 'number');
  const key = names.at(-1);
  let label = 'Feltet';
  if (key !== undefined)
    label =
      nestedLabel(names.at(-2), key) ??
      FIELD_LABELS[key] ??
      (names.length > 1 ? fieldLabel(names.slice(0, -1)) : 'Feltet');
  const row = rows.at(-1);
  return row !== undefined && typeof path[0] === 'number' ? `${label} (række ${row + 1})` : label;
}

/** One issue as a person reads it: `Månedsfradrag: må højst være 10.000.000`. */
export function describeIssue(issue: FieldIssue): string {
  const message = danishDatesIn(issue.message);
  return issue.path.length === 0 ? message : `${fieldLabel(issue.path)}: ${message}`;
}

/** Several issues in one sentence (the first few; how many more). */
export function describeIssues(issues: readonly FieldIssue[], max = 5): string {
  const shown = issues.slice(0, max).map(describeIssue).join('; ');
  return issues.length > max ? `${shown} (og ${issues.length - max} mere)` : shown;
}
