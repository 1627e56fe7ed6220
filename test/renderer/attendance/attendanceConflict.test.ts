// A grid save refused as stale (issue 11, finding 3; docs/rules.md, "Samtidige ændringer").
import { describe, expect, it } from 'vitest';
import type { AttendanceConflict } from '../../../shared/data/api';
import {
  cellConflictRows,
  cellValueText,
  staleCells,
  withLoaded,
} from '../../../renderer/src/features/attendance/attendanceConflict';
import { attendanceInputs } from '../../../renderer/src/features/attendance/attendanceModel';
import type { CellValue } from '../../../renderer/src/features/attendance/cellInput';
import type { GridRow } from '../../../renderer/src/features/attendance/gridModel';

const hours = (h: number): CellValue => ({ kind: 'hours', hours: h });
const V1 = '2026-11-02T09:00:00.000Z';
const V2 = '2026-11-02T09:00:05.000Z';
const row: GridRow = {
  id: 'eva',
  name: 'Eva Eriksen',
  cells: new Map([['2026-10-01', hours(6)]]),
  planned: new Set(),
  versions: new Map([['2026-10-01', V1]]),
};
const stored = (date: string, h: number, updatedAt = V2): AttendanceConflict => ({
  citizenId: 'eva',
  date,
  stored: { citizenId: 'eva', date, hours: h, updatedAt },
});

describe('grid conflicts', () => {
  it('each change carries its cell as loaded: the version, or null for an empty cell', () => {
    const list = withLoaded(
      [
        { rowId: 'eva', date: '2026-10-01', value: hours(5) },
        { rowId: 'eva', date: '2026-10-02', value: hours(5) },
        // An edit keeps what it began with.
        { rowId: 'eva', date: '2026-10-03', value: hours(5), expected: V2, before: hours(1) },
      ],
      [row],
    );
    expect(list.map((c) => [c.expected, c.before])).toEqual([
      [V1, hours(6)],
      [null, { kind: 'empty' }],
      [V2, hours(1)],
    ]);
    expect(attendanceInputs(list).map((r) => r.expectedUpdatedAt)).toEqual([V1, null, V2]);
  });

  it('a day stored with what the person saw is saved again; another value is shown', () => {
    const list = withLoaded(
      [
        { rowId: 'eva', date: '2026-10-01', value: hours(5), before: hours(6) },
        { rowId: 'eva', date: '2026-10-02', value: hours(5) },
      ],
      [row],
    );
    // 01.10 still holds 6 (their own save came back later); 02.10 was filled with 7 elsewhere.
    const conflicts = [stored('2026-10-01', 6), stored('2026-10-02', 7)];
    const { retry, changed } = staleCells(list, conflicts);
    expect(retry.map((c) => c.expected)).toEqual([V2, V2]);
    expect(changed).toEqual([conflicts[1]]);
    expect(cellConflictRows(changed, retry, [row])).toEqual([
      { label: 'Eva Eriksen, 02.10.2026', mine: '5 timer', stored: '7 timer' },
    ]);
    // A day removed elsewhere: stored null, expected null on the retry.
    const gone: AttendanceConflict = { citizenId: 'eva', date: '2026-10-01', stored: null };
    const again = staleCells(list, [gone]);
    expect(again.retry[0]!.expected).toBeNull();
    expect(again.changed).toEqual([gone]);
    expect(cellValueText({ kind: 'absence', reason: 'syg' })).toBe('Syg');
    expect(cellValueText({ kind: 'empty' })).toBe('(tom)');
  });
});
