// Cells of a spreadsheet the workshop saved from Danish Excel ("CSV (semikolonsepareret)"):
// dates as 01-10-2026, numbers with decimal comma, yes/no and the app's values in the words a
// workshop leader writes (docs/rules.md §14). Each reader gives the value or a Danish message.
import { isRealDay, isoOf } from '../calendar';
import { parseDanishNumberInput } from '../danish/number';
import type { Offer, Payer, TransportMode } from '../domain/input';
import type { AbsenceReason } from '../records/attendance';
import type { GrantSize } from '../records/grant';

export type Cell<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Cell<T> => ({ ok: true, value });
const refused = <T>(message: string): Cell<T> => ({ ok: false, message });

/** Lower case, no spaces, dots, § or "sel": `§ 103` and `SEL103` read alike. */
export function normalizeWord(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s.§_()-]/g, '')
    .replace(/^sel/, '');
}

/** `01-10-2026`, `1.10.2026`, `01/10/26` or ISO `2026-10-01` → `2026-10-01`. */
export function readDate(text: string): Cell<string> {
  const s = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const danish = /^(\d{1,2})[-./](\d{1,2})[-./](\d{2}|\d{4})$/.exec(s);
  const [y, m, d] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : danish
      ? [
          danish[3]!.length === 2 ? 2000 + Number(danish[3]) : Number(danish[3]),
          Number(danish[2]),
          Number(danish[1]),
        ]
      : [NaN, NaN, NaN];
  if (Number.isNaN(y)) return refused('skal være en dato, fx 01-10-2026');
  if (!isRealDay(y, m, d)) return refused('er ikke en dato, der findes');
  return ok(isoOf(y, m, d));
}

/** A Danish number (`7,5`, `4.000,50`); the schema checks its bounds afterwards. */
export function readNumber(text: string): Cell<number> {
  const r = parseDanishNumberInput(text);
  return r.ok ? ok(r.value) : refused(r.message);
}

function readWord<T>(table: Record<string, T>, text: string, expected: string): Cell<T> {
  const value = table[normalizeWord(text)];
  return value === undefined ? refused(`skal være ${expected}`) : ok(value);
}

const OFFER_WORDS: Record<string, Offer> = {
  '103': 'SEL103',
  beskyttetbeskæftigelse: 'SEL103',
  '104': 'SEL104',
  aktivitetsogsamværstilbud: 'SEL104',
  aktivitetogsamvær: 'SEL104',
};

export const readOffer = (text: string) => readWord(OFFER_WORDS, text, '103 eller 104');

const GRANT_WORDS: Record<string, GrantSize> = {
  '½': 'half',
  '1/2': 'half',
  halv: 'half',
  '2': 'half',
  '¾': 'threeQuarters',
  '3/4': 'threeQuarters',
  trekvart: 'threeQuarters',
  '3': 'threeQuarters',
  '1/1': 'full',
  '1': 'full',
  hel: 'full',
  fuld: 'full',
  '4': 'full',
};

export const readGrantSize = (text: string) =>
  readWord(GRANT_WORDS, text.replace(/plads|dage/gi, ''), '½, ¾ eller 1/1 (2, 3 eller 4 dage)');

const MODE_WORDS: Record<string, TransportMode> = {
  bil: 'car',
  egenbil: 'car',
  offentlig: 'public',
  offentligtransport: 'public',
  bus: 'public',
  tog: 'public',
  særlig: 'special',
  særligkørsel: 'special',
  flextur: 'special',
  taxa: 'special',
  ingen: 'none',
  går: 'none',
  cykel: 'none',
  cykler: 'none',
};

export const readTransportMode = (text: string) =>
  readWord(MODE_WORDS, text, 'bil, offentlig, særlig eller ingen');

const PAYER_WORDS: Record<string, Payer> = {
  borger: 'citizen',
  borgeren: 'citizen',
  kommune: 'municipality',
  kommunen: 'municipality',
};

export const readPayer = (text: string) => readWord(PAYER_WORDS, text, 'borgeren eller kommunen');

const YES_NO: Record<string, boolean> = { ja: true, j: true, x: true, nej: false, n: false };

export const readYesNo = (text: string) => readWord(YES_NO, text, 'ja eller nej');

/** What a day cell of an attendance sheet may hold besides hours. */
const ABSENCE_WORDS: Record<string, AbsenceReason> = {
  s: 'syg',
  syg: 'syg',
  f: 'ferie',
  ferie: 'ferie',
  fri: 'fri',
  u: 'udeblevet',
  udeblevet: 'udeblevet',
  a: 'andet',
  andet: 'andet',
};

export type DayCell = { hours: number } | { absence: AbsenceReason };

/** Hours (`6`, `7,5`) or an absence code (S syg, F ferie, FRI, U udeblevet, A andet). */
export function readDay(text: string): Cell<DayCell> {
  const absence = ABSENCE_WORDS[normalizeWord(text)];
  if (absence !== undefined) return ok({ absence });
  const n = readNumber(text);
  if (!n.ok) return refused('skal være timer (fx 7,5) eller en fraværskode: S, F, FRI, U eller A');
  return ok({ hours: n.value });
}
