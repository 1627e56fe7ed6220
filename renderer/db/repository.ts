// The repository the UI calls: plain async functions returning plain objects (fit for
// dexie-react-hooks' useLiveQuery). Every change is validated with the row's zod schema,
// written in one read-write transaction together with its audit entry (issue 3 § 1), and
// guarded against a full disk (issue 3 § 5).
import Dexie from 'dexie';
import { z } from 'zod';
import { formatIssue, fromZodIssues } from '../../shared/domain/errors';
import { daysInMonth, monthOf } from '../../shared/domain/dates';
import {
  AttendanceInputSchema,
  CitizenEndSchema,
  CitizenInputSchema,
  GrantInputSchema,
  MonthCloseSchema,
  ReopenReasonSchema,
  SettingsVersionInputSchema,
  WageDecisionInputSchema,
  followUpDue,
  initials as InitialsSchema,
  isoMonth,
  settingsVersionFor,
  defaultSettingsVersion,
  type Attendance,
  type AttendanceInput,
  type AuditAction,
  type AuditEntry,
  type AuditTable,
  type Citizen,
  type CitizenEnd,
  type CitizenInput,
  type ExportProfile,
  type Grant,
  type GrantInput,
  type MonthClose,
  type SettingsVersion,
  type SettingsVersionInput,
  type WageDecision,
  type WageDecisionInput,
} from '../../shared/records';
import { computeMonth, toPayrollMonth, type MonthResults } from '../../shared/month';
import { buildCsv, csvFileName, formatDecimal } from '../../shared/csv';
import { wageFloorOre } from '../../shared/domain/wage';
import { toOre } from '../../shared/money';
import { parseBackup, serializeBackup, sha256Hex, type BackupData } from '../../shared/backup';
import { DATA_TABLES, type JobbasenDb, type SafetyCopy } from './schema';
import { DataError, QUOTA_MESSAGE, isQuotaError } from './errors';

export interface RepositoryOptions {
  /** The clock (ISO timestamp); tests fix it. */
  now?: () => string;
  appVersion?: string;
  /** `navigator.storage` or a stand-in; undefined where the browser has none. */
  storage?: StorageLike;
  /** How many safety copies to keep before a restore (older ones are pruned). */
  keepSafetyCopies?: number;
}

export interface StorageLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

/** For the settings screen (issue 3 § 5). */
export interface StorageStatus {
  /** Whether the browser offers persistent storage at all. */
  supported: boolean;
  /** The browser's answer: true = data will not be evicted under storage pressure. */
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
  /** True after a quota error: writing is stopped until `resumeWrites()`. */
  writesStopped: boolean;
  message: string;
}

export type MonthStatus = 'open' | 'closed' | 'reopened';

export interface MonthView {
  month: string;
  status: MonthStatus;
  /** For a closed month: the stored results (frozen); otherwise computed now. */
  results: MonthResults;
  close: MonthClose | null;
}

export interface CsvExport {
  fileName: string;
  /** The file's text (BOM included); save as UTF-8. */
  content: string;
  /** SHA-256 (hex) of the UTF-8 bytes. */
  sha256: string;
  /** True when built from a closed month's stored results. */
  frozen: boolean;
}

export type RestoreResult =
  | {
      ok: true;
      fromVersion: number;
      counts: Record<(typeof DATA_TABLES)[number], number>;
      safetyCopyId: number;
    }
  | { ok: false; message: string };

export interface AuditQuery {
  table?: AuditTable;
  recordId?: string;
  limit?: number;
}

export type AttendanceKey = { citizenId: string; date: string };

/** Attendance rows to save for a month (bulk): a row with 0 hours and nothing else is removed. */
export type AttendanceBulkRow = AttendanceInput;

type Tables = (typeof DATA_TABLES)[number] | 'meta' | 'safetyCopies';

function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = fromZodIssues(parsed.error.issues).map(formatIssue);
  throw new DataError('VALIDATION', `${what} er ikke gemt: ${issues.join('; ')}`, issues);
}

const attendanceId = (a: AttendanceKey) => `${a.citizenId}|${a.date}`;

