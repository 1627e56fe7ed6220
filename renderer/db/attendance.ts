// Attendance: one row per citizen and day. A day with 0 hours and no absence or note is no row
// at all; a closed month's days cannot change (docs/rules.md §10). Bulk paths for a month's
// grid and for import.
import type { DataApi } from '../../shared/data/api';
import { DataError } from '../../shared/data/errors';
import { daysInMonth, monthOf } from '../../shared/calendar';
import {
  AttendanceInputSchema,
  isoMonth,
  type Attendance,
  type AttendanceInput,
} from '../../shared/records';
import { invalid, type DbContext } from './context';
import { formatMonth } from '../../shared/danish/dates';
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

const isEmptyDay = (a: Attendance) =>
  a.hours === 0 && a.absence === undefined && a.note === undefined;

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

  /** One row's change inside an open transaction; returns the stored row or null (removed). */
  async function putDay(fields: Attendance): Promise<Attendance | null> {
    const key: [string, string] = [fields.citizenId, fields.date];
    const before = await db.attendance.get(key);
    if (isEmptyDay(fields)) {
      if (before) {
        await db.attendance.delete(key);
        await ctx.audit('attendance', auditId(fields), 'delete', before, undefined);
      }
      return null;
    }
    if (
      before &&
      before.hours === fields.hours &&
      before.absence === fields.absence &&
      before.note === fields.note
    )
      return before;
    await db.attendance.put(fields);
    await ctx.audit('attendance', auditId(fields), before ? 'update' : 'create', before, fields);
    return fields;
  }

  /** Saves one citizen's day (0 hours with no reason or note removes the row). */
  async function saveAttendanceDay(input: AttendanceInput): Promise<Attendance | null> {
    const fields = ctx.parse(AttendanceInputSchema, input, 'Fremmødet');
    await assertMonthOpen(ctx, monthOf(fields.date), 'fremmødet');
    return ctx.write(DAY_TABLES, async () => {
      await assertMonthOpen(ctx, monthOf(fields.date), 'fremmødet');
      if (!(await db.citizens.get(fields.citizenId)))
        throw new DataError('NOT_FOUND', CITIZEN_GONE);
      return putDay({ ...fields, updatedAt: ctx.now() });
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

    async clearAttendanceDay(key) {
      await saveAttendanceDay({ citizenId: key.citizenId, date: key.date, hours: 0 });
    },

    /** Saves many days of one month at once, all or nothing. */
    async saveMonthAttendance(month, rows) {
      ctx.parse(isoMonth, month, 'Måneden');
      const parsed = rows.map((r, i) => {
        const fields = ctx.parse(AttendanceInputSchema, r, 'Fremmødet', [i]);
        if (monthOf(fields.date) !== month) {
          const message = `ligger uden for ${formatMonth(month)}`;
          throw invalid('Fremmødet', [{ path: [i, 'date'], message }]);
        }
        return fields;
      });
      return ctx.write(DAY_TABLES, async () => {
        await assertMonthOpen(ctx, month, 'fremmødet');
        const at = ctx.now();
        let saved = 0;
        let removed = 0;
        const known = new Set((await db.citizens.toCollection().primaryKeys()) as string[]);
        for (const fields of parsed) {
          if (!known.has(fields.citizenId))
            throw new DataError('NOT_FOUND', `Borgeren ${fields.citizenId} findes ikke (mere).`);
          const out = await putDay({ ...fields, updatedAt: at });
          if (out) saved++;
          else removed++;
        }
        return { saved, removed };
      });
    },

    /**
     * Bulk path for attendance (seeding, import of earlier months): every row validated and
     * every month checked open before anything is written; then one rw transaction per chunk
     * with bulkPut/bulkDelete and ONE summary audit entry per chunk. Each chunk is all or
     * nothing; an error after the first chunk leaves the earlier chunks saved and says how many.
     * Same row rules as saveMonthAttendance: 0 hours with no reason or note removes the day.
     */
    async importAttendance(rows, opts = {}) {
      const chunkSize = Math.max(1, opts.chunkSize ?? 20_000);
      const parsed = ctx.parseAll(AttendanceInputSchema, rows, 'Fremmødet');
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
              const row: Attendance = { ...f, updatedAt: at };
              if (isEmptyDay(row)) drop.push([row.citizenId, row.date]);
              else put.push(row);
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
