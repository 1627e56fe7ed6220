// Attendance: one row per citizen and day. A day of 0 hours is a stored zero-hour day; only an
// explicit clear (`clearAttendanceDay`, or a `{ clear: true }` row in a bulk save or import)
// removes a day (docs/rules.md §3); a closed month's days cannot change (docs/rules.md §10).
// Bulk paths for a month's grid and for import.
import { z } from 'zod';
import type {
  AttendanceConflict,
  AttendanceClear,
  AttendanceDayChange,
  AttendanceKey,
  DataApi,
  Version,
} from '../../shared/data/api';
import { DataError } from '../../shared/data/errors';
import type { FieldIssue } from '../../shared/domain/errors';
import { daysInMonth, monthOf } from '../../shared/calendar';
import {
  AttendanceInputSchema,
  id,
  isoDate,
  isoMonth,
  type Attendance,
  type AttendanceInput,
} from '../../shared/records';
import { CONFLICT_MESSAGE, invalid, versionOf, type DbContext } from './context';
import { formatDate, formatMonth } from '../../shared/danish/dates';
import { CITIZEN_GONE, assertMonthOpen } from './guards';

export type AttendanceOperations = Pick<
  DataApi,
  | 'listAttendance'
  | 'saveAttendanceDay'
  | 'clearAttendanceDay'
  | 'saveMonthAttendance'
  | 'importAttendance'
>;

const DAY_TABLES = ['citizens', 'attendance', 'monthCloses', 'auditLog', 'meta'] as const;

const auditId = (a: { citizenId: string; date: string }) => `${a.citizenId}|${a.date}`;

const AttendanceClearSchema = z.strictObject({
  citizenId: id,
  date: isoDate,
  clear: z.literal(true),
});

type ParsedChange = z.output<typeof AttendanceInputSchema> | AttendanceClear;

const isClear = (row: ParsedChange): row is AttendanceClear => 'clear' in row;

/**
 * A bulk row parsed: a row naming `clear` is a removal, any other a day to store. The version
 * the caller loaded travels beside the day, not in it (it is not part of the stored row).
 */
function parseChange(ctx: DbContext, row: AttendanceDayChange, i: number): ParsedChange {
  const { expectedUpdatedAt: _v, ...day } = row;
  return 'clear' in day
    ? ctx.parse(AttendanceClearSchema, day, 'Fremmødet', [i])
    : ctx.parse(AttendanceInputSchema, day, 'Fremmødet', [i]);
}

/**
 * docs/rules.md, "Samtidige ændringer": every day whose stored version is not the one the caller
 * loaded, read inside the write's transaction; CONFLICT with all of them (nothing is written).
 */
async function assertLoadedVersions(
  ctx: DbContext,
  days: readonly { key: AttendanceKey; expected: Version | undefined }[],
): Promise<void> {
  const conflicts: AttendanceConflict[] = [];
  const issues: FieldIssue[] = [];
  for (const [i, { key, expected }] of days.entries()) {
    if (expected === undefined) continue;
    const stored = (await ctx.db.attendance.get([key.citizenId, key.date])) ?? null;
    if (versionOf(stored) === expected) continue;
    conflicts.push({ ...key, stored });
    const message = `${formatDate(key.date)} er ændret et andet sted, efter du hentede den`;
    issues.push({ path: [i, 'hours'], message });
  }
  if (conflicts.length > 0)
    throw new DataError('CONFLICT', CONFLICT_MESSAGE, issues, { stored: conflicts });
}

/**
 * A month's attendance, read per citizen as ranges of the primary key [citizenId+date] (every
 * row belongs to a stored citizen: all writes and restores check that). At a million rows this
 * is about twice as fast as the `date` index, which costs a lookup per row (bench 3). Runs in
 * the caller's transaction, or in one of its own: 2,000 queries, one transaction.
 */
