// Danish texts of every enum value a person can meet (docs/rules.md §1–§9): on screens, in
// letters and in error messages ("skal være en af: Egen bil, Offentlig transport, …"). A leaf
// module (type imports only), so the schemas can use it without import cycles.
import type { HelpNeed } from '../domain/criteria';
import type { Offer, Payer, TransportMode } from '../domain/input';
import type { WarningCode } from '../domain/warnings';
import type { AbsenceReason } from '../records/attendance';
import type { GrantSize } from '../records/grant';
import type { ExportProfile } from '../records/month-close';
import type { MonthStatus } from '../data/api';

export const OFFER_LABELS: Record<Offer, string> = {
  SEL103: '§ 103 Beskyttet beskæftigelse',
  SEL104: '§ 104 Aktivitets- og samværstilbud',
};

export const OFFER_SHORT: Record<Offer, string> = { SEL103: '§ 103', SEL104: '§ 104' };

export const TRANSPORT_MODE_LABELS: Record<TransportMode, string> = {
  none: 'Ingen udgift (går, cykler)',
  car: 'Egen bil',
  public: 'Offentlig transport',
  special: 'Særlig kørsel (flextur, taxa)',
};

export const PAYER_LABELS: Record<Payer, string> = {
  citizen: 'Borgeren betaler selv og får kommunens andel udbetalt med lønnen',
  municipality: 'Kommunen betaler vognmanden; borgerens andel trækkes i lønnen',
};

/** Short names of the help-need levels (the long texts are HELP_NEED_LABELS in criteria.ts). */
export const HELP_NEED_SHORT: Record<HelpNeed, string> = {
  independent: 'Selvstændig',
  moderate: 'Moderat støtte',
  extensive: 'Meget støtte',
};

export const GRANT_SIZE_LABELS: Record<GrantSize, string> = {
  half: '½ plads',
  threeQuarters: '¾ plads',
  full: '1/1 plads',
};

export const ABSENCE_LABELS: Record<AbsenceReason, string> = {
  syg: 'Syg',
  ferie: 'Ferie',
  fri: 'Fri',
  udeblevet: 'Udeblevet',
  andet: 'Andet',
};

export const EXPORT_PROFILE_LABELS: Record<ExportProfile, string> = {
  excel: 'Excel (da-DK)',
  'wage-types': 'Lønsystem (lønarter)',
};

export const MONTH_STATUS_LABELS: Record<MonthStatus, string> = {
  open: 'Åben',
  closed: 'Lukket',
  reopened: 'Genåbnet',
};

export const WARNING_SHORT: Record<WarningCode, string> = {
  ABOVE_CEILING: 'Over loftet',
  DEFAULT_TAX_CARD: 'Intet skattekort',
  TRANSPORT_CAPPED: 'Kørsel begrænset',
};

/** Every enum value → its Danish text, for messages about a value of any enum. */
const VALUE_TEXTS: Readonly<Record<string, string>> = {
  ...OFFER_SHORT,
  ...TRANSPORT_MODE_LABELS,
  citizen: 'borgeren betaler',
  municipality: 'kommunen betaler',
  ...HELP_NEED_SHORT,
  ...GRANT_SIZE_LABELS,
  ...ABSENCE_LABELS,
  ...EXPORT_PROFILE_LABELS,
  ...WARNING_SHORT,
};

/** `car` → `Egen bil`; a value with no text is returned as it is. */
export function valueText(value: string): string {
  return VALUE_TEXTS[value] ?? value;
}