export function createRepository(db: JobbasenDb, options: RepositoryOptions = {}) {
  const now = options.now ?? (() => new Date().toISOString());
  const appVersion = options.appVersion ?? '0.0.0';
  const keepSafetyCopies = options.keepSafetyCopies ?? 3;
  let writesStopped = false;
  let persistedAnswer: boolean | null = null;
  let sessionUser: string | null = null;

  const newId = () => globalThis.crypto.randomUUID();

  /** One rw transaction around a change; a quota error stops all writing (issue 3 § 5). */
  async function write<T>(tables: readonly Tables[], fn: () => Promise<T>): Promise<T> {
    if (writesStopped) throw new DataError('WRITES_STOPPED', QUOTA_MESSAGE);
    try {
      return await db.transaction('rw', tables as unknown as string[], fn);
    } catch (error) {
      const inner = (error as { inner?: unknown } | null)?.inner;
      if (inner instanceof DataError) throw inner;
      if (error instanceof DataError) throw error;
      if (isQuotaError(error)) {
        writesStopped = true;
        throw new DataError('QUOTA', QUOTA_MESSAGE);
      }
      if (error instanceof Dexie.DatabaseClosedError)
        throw new DataError(
          'DATABASE_CLOSED',
          'Databasen blev lukket, fordi en nyere version er åbnet i et andet vindue. Genindlæs siden; intet gemt er tabt.',
        );
      throw error;
    }
  }

  async function user(): Promise<string> {
    if (sessionUser) return sessionUser;
    const row = await db.meta.get('currentUser');
    const value = typeof row?.value === 'string' ? row.value : null;
    if (!value)
      throw new DataError(
        'NO_USER',
        'Angiv dine initialer, før du ændrer noget: hver ændring logges med initialer.',
      );
    sessionUser = value;
    return value;
  }

  async function audit(
    table: AuditTable,
    recordId: string,
    action: AuditAction,
    before: unknown,
    after: unknown,
    reason?: string,
  ): Promise<void> {
    const entry: AuditEntry = { at: now(), by: await user(), table, recordId, action };
    if (before !== undefined) entry.before = before;
    if (after !== undefined) entry.after = after;
    if (reason !== undefined) entry.reason = reason;
    await db.auditLog.add(entry);
  }

  function checkExpected(row: { updatedAt: string }, expectedUpdatedAt: string | undefined) {
    if (expectedUpdatedAt !== undefined && row.updatedAt !== expectedUpdatedAt)
      throw new DataError(
        'CONFLICT',
        'Posten er ændret et andet sted (fx i et andet vindue), efter du åbnede den. Indlæs den igen og gentag din ændring.',
      );
  }

  async function closedMonth(month: string): Promise<MonthClose | undefined> {
    const close = await db.monthCloses.get(month);
    return close?.status === 'closed' ? close : undefined;
  }

  async function assertMonthOpen(month: string, what: string) {
    if (await closedMonth(month))
      throw new DataError(
        'CLOSED_MONTH',
        `Måneden ${month} er lukket, så ${what} kan ikke ændres. Genåbn måneden med en begrundelse for at rette.`,
      );
  }

  async function lockedDecisionMonths(decisionId: string): Promise<string[]> {
    const closes = await db.monthCloses.toArray();
    return closes.filter((c) => c.wageDecisionIds.includes(decisionId)).map((c) => c.month);
  }

  // ---- user ---------------------------------------------------------------------------------

  async function getCurrentUser(): Promise<string | null> {
    const row = await db.meta.get('currentUser');
    return typeof row?.value === 'string' ? row.value : null;
  }

  async function setCurrentUser(initials: string): Promise<string> {
    const value = parseOrThrow(InitialsSchema, initials, 'Initialerne');
    await write(['meta'], () => db.meta.put({ key: 'currentUser', value }));
    sessionUser = value;
    return value;
  }

  // ---- citizens -----------------------------------------------------------------------------

  async function listCitizens(opts: { includeEnded?: boolean } = {}): Promise<Citizen[]> {
    const all = await db.citizens.orderBy('name').toArray();
    return opts.includeEnded ? all : all.filter((c) => c.endDate === undefined);
  }

  async function getCitizen(id: string): Promise<Citizen | null> {
    return (await db.citizens.get(id)) ?? null;
  }

  async function assertPayrollNumberFree(payrollNumber: string, exceptId?: string) {
    const same = await db.citizens.where('payrollNumber').equals(payrollNumber).toArray();
    const clash = same.find((c) => c.id !== exceptId && c.endDate === undefined);
    if (clash)
      throw new DataError(
        'VALIDATION',
        `payrollNumber: lønnummeret ${payrollNumber} bruges allerede af ${clash.name}`,
        [`payrollNumber: lønnummeret ${payrollNumber} bruges allerede af ${clash.name}`],
      );
  }

  async function createCitizen(input: CitizenInput): Promise<Citizen> {
    const fields = parseOrThrow(CitizenInputSchema, input, 'Borgeren');
    return write(['citizens', 'auditLog', 'meta'], async () => {
      await assertPayrollNumberFree(fields.payrollNumber);
      const at = now();
      const row: Citizen = { id: newId(), ...fields, createdAt: at, updatedAt: at };
      await db.citizens.add(row);
      await audit('citizens', row.id, 'create', undefined, row);
      return row;
    });
  }

  async function updateCitizen(
    id: string,
    patch: Partial<CitizenInput>,
    expectedUpdatedAt?: string,
  ): Promise<Citizen> {
    return write(['citizens', 'auditLog', 'meta'], async () => {
      const before = await db.citizens.get(id);
      if (!before) throw new DataError('NOT_FOUND', 'Borgeren findes ikke (mere).');
      checkExpected(before, expectedUpdatedAt);
      const {
        id: _i,
        endDate: _e,
        endReason: _r,
        createdAt: _c,
        updatedAt: _u,
        ...current
      } = before;
      const fields = parseOrThrow(CitizenInputSchema, { ...current, ...patch }, 'Borgeren');
      if (fields.payrollNumber !== before.payrollNumber && before.endDate === undefined)
        await assertPayrollNumberFree(fields.payrollNumber, id);
      const after: Citizen = {
        ...fields,
        id,
        ...(before.endDate !== undefined
          ? { endDate: before.endDate, endReason: before.endReason }
          : {}),
        createdAt: before.createdAt,
        updatedAt: now(),
      };
      await db.citizens.put(after);
      await audit('citizens', id, 'update', before, after);
      return after;
    });
  }

  /** Ends the citizen's enrolment (date and reason); all history is kept. */
  async function endCitizen(id: string, end: CitizenEnd): Promise<Citizen> {
    const fields = parseOrThrow(CitizenEndSchema, end, 'Afslutningen');
    return write(['citizens', 'auditLog', 'meta'], async () => {
      const before = await db.citizens.get(id);
      if (!before) throw new DataError('NOT_FOUND', 'Borgeren findes ikke (mere).');
      if (fields.endDate < before.startDate)
        throw new DataError('VALIDATION', 'endDate: slutdatoen ligger før startdatoen', [
          'endDate: slutdatoen ligger før startdatoen',
        ]);
      const after: Citizen = { ...before, ...fields, updatedAt: now() };
      await db.citizens.put(after);
      await audit('citizens', id, 'end', before, after, fields.endReason);
      return after;
    });
  }

  async function reactivateCitizen(id: string): Promise<Citizen> {
    return write(['citizens', 'auditLog', 'meta'], async () => {
      const before = await db.citizens.get(id);
      if (!before) throw new DataError('NOT_FOUND', 'Borgeren findes ikke (mere).');
      await assertPayrollNumberFree(before.payrollNumber, id);
      const { endDate: _e, endReason: _r, ...rest } = before;
      const after: Citizen = { ...rest, updatedAt: now() };
      await db.citizens.put(after);
      await audit('citizens', id, 'update', before, after);
      return after;
    });
  }

  // ---- grants -------------------------------------------------------------------------------

  async function listGrants(citizenId?: string): Promise<Grant[]> {
    const rows = citizenId
      ? await db.grants.where('citizenId').equals(citizenId).toArray()
      : await db.grants.toArray();
    return rows.sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
  }

  /** Grants whose follow-up is due on or before `date` (and that have not ended). */
  async function listFollowUpsDue(date: string): Promise<Grant[]> {
    const rows = await db.grants.where('followUpDue').belowOrEqual(date).toArray();
    return rows.filter((g) => g.endDate === undefined || g.endDate >= date);
  }

  async function createGrant(input: GrantInput): Promise<Grant> {
    const fields = parseOrThrow(GrantInputSchema, input, 'Bevillingen');
    return write(['citizens', 'grants', 'auditLog', 'meta'], async () => {
      const citizen = await db.citizens.get(fields.citizenId);
      if (!citizen) throw new DataError('NOT_FOUND', 'Borgeren findes ikke (mere).');
      const at = now();
      const row: Grant = {
        id: newId(),
        ...fields,
        followUpDue: fields.followUpDue ?? followUpDue(citizen.offer, fields.startDate),
        createdAt: at,
        updatedAt: at,
      };
      await db.grants.add(row);
      await audit('grants', row.id, 'create', undefined, row);
      return row;
    });
  }

  async function updateGrant(
    id: string,
    patch: Partial<Omit<GrantInput, 'citizenId'>>,
    expectedUpdatedAt?: string,
  ): Promise<Grant> {
    return write(['grants', 'auditLog', 'meta'], async () => {
      const before = await db.grants.get(id);
      if (!before) throw new DataError('NOT_FOUND', 'Bevillingen findes ikke (mere).');
      checkExpected(before, expectedUpdatedAt);
      const { id: _i, createdAt: _c, updatedAt: _u, ...current } = before;
      const fields = parseOrThrow(GrantInputSchema, { ...current, ...patch }, 'Bevillingen');
      const after: Grant = {
        ...fields,
        id,
        followUpDue: fields.followUpDue ?? before.followUpDue,
        createdAt: before.createdAt,
        updatedAt: now(),
      };
      await db.grants.put(after);
      await audit('grants', id, 'update', before, after);
      return after;
    });
  }

  /**
   * Saves a citizen's master data and grant together, in one rw transaction: a new citizen is
   * never stored without its grant, and a refused grant leaves the citizen as it was.
   */
  async function saveCitizenWithGrant(args: {
    citizen: { id?: string; input: CitizenInput; expectedUpdatedAt?: string };
    grant: { id?: string; input: Omit<GrantInput, 'citizenId'>; expectedUpdatedAt?: string };
  }): Promise<{ citizen: Citizen; grant: Grant }> {
    return write(['citizens', 'grants', 'auditLog', 'meta'], async () => {
      const { citizen: c, grant: g } = args;
      const citizen = c.id
        ? await updateCitizen(c.id, c.input, c.expectedUpdatedAt)
        : await createCitizen(c.input);
      const grant = g.id
        ? await updateGrant(g.id, g.input, g.expectedUpdatedAt)
        : await createGrant({ ...g.input, citizenId: citizen.id });
      if (grant.citizenId !== citizen.id)
        throw new DataError('VALIDATION', 'Bevillingen hører til en anden borger.');
      return { citizen, grant };
    });
  }

  /** Records a follow-up held on `date`: the next one is due 6 / 12 months later (domain.md § 1). */
  async function recordFollowUp(id: string, date: string): Promise<Grant> {
    const grant = await db.grants.get(id);
    if (!grant) throw new DataError('NOT_FOUND', 'Bevillingen findes ikke (mere).');
    const citizen = await db.citizens.get(grant.citizenId);
    if (!citizen) throw new DataError('NOT_FOUND', 'Borgeren findes ikke (mere).');
    return updateGrant(id, { followUpDue: followUpDue(citizen.offer, date) });
  }

  async function deleteGrant(id: string): Promise<void> {
    await write(['grants', 'auditLog', 'meta'], async () => {
      const before = await db.grants.get(id);
      if (!before) return;
      await db.grants.delete(id);
      await audit('grants', id, 'delete', before, undefined);
    });
  }

  // ---- wage decisions -------------------------------------------------------------------------

  async function listWageDecisions(citizenId: string): Promise<WageDecision[]> {
    const rows = await db.wageDecisions.where('citizenId').equals(citizenId).toArray();
    return rows.sort((a, b) =>
      a.effectiveFrom === b.effectiveFrom
        ? a.createdAt < b.createdAt
          ? -1
          : 1
        : a.effectiveFrom < b.effectiveFrom
          ? -1
          : 1,
    );
  }

  /** Every citizen's decisions in one read (screens about all citizens), each citizen's in date order. */
  async function listAllWageDecisions(): Promise<WageDecision[]> {
    const rows = await db.wageDecisions.toArray();
    return rows.sort((a, b) =>
      a.citizenId !== b.citizenId
        ? a.citizenId < b.citizenId
          ? -1
          : 1
        : a.effectiveFrom !== b.effectiveFrom
          ? a.effectiveFrom < b.effectiveFrom
            ? -1
            : 1
          : a.createdAt < b.createdAt
            ? -1
            : 1,
    );
  }

  /** The months whose closed pay used this decision; non-empty means it can never be edited. */
  async function wageDecisionLockedBy(id: string): Promise<string[]> {
    return lockedDecisionMonths(id);
  }

  async function assertDecisionUnlocked(id: string) {
    const months = await lockedDecisionMonths(id);
    if (months.length > 0)
      throw new DataError(
        'LOCKED',
        `Lønafgørelsen er brugt til løn i ${months.join(', ')} og kan ikke ændres eller slettes. Opret en ny afgørelse i stedet (domain.md § 2).`,
      );
  }

  /** A hand-set wage below the floor in force then is an error (domain.md § 2), caught at entry. */
  async function assertAboveFloor(fields: { effectiveFrom: string; hourlyWage?: number }) {
    if (fields.hourlyWage === undefined) return;
    const version = settingsVersionFor(
      monthOf(fields.effectiveFrom),
      await db.settingsVersions.toArray(),
    );
    const floor = wageFloorOre(version.settings);
    if (toOre(fields.hourlyWage) < floor) {
      const text = `hourlyWage: må ikke være under mindstelønnen ${formatDecimal(floor / 100)} kr.`;
      throw new DataError('VALIDATION', `Lønafgørelsen er ikke gemt: ${text}`, [text]);
    }
  }

  async function createWageDecision(
    input: WageDecisionInput,
    supersedes?: string,
  ): Promise<WageDecision> {
    const fields = parseOrThrow(WageDecisionInputSchema, input, 'Lønafgørelsen');
    return write(
      ['citizens', 'wageDecisions', 'monthCloses', 'settingsVersions', 'auditLog', 'meta'],
      async () => {
        await assertAboveFloor(fields);
        const citizen = await db.citizens.get(fields.citizenId);
        if (!citizen) throw new DataError('NOT_FOUND', 'Borgeren findes ikke (mere).');
        const same = (
          await db.wageDecisions.where('citizenId').equals(fields.citizenId).toArray()
        ).filter((d) => d.effectiveFrom === fields.effectiveFrom);
        for (const d of same) {
          // Two decisions from one date are allowed only as a replacement of a locked one.
          if (d.id !== supersedes && (await lockedDecisionMonths(d.id)).length === 0)
            throw new DataError(
              'VALIDATION',
              `effectiveFrom: der findes allerede en lønafgørelse fra ${fields.effectiveFrom}; ret den i stedet`,
              [`effectiveFrom: der findes allerede en lønafgørelse fra ${fields.effectiveFrom}`],
            );
        }
        const at = now();
        const row: WageDecision = {
          id: newId(),
          ...fields,
          ...(supersedes ? { supersedes } : {}),
          createdAt: at,
          updatedAt: at,
        };
        await db.wageDecisions.add(row);
        await audit('wageDecisions', row.id, 'create', undefined, row);
        return row;
      },
    );
  }

  /** Edits a decision not yet used by a closed month; else refused with LOCKED. */
  async function updateWageDecision(
    id: string,
    patch: Partial<Omit<WageDecisionInput, 'citizenId'>>,
    expectedUpdatedAt?: string,
  ): Promise<WageDecision> {
    return write(
      ['wageDecisions', 'monthCloses', 'settingsVersions', 'auditLog', 'meta'],
      async () => {
        const before = await db.wageDecisions.get(id);
        if (!before) throw new DataError('NOT_FOUND', 'Lønafgørelsen findes ikke (mere).');
        checkExpected(before, expectedUpdatedAt);
        await assertDecisionUnlocked(id);
        const { id: _i, createdAt: _c, updatedAt: _u, supersedes, ...current } = before;
        const merged = { ...current, ...patch };
        // Switching between assessment and hand-set wage: drop the other half.
        if ('hourlyWage' in patch && patch.hourlyWage !== undefined) delete merged.assessment;
        if ('assessment' in patch && patch.assessment !== undefined) {
          delete merged.hourlyWage;
          delete merged.justification;
        }
        const fields = parseOrThrow(WageDecisionInputSchema, merged, 'Lønafgørelsen');
        await assertAboveFloor(fields);
        const after: WageDecision = {
          ...fields,
          id,
          ...(supersedes ? { supersedes } : {}),
          createdAt: before.createdAt,
          updatedAt: now(),
        };
        await db.wageDecisions.put(after);
        await audit('wageDecisions', id, 'update', before, after);
        return after;
      },
    );
  }

  /** A change of a locked decision: a new decision from the same date replacing it. */
  async function replaceWageDecision(
    id: string,
    input: Omit<WageDecisionInput, 'citizenId'>,
  ): Promise<WageDecision> {
    const old = await db.wageDecisions.get(id);
    if (!old) throw new DataError('NOT_FOUND', 'Lønafgørelsen findes ikke (mere).');
    return createWageDecision({ ...input, citizenId: old.citizenId }, id);
  }

  async function deleteWageDecision(id: string): Promise<void> {
    await write(['wageDecisions', 'monthCloses', 'auditLog', 'meta'], async () => {
      const before = await db.wageDecisions.get(id);
      if (!before) return;
      await assertDecisionUnlocked(id);
      await db.wageDecisions.delete(id);
      await audit('wageDecisions', id, 'delete', before, undefined);
    });
  }

  // ---- attendance ---------------------------------------------------------------------------

  /**
   * A month's attendance, read per citizen as ranges of the primary key [citizenId+date] (every
   * row belongs to a stored citizen: all writes and restores check that). At a million rows this
   * is about twice as fast as the `date` index, which costs a lookup per row (bench 3). Runs in
   * the caller's transaction, or in one of its own: 2,000 queries, one transaction.
   */
  async function monthAttendance(month: string, citizenId?: string): Promise<Attendance[]> {
    const days = daysInMonth(month);
    const first = days[0]!;
    const last = days[days.length - 1]!;
    return db.transaction('r', ['citizens', 'attendance'], async () => {
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

  async function listAttendance(month: string, citizenId?: string): Promise<Attendance[]> {
    const rows = await monthAttendance(month, citizenId);
    return rows.sort((a, b) =>
      a.date === b.date ? (a.citizenId < b.citizenId ? -1 : 1) : a.date < b.date ? -1 : 1,
    );
  }

  const isEmptyDay = (a: Attendance) =>
    a.hours === 0 && a.absence === undefined && a.note === undefined;

  /** One row's change inside an open transaction; returns the stored row or null (removed). */
  async function putAttendance(fields: Attendance): Promise<Attendance | null> {
    const key: [string, string] = [fields.citizenId, fields.date];
    const before = await db.attendance.get(key);
    if (isEmptyDay(fields)) {
      if (before) {
        await db.attendance.delete(key);
        await audit('attendance', attendanceId(fields), 'delete', before, undefined);
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
    await audit('attendance', attendanceId(fields), before ? 'update' : 'create', before, fields);
    return fields;
  }

  /** Saves one citizen's day (0 hours with no reason or note removes the row). */
  async function upsertAttendance(input: AttendanceInput): Promise<Attendance | null> {
    const fields = parseOrThrow(AttendanceInputSchema, input, 'Fremmødet');
    await assertMonthOpen(monthOf(fields.date), 'fremmødet');
    return write(['citizens', 'attendance', 'monthCloses', 'auditLog', 'meta'], async () => {
      await assertMonthOpen(monthOf(fields.date), 'fremmødet');
      if (!(await db.citizens.get(fields.citizenId)))
        throw new DataError('NOT_FOUND', 'Borgeren findes ikke (mere).');
      return putAttendance({ ...fields, updatedAt: now() });
    });
  }

  async function deleteAttendance(key: AttendanceKey): Promise<void> {
    await upsertAttendance({ citizenId: key.citizenId, date: key.date, hours: 0 });
  }

  /** Saves many days of one month at once, all or nothing. */
  async function saveMonthAttendance(
    month: string,
    rows: readonly AttendanceBulkRow[],
  ): Promise<{ saved: number; removed: number }> {
    parseOrThrow(isoMonth, month, 'Måneden');
    const parsed = rows.map((r, i) => {
      const p = AttendanceInputSchema.safeParse(r);
      if (!p.success) {
        const issues = fromZodIssues(p.error.issues).map((x) =>
          formatIssue({ ...x, path: [i, ...x.path] }),
        );
        throw new DataError('VALIDATION', `Fremmødet er ikke gemt: ${issues.join('; ')}`, issues);
      }
      if (monthOf(p.data.date) !== month)
        throw new DataError('VALIDATION', `[${i}].date: ligger uden for måneden ${month}`, [
          `[${i}].date: ligger uden for måneden ${month}`,
        ]);
      return p.data;
    });
    return write(['citizens', 'attendance', 'monthCloses', 'auditLog', 'meta'], async () => {
      await assertMonthOpen(month, 'fremmødet');
      const at = now();
      let saved = 0;
      let removed = 0;
      const known = new Set((await db.citizens.toCollection().primaryKeys()) as string[]);
      for (const fields of parsed) {
        if (!known.has(fields.citizenId))
          throw new DataError('NOT_FOUND', `Borgeren ${fields.citizenId} findes ikke (mere).`);
        const out = await putAttendance({ ...fields, updatedAt: at });
        if (out) saved++;
        else removed++;
      }
      return { saved, removed };
    });
  }

  /** Validates every row up front with its index in the message; nothing is written on error. */
  function parseAll<S extends z.ZodType>(
    schema: S,
    rows: readonly unknown[],
    what: string,
  ): z.output<S>[] {
    return rows.map((r, i) => {
      const p = schema.safeParse(r);
      if (p.success) return p.data;
      const issues = fromZodIssues(p.error.issues).map((x) =>
        formatIssue({ ...x, path: [i, ...x.path] }),
      );
      throw new DataError('VALIDATION', `${what} er ikke gemt: ${issues.join('; ')}`, issues);
    });
  }

  /**
   * Bulk path for seeding and moving from another system: all citizens validated first, then
   * one rw transaction with bulkAdd and ONE summary audit entry (a per-row entry would double the
   * writes). All or nothing.
   */
  async function importCitizens(inputs: readonly CitizenInput[]): Promise<Citizen[]> {
    const parsed = parseAll(CitizenInputSchema, inputs, 'Borgerne');
    const seen = new Map<string, string>();
    for (const c of parsed) {
      const other = seen.get(c.payrollNumber);
      if (other !== undefined) {
        const text = `payrollNumber: lønnummeret ${c.payrollNumber} står både ved ${other} og ${c.name}`;
        throw new DataError('VALIDATION', `Borgerne er ikke gemt: ${text}`, [text]);
      }
      seen.set(c.payrollNumber, c.name);
    }
    return write(['citizens', 'auditLog', 'meta'], async () => {
      const active = (await db.citizens.toArray()).filter((c) => c.endDate === undefined);
      for (const c of active)
        if (seen.has(c.payrollNumber)) await assertPayrollNumberFree(c.payrollNumber);
      const at = now();
      const rows: Citizen[] = parsed.map((f) => ({
        id: newId(),
        ...f,
        createdAt: at,
        updatedAt: at,
      }));
      await db.citizens.bulkAdd(rows);
      await audit('citizens', 'import', 'create', undefined, {
        imported: rows.length,
        ids: rows.map((r) => r.id),
      });
      return rows;
    });
  }

  /**
   * Bulk path for attendance (seeding, import of earlier months): every row validated and every
   * month checked open before anything is written; then one rw transaction per chunk with
   * bulkPut/bulkDelete and ONE summary audit entry per chunk. Each chunk is all or nothing; an
   * error after the first chunk leaves the earlier chunks saved and says how many.
   * Same row rules as saveMonthAttendance: 0 hours with no reason or note removes the day.
   */
  async function importAttendance(
    rows: readonly AttendanceBulkRow[],
    opts: { chunkSize?: number; onProgress?: (done: number, total: number) => void } = {},
  ): Promise<{ saved: number; removed: number; chunks: number }> {
    const chunkSize = Math.max(1, opts.chunkSize ?? 20_000);
    const parsed = parseAll(AttendanceInputSchema, rows, 'Fremmødet');
    const months = new Set(parsed.map((r) => monthOf(r.date)));
    const citizenIds = new Set(parsed.map((r) => r.citizenId));
    const known = new Set((await db.citizens.toCollection().primaryKeys()) as string[]);
    for (const id of citizenIds)
      if (!known.has(id)) throw new DataError('NOT_FOUND', `Borgeren ${id} findes ikke (mere).`);
    for (const m of months) await assertMonthOpen(m, 'fremmødet');
    let saved = 0;
    let removed = 0;
    let chunks = 0;
    for (let start = 0; start < parsed.length; start += chunkSize) {
      const chunk = parsed.slice(start, start + chunkSize);
      try {
        await write(['attendance', 'monthCloses', 'auditLog', 'meta'], async () => {
          // Re-checked inside the transaction: another window may have closed a month meanwhile.
          for (const m of new Set(chunk.map((r) => monthOf(r.date))))
            await assertMonthOpen(m, 'fremmødet');
          const at = now();
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
          await audit('attendance', 'import', 'create', undefined, {
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
  }

  // ---- settings versions ----------------------------------------------------------------------

  async function listSettingsVersions(): Promise<SettingsVersion[]> {
    return db.settingsVersions.orderBy('validFrom').toArray();
  }

  /** The version in force for `month`; the built-in defaults before the first stored one. */
  async function getSettingsForMonth(month: string): Promise<SettingsVersion> {
    return settingsVersionFor(month, await db.settingsVersions.toArray());
  }

  /** Creates the version from `validFrom`, or edits it if one exists and no closed month used it. */
  async function saveSettingsVersion(input: SettingsVersionInput): Promise<SettingsVersion> {
    const fields = parseOrThrow(SettingsVersionInputSchema, input, 'Indstillingerne');
    return write(['settingsVersions', 'monthCloses', 'auditLog', 'meta'], async () => {
      const before = await db.settingsVersions.where('validFrom').equals(fields.validFrom).first();
      if (before) {
        const usedBy = (await db.monthCloses.toArray())
          .filter((c) => c.payroll.settingsVersionId === before.id)
          .map((c) => c.month);
        if (usedBy.length > 0)
          throw new DataError(
            'LOCKED',
            `validFrom: indstillingerne fra ${fields.validFrom} er brugt i ${usedBy.join(', ')} og kan ikke ændres. Opret en ny version fra en senere måned.`,
          );
      }
      const after: SettingsVersion = {
        id: before?.id ?? newId(),
        ...fields,
        createdAt: before?.createdAt ?? now(),
        createdBy: await user(),
      };
      await db.settingsVersions.put(after);
      await audit(
        'settingsVersions',
        after.id,
        before ? 'update' : 'create',
        before ?? undefined,
        after,
      );
      return after;
    });
  }

  async function deleteSettingsVersion(id: string): Promise<void> {
    await write(['settingsVersions', 'monthCloses', 'auditLog', 'meta'], async () => {
      const before = await db.settingsVersions.get(id);
      if (!before) return;
      const usedBy = (await db.monthCloses.toArray()).filter(
        (c) => c.payroll.settingsVersionId === id,
      );
      if (usedBy.length > 0)
        throw new DataError(
          'LOCKED',
          `Indstillingerne er brugt i ${usedBy.map((c) => c.month).join(', ')} og kan ikke slettes.`,
        );
      await db.settingsVersions.delete(id);
      await audit('settingsVersions', id, 'delete', before, undefined);
    });
  }

  // ---- months -------------------------------------------------------------------------------

  async function computeMonthNow(month: string): Promise<MonthResults> {
    const [citizens, wageDecisions, attendance, settingsVersions] = await Promise.all([
      db.citizens.toArray(),
      db.wageDecisions.toArray(),
      monthAttendance(month),
      db.settingsVersions.toArray(),
    ]);
    return computeMonth({ month, citizens, wageDecisions, attendance, settingsVersions });
  }

  function frozenResults(close: MonthClose): MonthResults {
    const byCitizen: Record<string, string[]> = {};
    return { ...close.payroll, problems: [], wageDecisionIdsByCitizen: byCitizen };
  }

  /** The month as the UI shows it: frozen results when closed, else computed now. */
  async function getMonth(month: string): Promise<MonthView> {
    parseOrThrow(isoMonth, month, 'Måneden');
    return db.transaction(
      'r',
      ['citizens', 'wageDecisions', 'attendance', 'settingsVersions', 'monthCloses'],
      async () => {
        const close = (await db.monthCloses.get(month)) ?? null;
        if (close?.status === 'closed')
          return { month, status: 'closed', results: frozenResults(close), close };
        return {
          month,
          status: close ? 'reopened' : 'open',
          results: await computeMonthNow(month),
          close,
        };
      },
    );
  }

  async function listMonthCloses(): Promise<MonthClose[]> {
    return db.monthCloses.orderBy('month').toArray();
  }

  async function getMonthClose(month: string): Promise<MonthClose | null> {
    return (await db.monthCloses.get(month)) ?? null;
  }

  function problemsError(results: MonthResults, what: string): DataError {
    const issues = results.problems.flatMap((p) =>
      p.issues.map((i) => `${p.name} (${p.payrollNumber}): ${i}`),
    );
    return new DataError(
      'VALIDATION',
      `Måneden ${results.month} kan ikke ${what}, fordi ${results.problems.length} borger(e) ikke kan beregnes: ${issues.slice(0, 5).join('; ')}`,
      issues,
    );
  }

  /** Closes (freezes) the month with the export profile the payroll office receives. */
  async function closeMonth(month: string, profile: ExportProfile): Promise<MonthClose> {
    parseOrThrow(isoMonth, month, 'Måneden');
    return write(
      [
        'citizens',
        'wageDecisions',
        'attendance',
        'settingsVersions',
        'monthCloses',
        'auditLog',
        'meta',
      ],
      async () => {
        const before = await db.monthCloses.get(month);
        if (before?.status === 'closed')
          throw new DataError('CLOSED_MONTH', `Måneden ${month} er allerede lukket.`);
        const results = await computeMonthNow(month);
        if (results.problems.length > 0) throw problemsError(results, 'lukkes');
        const payroll = toPayrollMonth(results);
        const at = now();
        const by = await user();
        const fileHash = sha256Hex(buildCsv(payroll, profile));
        const used = Object.values(results.wageDecisionIdsByCitizen).flat();
        const close: MonthClose = MonthCloseSchema.parse({
          month,
          status: 'closed',
          closedAt: at,
          closedBy: by,
          payroll,
          exportProfile: profile,
          fileHash,
          // Decisions once used for pay stay locked even if the month is reopened (domain.md § 2).
          wageDecisionIds: [...new Set([...(before?.wageDecisionIds ?? []), ...used])].sort(),
          history: [...(before?.history ?? []), { action: 'closed', at, by, fileHash }],
        });
        await db.monthCloses.put(close);
        await audit('monthCloses', month, 'close', before, {
          status: 'closed',
          exportProfile: profile,
          fileHash,
          totals: payroll.totals,
        });
        return close;
      },
    );
  }

  /** Reopens a closed month; the reason is required and logged. */
  async function reopenMonth(month: string, reason: string): Promise<MonthClose> {
    const why = parseOrThrow(ReopenReasonSchema, reason, 'Begrundelsen');
    return write(['monthCloses', 'auditLog', 'meta'], async () => {
      const before = await db.monthCloses.get(month);
      if (before?.status !== 'closed')
        throw new DataError('NOT_FOUND', `Måneden ${month} er ikke lukket.`);
      const at = now();
      const by = await user();
      const after: MonthClose = {
        ...before,
        status: 'reopened',
        history: [...before.history, { action: 'reopened', at, by, reason: why }],
      };
      await db.monthCloses.put(after);
      await audit(
        'monthCloses',
        month,
        'reopen',
        { status: 'closed', fileHash: before.fileHash },
        { status: 'reopened' },
        why,
      );
      return after;
    });
  }

  /**
   * The month's CSV in `profile`. A closed month is built from its stored results and stored
   * settings/codes, so it re-exports identical bytes (issue 3 § 2).
   */
  async function exportMonthCsv(month: string, profile: ExportProfile): Promise<CsvExport> {
    const view = await getMonth(month);
    if (view.status !== 'closed' && view.results.problems.length > 0)
      throw problemsError(view.results, 'eksporteres');
    const content = buildCsv(toPayrollMonth(view.results), profile);
    const sha256 = sha256Hex(content);
    if (view.close && view.status === 'closed' && profile === view.close.exportProfile)
      if (sha256 !== view.close.fileHash)
        throw new DataError(
          'VALIDATION',
          `Den lukkede måned ${month} giver ikke længere den samme fil som ved lukningen. Kontakt support; eksportér en sikkerhedskopi.`,
        );
    return {
      fileName: csvFileName(month, profile),
      content,
      sha256,
      frozen: view.status === 'closed',
    };
  }

  // ---- backup / restore ---------------------------------------------------------------------

  async function readAll(): Promise<BackupData> {
    const [citizens, grants, wageDecisions, attendance, settingsVersions, monthCloses, auditLog] =
      await Promise.all([
        db.citizens.toArray(),
        db.grants.toArray(),
        db.wageDecisions.toArray(),
        db.attendance.toArray(),
        db.settingsVersions.toArray(),
        db.monthCloses.toArray(),
        db.auditLog.toArray(),
      ]);
    return { citizens, grants, wageDecisions, attendance, settingsVersions, monthCloses, auditLog };
  }

  /** The whole database as one backup file's text (issue 3 § 3). */
  async function exportBackup(opts: { createdAt?: string } = {}): Promise<string> {
    const data = await db.transaction('r', [...DATA_TABLES], readAll);
    return serializeBackup(data, { createdAt: opts.createdAt ?? now(), appVersion });
  }

  /**
   * Validates the whole file first; only then, in ONE rw transaction, stores a safety copy of
   * the current data and replaces everything. A refused file changes nothing.
   */
  async function restoreBackup(text: string): Promise<RestoreResult> {
    const parsed = parseBackup(text);
    if (!parsed.ok) return { ok: false, message: parsed.message };
    const by = await user();
    try {
      return await write([...DATA_TABLES, 'safetyCopies', 'meta'], async () => {
        const current = await readAll();
        const takenAt = now();
        const safetyCopyId = await db.safetyCopies.add({
          takenAt,
          reason: 'Før gendannelse',
          backup: serializeBackup(current, { createdAt: takenAt, appVersion }),
        });
        const old = await db.safetyCopies.orderBy('id').primaryKeys();
        if (old.length > keepSafetyCopies)
          await db.safetyCopies.bulkDelete(old.slice(0, old.length - keepSafetyCopies));
        for (const t of DATA_TABLES) await db.table(t).clear();
        const d = parsed.data;
        await db.citizens.bulkAdd(d.citizens);
        await db.grants.bulkAdd(d.grants);
        await db.wageDecisions.bulkAdd(d.wageDecisions);
        await db.attendance.bulkAdd(d.attendance);
        await db.settingsVersions.bulkAdd(d.settingsVersions);
        await db.monthCloses.bulkAdd(d.monthCloses);
        await db.auditLog.bulkAdd(d.auditLog);
        await db.auditLog.add({
          at: now(),
          by,
          table: 'database',
          recordId: 'backup',
          action: 'restore',
          before: { safetyCopyId },
          after: { fromVersion: parsed.fromVersion, createdAt: parsed.createdAt },
        });
        return {
          ok: true as const,
          fromVersion: parsed.fromVersion,
          safetyCopyId,
          counts: {
            citizens: d.citizens.length,
            grants: d.grants.length,
            wageDecisions: d.wageDecisions.length,
            attendance: d.attendance.length,
            settingsVersions: d.settingsVersions.length,
            monthCloses: d.monthCloses.length,
            auditLog: d.auditLog.length + 1,
          },
        };
      });
    } catch (error) {
      if (error instanceof DataError)
        return { ok: false, message: `Gendannelsen er afbrudt; intet er ændret. ${error.message}` };
      return {
        ok: false,
        message: `Gendannelsen er afbrudt; intet er ændret. (${(error as Error).message})`,
      };
    }
  }

  async function listSafetyCopies(): Promise<Omit<SafetyCopy, 'backup'>[]> {
    const rows = await db.safetyCopies.orderBy('id').reverse().toArray();
    return rows.map(({ backup: _b, ...rest }) => rest);
  }

  async function getSafetyCopy(id: number): Promise<string | null> {
    return (await db.safetyCopies.get(id))?.backup ?? null;
  }

  // ---- audit ----------------------------------------------------------------------------------

  async function listAudit(query: AuditQuery = {}): Promise<AuditEntry[]> {
    let rows: AuditEntry[];
    if (query.recordId !== undefined)
      rows = await db.auditLog.where('recordId').equals(query.recordId).toArray();
    else if (query.table !== undefined)
      rows = await db.auditLog.where('table').equals(query.table).toArray();
    else rows = await db.auditLog.toArray();
    if (query.table !== undefined) rows = rows.filter((r) => r.table === query.table);
    rows.sort((a, b) => (b.id ?? 0) - (a.id ?? 0));
    return query.limit !== undefined ? rows.slice(0, query.limit) : rows;
  }

  // ---- durability ---------------------------------------------------------------------------

  function statusMessage(s: Omit<StorageStatus, 'message'>): string {
    if (s.writesStopped) return QUOTA_MESSAGE;
    if (!s.supported)
      return 'Browseren kan ikke love at beholde data. Tag jævnligt en sikkerhedskopi.';
    if (s.persisted === true)
      return 'Data gemmes varigt: browseren sletter dem ikke ved pladsmangel.';
    if (s.persisted === false)
      return 'Browseren har ikke givet varig lagring: data kan slettes ved pladsmangel. Tag jævnligt en sikkerhedskopi.';
    return 'Varig lagring er endnu ikke forespurgt.';
  }

  async function getStorageStatus(): Promise<StorageStatus> {
    const storage = options.storage;
    const supported = typeof storage?.persist === 'function';
    let persisted = persistedAnswer;
    if (persisted === null && typeof storage?.persisted === 'function')
      persisted = await storage.persisted().catch(() => null);
    const estimate =
      typeof storage?.estimate === 'function' ? await storage.estimate().catch(() => null) : null;
    const base = {
      supported,
      persisted,
      usageBytes: estimate?.usage ?? null,
      quotaBytes: estimate?.quota ?? null,
      writesStopped,
    };
    return { ...base, message: statusMessage(base) };
  }

  /** Asks the browser not to evict our data (`navigator.storage.persist()`); call at start-up. */
  async function requestPersistentStorage(): Promise<StorageStatus> {
    const storage = options.storage;
    if (typeof storage?.persist === 'function') {
      const already =
        typeof storage.persisted === 'function'
          ? await storage.persisted().catch(() => false)
          : false;
      persistedAnswer = already ? true : await storage.persist().catch(() => false);
    }
    return getStorageStatus();
  }

  /** After the user has exported and freed space: allow writing again. */
  function resumeWrites(): void {
    writesStopped = false;
  }

  return {
    getCurrentUser,
    setCurrentUser,
    listCitizens,
    getCitizen,
    createCitizen,
    updateCitizen,
    endCitizen,
    reactivateCitizen,
    listGrants,
    listFollowUpsDue,
    createGrant,
    updateGrant,
    saveCitizenWithGrant,
    recordFollowUp,
    deleteGrant,
    listWageDecisions,
    listAllWageDecisions,
    wageDecisionLockedBy,
    createWageDecision,
    updateWageDecision,
    replaceWageDecision,
    deleteWageDecision,
    listAttendance,
    upsertAttendance,
    deleteAttendance,
    saveMonthAttendance,
    importCitizens,
    importAttendance,
    listSettingsVersions,
    getSettingsForMonth,
    saveSettingsVersion,
    deleteSettingsVersion,
    defaultSettingsVersion,
    getMonth,
    listMonthCloses,
    getMonthClose,
    closeMonth,
    reopenMonth,
    exportMonthCsv,
    exportBackup,
    restoreBackup,
    listSafetyCopies,
    getSafetyCopy,
    listAudit,
    getStorageStatus,
    requestPersistentStorage,
    resumeWrites,
  };
}

export type Repository = ReturnType<typeof createRepository>;
