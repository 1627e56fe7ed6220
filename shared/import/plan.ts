// The preview of an import (docs/rules.md §14): per line of the file what will be created or
// changed, or why it is refused, and the items the data layer writes once the person confirms.
import type { AttendanceDayChange } from '../data/api';
import type { CitizenInput } from '../records/citizen';
import type { GrantInput } from '../records/grant';
import type { ImportKind } from './fields';

/** Why a line is refused: where in the file (line, column as in Excel) and what was there. */
export interface RowProblem {
  line: number;
  /** Column letter and header, e.g. `C «CPR»`; absent for a problem of the whole line. */
  column?: string;
  value?: string;
  message: string;
}

export type RowAction = 'create' | 'update' | 'unchanged' | 'refused';

export interface PlannedRow {
  line: number;
  /** Who the line is about, e.g. `Anna Andersen (1001)`. */
  label: string;
  action: RowAction;
  /** What changes, in Danish (`Navn: Anna A → Anna Andersen`). */
  changes: string[];
  problems: RowProblem[];
}

export type GrantFields = Omit<GrantInput, 'citizenId'>;

export type ImportItem =
  | { kind: 'createCitizen'; line: number; input: CitizenInput; grant?: GrantFields }
  | {
      kind: 'updateCitizen';
      line: number;
      id: string;
      expectedUpdatedAt: string;
      patch?: Partial<CitizenInput>;
      grant?: { id?: string; expectedUpdatedAt?: string; input: GrantFields };
    }
  | { kind: 'attendance'; line: number; month: string; changes: AttendanceDayChange[] };

/** What the person confirms: the items, all written in one transaction or none. */
export interface ImportBatch {
  kind: ImportKind;
  fileName: string;
  items: ImportItem[];
}

export interface ImportPlan {
  kind: ImportKind;
  rows: PlannedRow[];
  items: ImportItem[];
  /** Problems of the whole file (a closed month, a missing column), each a sentence. */
  fileProblems: string[];
}

/** One import as the audit log keeps it; undoable until undone or overtaken by other changes. */
export interface ImportReceipt {
  id: string;
  kind: ImportKind;
  fileName: string;
  at: string;
  by: string;
  created: number;
  updated: number;
  days: number;
  undone: boolean;
}

export interface ImportCounts {
  create: number;
  update: number;
  unchanged: number;
  refused: number;
}

export function countRows(rows: readonly PlannedRow[]): ImportCounts {
  const counts: ImportCounts = { create: 0, update: 0, unchanged: 0, refused: 0 };
  for (const r of rows) counts[r.action]++;
  return counts;
}

/** `A`, `B`, … `Z`, `AA`: the column letter a spreadsheet shows. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnName(header: readonly string[], index: number): string {
  const name = header[index]?.trim();
  return name ? `${columnLetter(index)} «${name}»` : columnLetter(index);
}

/** A line with no text in any cell (Excel writes `;;;;` lines below the data). */
export function isBlankLine(row: readonly string[]): boolean {
  return row.every((c) => c.trim() === '');
}
