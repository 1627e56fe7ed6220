// What a person types into one attendance cell, and how the grid moves: pure, unit-tested.
import { parseDanishNumberInput } from '../../../../shared/danish/number';
import { hasAtMostTwoDecimals } from '../../../../shared/money';
import {
  ABSENCE_LABELS,
  ABSENCE_REASONS,
  type AbsenceReason,
} from '../../../../shared/records/attendance';

export { ABSENCE_LABELS, ABSENCE_REASONS, type AbsenceReason };

/** The short code shown in a cell and accepted when typed. */
export const ABSENCE_CODES: Record<AbsenceReason, string> = {
  syg: 'S',
  ferie: 'F',
  fri: 'FR',
  udeblevet: 'U',
  andet: 'A',
};

export type CellValue =
  { kind: 'empty' } | { kind: 'hours'; hours: number } | { kind: 'absence'; reason: AbsenceReason };

export type CellParse = { ok: true; value: CellValue } | { ok: false; message: string };

const BY_TEXT = new Map<string, AbsenceReason>();
for (const r of ABSENCE_REASONS) {
  BY_TEXT.set(r, r);
  BY_TEXT.set(ABSENCE_CODES[r].toLowerCase(), r);
}
BY_TEXT.set('sygdom', 'syg');

/** Text made of digits, points and commas only: meant as hours, so the number parser explains. */
const NUMBER_LIKE = /^[-−–]?[\d.,\s]*\d[\d.,\s]*$/;

/**
 * `7,5` → 7.5 hours; `S`/`syg` → absence; empty → clear. Hours are read as Danish numbers
 * (`7.5` is refused with a hint to write `7,5`), 0–24 with at most two decimals (docs/rules.md
 * §5). Errors are Danish sentences naming what was wrong.
 */
export function parseCellInput(text: string): CellParse {
  const t = text.trim();
  if (t === '') return { ok: true, value: { kind: 'empty' } };
  const reason = BY_TEXT.get(t.toLowerCase());
  if (reason) return { ok: true, value: { kind: 'absence', reason } };
  const parsed = parseDanishNumberInput(t);
  if (!parsed.ok) {
    return {
      ok: false,
      message: NUMBER_LIKE.test(t)
        ? `Timer: ${parsed.message}.`
        : `»${t}« er hverken timer eller en fraværskode (S, F, FR, U, A).`,
    };
  }
  const n = parsed.value;
  if (n < 0 || n > 24) return { ok: false, message: 'Timer skal være mellem 0 og 24.' };
  if (!hasAtMostTwoDecimals(n)) return { ok: false, message: 'Timer må højst have to decimaler.' };
  return { ok: true, value: { kind: 'hours', hours: n } };
}

/** A tab-separated row (as copied from a spreadsheet) → cell texts; a trailing newline is ignored. */
export function splitPastedRow(text: string): string[] {
  const firstLine = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n')[0] ?? '';
  return firstLine.split('\t');
}

export interface GridPos {
  row: number;
  col: number;
}

/** The cell the arrow / Enter / Tab keys lead to, clamped to the grid. Null for other keys. */
export function moveInGrid(
  pos: GridPos,
  key: string,
  rows: number,
  cols: number,
  shift = false,
): GridPos | null {
  const clamp = (p: GridPos): GridPos => ({
    row: Math.min(rows - 1, Math.max(0, p.row)),
    col: Math.min(cols - 1, Math.max(0, p.col)),
  });
  switch (key) {
    case 'ArrowUp':
      return clamp({ ...pos, row: pos.row - 1 });
    case 'ArrowDown':
      return clamp({ ...pos, row: pos.row + 1 });
    case 'ArrowLeft':
      return clamp({ ...pos, col: pos.col - 1 });
    case 'ArrowRight':
      return clamp({ ...pos, col: pos.col + 1 });
    case 'Enter':
      return clamp({ ...pos, row: pos.row + (shift ? -1 : 1) });
    case 'Tab':
      return clamp({ ...pos, col: pos.col + (shift ? -1 : 1) });
    case 'Home':
      return clamp({ ...pos, col: 0 });
    case 'End':
      return clamp({ ...pos, col: cols - 1 });
    default:
      return null;
  }
}

/** The text a cell shows for its value. */
export function cellText(value: CellValue): string {
  switch (value.kind) {
    case 'empty':
      return '';
    case 'hours':
      return String(value.hours).replace('.', ',');
    case 'absence':
      return ABSENCE_CODES[value.reason];
  }
}