export async function monthAttendance(
  ctx: DbContext,
  month: string,
  citizenId?: string,
): Promise<Attendance[]> {
  const { db } = ctx;
  const days = daysInMonth(month);
  const first = days[0]!;
  const last = days[days.length - 1]!;
  return ctx.read(['citizens', 'attendance'], async () => {
    const ids =
      citizenId !== undefined
        ? [citizenId]
        : ((await db.citizens.toCollection().primaryKeys()) as string[]);
    const lists = await Promise.all(
      ids.map((id) =>
        db.attendance
          .where('[citizenId+date]')
          .between([id, first], [id, last], true, true)
          .toArray(),
      ),
    );
    return lists.flat();
  });
}

export function attendanceOperations(ctx: DbContext): AttendanceOperations {
  const { db } = ctx;

  /** Removes one day inside an open transaction (audited when there was one). */
  async function clearDay(key: { citizenId: string; date: string }): Promise<void> {
    const before = await db.attendance.get([key.citizenId, key.date]);
    if (!before) return;
    await db.attendance.delete([key.citizenId, key.date]);
    await ctx.audit('attendance', auditId(key), 'delete', before, undefined);
  }

  /**
   * One day stored inside an open transaction (0 hours too); returns the stored row, stamped with
   * a version larger than the one it replaces (docs/rules.md, "Samtidige ændringer").
   */
  async function putDay(day: Omit<Attendance, 'updatedAt'>): Promise<Attendance> {
    const key: [string, string] = [day.citizenId, day.date];
    const before = await db.attendance.get(key);
    if (
      before &&
      before.hours === day.hours &&
      before.absence === day.absence &&
      before.note === day.note
    )
      return before;
    const fields: Attendance = { ...day, updatedAt: ctx.stamp(before?.updatedAt) };
    await db.attendance.put(fields);
    await ctx.audit('attendance', auditId(fields), before ? 'update' : 'create', before, fields);
    return fields;
  }

  /** Saves one citizen's day; 0 hours is a stored zero-hour day (docs/rules.md §3). */
  async function saveAttendanceDay(
    input: AttendanceInput,
    expectedUpdatedAt?: Version,
  ): Promise<Attendance> {
    const fields = ctx.parse(AttendanceInputSchema, input, 'Fremmødet');
    await assertMonthOpen(ctx, monthOf(fields.date), 'fremmødet');
    return ctx.write(DAY_TABLES, async () => {
      await assertMonthOpen(ctx, monthOf(fields.date), 'fremmødet');
      if (!(await db.citizens.get(fields.citizenId)))
        throw new DataError('NOT_FOUND', CITIZEN_GONE);
      await assertLoadedVersions(ctx, [{ key: fields, expected: expectedUpdatedAt }]);
      return putDay(fields);
    });
  }

  return {
    async listAttendance(month, citizenId) {
      const rows = await monthAttendance(ctx, month, citizenId);
      return rows.sort((a, b) =>
        a.date === b.date ? (a.citizenId < b.citizenId ? -1 : 1) : a.date < b.date ? -1 : 1,
      );
    },

    saveAttendanceDay,

    async clearAttendanceDay(key, expectedUpdatedAt) {
      const fields = ctx.parse(AttendanceClearSchema, { ...key, clear: true }, 'Fremmødet');
      await assertMonthOpen(ctx, monthOf(fields.date), 'fremmødet');
      await ctx.write(DAY_TABLES, async () => {
        await assertMonthOpen(ctx, monthOf(fields.date), 'fremmødet');
        await assertLoadedVersions(ctx, [{ key: fields, expected: expectedUpdatedAt }]);
        await clearDay(fields);
      });
    },

    /** Saves (or, `clear: true`, removes) many days of one month at once, all or nothing. */
    async saveMonthAttendance(month, rows) {
      ctx.parse(isoMonth, month, 'Måneden');
      const parsed = rows.map((r, i) => {
        const fields = parseChange(ctx, r, i);
        if (monthOf(fields.date) !== month) {
          const message = `ligger uden for ${formatMonth(month)}`;
          throw invalid('Fremmødet', [{ path: [i, 'date'], message }]);
        }
        return fields;
      });
      return ctx.write(DAY_TABLES, async () => {
        await assertMonthOpen(ctx, month, 'fremmødet');
        await assertLoadedVersions(
          ctx,
          parsed.map((key, i) => ({ key, expected: rows[i]!.expectedUpdatedAt })),
        );
        let saved = 0;
        let removed = 0;
        const known = new Set((await db.citizens.toCollection().primaryKeys()) as string[]);
        for (const fields of parsed) {
          if (!known.has(fields.citizenId))
            throw new DataError('NOT_FOUND', `Borgeren ${fields.citizenId} findes ikke (mere).`);
          if (isClear(fields)) {
            await clearDay(fields);
            removed++;
          } else {
            await putDay(fields);
            saved++;
          }
        }
        return { saved, removed };
      });
    },

    /**
     * Bulk path for attendance (seeding, import of earlier months): every row validated and
     * every month checked open before anything is written; then one rw transaction per chunk
     * with bulkPut/bulkDelete and ONE summary audit entry per chunk. Each chunk is all or
     * nothing; an error after the first chunk leaves the earlier chunks saved and says how many.
     * Same row rules as saveMonthAttendance: a `{ citizenId, date, clear: true }` row removes
     * the day; a 0-hour row is stored as a zero-hour day.
     */
    async importAttendance(rows, opts = {}) {
      const chunkSize = Math.max(1, opts.chunkSize ?? 20_000);
      const parsed = rows.map((r, i) => parseChange(ctx, r, i));
      const months = new Set(parsed.map((r) => monthOf(r.date)));
      const citizenIds = new Set(parsed.map((r) => r.citizenId));
      const known = new Set((await db.citizens.toCollection().primaryKeys()) as string[]);
      for (const id of citizenIds)
        if (!known.has(id)) throw new DataError('NOT_FOUND', `Borgeren ${id} findes ikke (mere).`);
      for (const m of months) await assertMonthOpen(ctx, m, 'fremmødet');
      let saved = 0;
      let removed = 0;
      let chunks = 0;
      for (let start = 0; start < parsed.length; start += chunkSize) {
        const chunk = parsed.slice(start, start + chunkSize);
        try {
          await ctx.write(['attendance', 'monthCloses', 'auditLog', 'meta'], async () => {
            // Re-checked inside the transaction: another window may have closed a month meanwhile.
            for (const m of new Set(chunk.map((r) => monthOf(r.date))))
              await assertMonthOpen(ctx, m, 'fremmødet');
            const at = ctx.now();
            const put: Attendance[] = [];
            const drop: [string, string][] = [];
            for (const f of chunk) {
              if (isClear(f)) drop.push([f.citizenId, f.date]);
              else put.push({ ...f, updatedAt: at });
            }
            if (drop.length > 0) await db.attendance.bulkDelete(drop);
            await db.attendance.bulkPut(put);
            let from = chunk[0]!.date;
            let to = from;
            for (const r of chunk) {
              if (r.date < from) from = r.date;
              if (r.date > to) to = r.date;
            }
            await ctx.audit('attendance', 'import', 'create', undefined, {
              saved: put.length,
              removed: drop.length,
              from,
              to,
            });
            saved += put.length;
            removed += drop.length;
          });
        } catch (error) {
          if (chunks > 0 && error instanceof DataError)
            throw new DataError(
              error.code,
              `${error.message} (${saved + removed} af ${parsed.length} rækker var allerede gemt)`,
              error.issues,
            );
          throw error;
        }
        chunks++;
        opts.onProgress?.(saved + removed, parsed.length);
      }
      return { saved, removed, chunks };
    },
  };
}
