// Imports from a spreadsheet (docs/rules.md §14): a confirmed preview written all or nothing in
// ONE transaction through the same operations the screens use (so every rule applies), recorded
// as one audit entry that holds what is needed to undo it; undone in one transaction too, and
// only while nothing it wrote has been changed since.
import type { AttendanceDayChange, DataApi } from '../../shared/data/api';
import { DataError } from '../../shared/data/errors';
import { plural } from '../../shared/danish/number';
import type { Attendance, AuditEntry, Citizen, Grant } from '../../shared/records';
import type { ImportBatch, ImportItem, ImportReceipt } from '../../shared/import/plan';
import type { ImportKind } from '../../shared/import/fields';
import { monthOf } from '../../shared/calendar';
import type { DbContext, TableName } from './context';
import type { CitizenOperations } from './citizens';
import type { GrantOperations } from './grants';
import type { AttendanceOperations } from './attendance';
import { DATA_TABLES } from './schema';

export type ImportOperations = Pick<DataApi, 'applyImport' | 'listImports' | 'undoImport'>;

type Needed = Pick<CitizenOperations, 'createCitizen' | 'updateCitizen'> &
  Pick<GrantOperations, 'createGrant' | 'updateGrant'> &
  Pick<AttendanceOperations, 'importAttendance'>;

/** What the audit entry of an import keeps: enough to undo it and to see it was not overtaken. */
interface ImportRecord {
  kind: ImportKind;
  fileName: string;
  citizensCreated: { id: string; updatedAt: string }[];
  citizensUpdated: { before: Citizen; updatedAt: string }[];
  grantsCreated: { id: string; updatedAt: string }[];
  grantsUpdated: { before: Grant; updatedAt: string }[];
  days: { citizenId: string; date: string; before: Attendance | null; updatedAt: string }[];
}

type CitizenItem = Exclude<ImportItem, { kind: 'attendance' }>;

const ALL_TABLES: readonly TableName[] = [...DATA_TABLES, 'meta'];

const asRecord = (e: AuditEntry) => e.after as ImportRecord;

function receiptOf(e: AuditEntry, undone: boolean): ImportReceipt {
  const r = asRecord(e);
  return {
    id: e.recordId,
    kind: r.kind,
    fileName: r.fileName,
    at: e.at,
    by: e.by,
    created: r.citizensCreated.length,
    updated: r.citizensUpdated.length,
    days: r.days.length,
    undone,
  };
}

export function importOperations(ctx: DbContext, ops: Needed): ImportOperations {
  const { db } = ctx;

  /** Runs one citizen line; a refusal names the file's line, so the person can find it. */
  async function run(item: CitizenItem, record: ImportRecord): Promise<void> {
    try {
      if (item.kind === 'createCitizen') {
        const citizen = await ops.createCitizen(item.input);
        record.citizensCreated.push({ id: citizen.id, updatedAt: citizen.updatedAt });
        if (item.grant) {
          const grant = await ops.createGrant({ ...item.grant, citizenId: citizen.id });
          record.grantsCreated.push({ id: grant.id, updatedAt: grant.updatedAt });
        }
        return;
      }
      if (item.patch) {
        const before = await db.citizens.get(item.id);
        const after = await ops.updateCitizen(item.id, item.patch, item.expectedUpdatedAt);
        if (before) record.citizensUpdated.push({ before, updatedAt: after.updatedAt });
      }
      const g = item.grant;
      if (g?.id !== undefined) {
        const before = await db.grants.get(g.id);
        const after = await ops.updateGrant(g.id, g.input, g.expectedUpdatedAt);
        if (before) record.grantsUpdated.push({ before, updatedAt: after.updatedAt });
      } else if (g) {
        const grant = await ops.createGrant({ ...g.input, citizenId: item.id });
        record.grantsCreated.push({ id: grant.id, updatedAt: grant.updatedAt });
      }
    } catch (error) {
      if (error instanceof DataError)
        throw new DataError(error.code, `Linje ${item.line}: ${error.message}`, error.issues);
      throw error;
    }
  }

  /**
   * A month's days through the bulk path (all rules of saveMonthAttendance), with each day's
   * state before and its stamp after kept for the undo.
   */
  async function writeDays(changes: AttendanceDayChange[], record: ImportRecord): Promise<void> {
    const keys = changes.map((c): [string, string] => [c.citizenId, c.date]);
    const befores = await db.attendance.bulkGet(keys);
    await ops.importAttendance(changes);
    const afters = await db.attendance.bulkGet(keys);
    changes.forEach((c, i) =>
      record.days.push({
        citizenId: c.citizenId,
        date: c.date,
        before: befores[i] ?? null,
        updatedAt: afters[i]?.updatedAt ?? '',
      }),
    );
  }

  /** The first things that changed after the import, in Danish; empty when it can be undone. */
  async function overtaken(r: ImportRecord): Promise<string[]> {
    const out: string[] = [];
    const changed = (name: string) => out.push(`${name} er ændret efter indlæsningen`);
    for (const c of [
      ...r.citizensCreated,
      ...r.citizensUpdated.map((u) => ({ id: u.before.id, updatedAt: u.updatedAt })),
    ]) {
      const now = await db.citizens.get(c.id);
      if (now?.updatedAt !== c.updatedAt) changed(now?.name ?? 'En borger');
    }
    const created = new Set(r.citizensCreated.map((c) => c.id));
    for (const id of created) {
      if ((await db.wageDecisions.where('citizenId').equals(id).count()) > 0)
        out.push(`${(await db.citizens.get(id))?.name ?? 'En borger'} har fået en lønafgørelse`);
    }
    for (const g of [
      ...r.grantsCreated,
      ...r.grantsUpdated.map((u) => ({ id: u.before.id, updatedAt: u.updatedAt })),
    ]) {
      const now = await db.grants.get(g.id);
      if (now?.updatedAt !== g.updatedAt) out.push('En bevilling er ændret efter indlæsningen');
    }
    const imported = new Set(r.days.map((d) => `${d.citizenId}|${d.date}`));
    for (const id of created) {
      const days = await db.attendance.where('citizenId').equals(id).toArray();
      if (days.some((d) => !imported.has(`${d.citizenId}|${d.date}`)))
        out.push('En ny borger har fået fremmøde efter indlæsningen');
    }
    for (const d of r.days) {
      const now = await db.attendance.get([d.citizenId, d.date]);
      if (now?.updatedAt !== d.updatedAt) {
        out.push('Fremmøde er ændret efter indlæsningen');
        break;
      }
    }
    for (const m of new Set(r.days.map((d) => monthOf(d.date)))) {
      const close = await db.monthCloses.get(m);
      if (close?.status === 'closed') out.push(`Måneden ${m} er lukket`);
    }
    return [...new Set(out)];
  }

  /** Puts back what the import replaced; a put-back row gets a new version (stamped after the import's). */
  async function restore(r: ImportRecord): Promise<void> {
    for (const d of r.days) {
      if (d.before) await db.attendance.put({ ...d.before, updatedAt: ctx.stamp(d.updatedAt) });
      else await db.attendance.delete([d.citizenId, d.date]);
    }
    await db.grants.bulkDelete(r.grantsCreated.map((g) => g.id));
    for (const g of r.grantsUpdated)
      await db.grants.put({ ...g.before, updatedAt: ctx.stamp(g.updatedAt) });
    await db.citizens.bulkDelete(r.citizensCreated.map((c) => c.id));
    for (const c of r.citizensUpdated)
      await db.citizens.put({ ...c.before, updatedAt: ctx.stamp(c.updatedAt) });
  }

  async function importEntries(): Promise<AuditEntry[]> {
    return db.auditLog.where('table').equals('imports').toArray();
  }

  return {
    async applyImport(batch: ImportBatch, opts = {}) {
      if (batch.items.length === 0)
        throw new DataError(
          'VALIDATION',
          'Der er intet at indlæse: ingen linjer opretter eller ændrer noget.',
        );
      return ctx.write(ALL_TABLES, async () => {
        const record: ImportRecord = {
          kind: batch.kind,
          fileName: batch.fileName,
          citizensCreated: [],
          citizensUpdated: [],
          grantsCreated: [],
          grantsUpdated: [],
          days: [],
        };
        let done = 0;
        const days: AttendanceDayChange[] = [];
        for (const item of batch.items) {
          // A month's days go in as one bulk write below: per line it would re-read every
          // citizen for each of 200 lines.
          if (item.kind === 'attendance') days.push(...item.changes);
          else await run(item, record);
          opts.onProgress?.(++done, batch.items.length + (days.length > 0 ? 1 : 0));
        }
        if (days.length > 0) {
          await writeDays(days, record).catch((error: unknown) => {
            if (error instanceof DataError)
              throw new DataError(error.code, `Fremmødet: ${error.message}`, error.issues);
            throw error;
          });
          opts.onProgress?.(done + 1, done + 1);
        }
        const id = ctx.newId();
        await ctx.audit('imports', id, 'import', undefined, record);
        const entry = await db.auditLog.where('recordId').equals(id).last();
        return receiptOf(entry!, false);
      });
    },

    async listImports() {
      const entries = await importEntries();
      const undone = new Set(entries.filter((e) => e.action === 'undo').map((e) => e.recordId));
      return entries
        .filter((e) => e.action === 'import')
        .map((e) => receiptOf(e, undone.has(e.recordId)))
        .reverse();
    },

    async undoImport(importId: string) {
      return ctx.write(ALL_TABLES, async () => {
        const entries = await db.auditLog.where('recordId').equals(importId).toArray();
        const entry = entries.find((e) => e.table === 'imports' && e.action === 'import');
        if (!entry) throw new DataError('NOT_FOUND', 'Indlæsningen findes ikke (mere).');
        if (entries.some((e) => e.action === 'undo'))
          throw new DataError('CONFLICT', 'Indlæsningen er allerede fortrudt.');
        const record = asRecord(entry);
        const reasons = await overtaken(record);
        if (reasons.length > 0)
          throw new DataError(
            'CONFLICT',
            `Indlæsningen af ${record.fileName} kan ikke fortrydes, fordi data er ændret siden: ${reasons.slice(0, 3).join('; ')}${reasons.length > 3 ? ` og ${plural(reasons.length - 3, 'ting', 'ting')} mere` : ''}.`,
          );
        await restore(record);
        await ctx.audit('imports', importId, 'undo', undefined, {
          kind: record.kind,
          fileName: record.fileName,
        });
        return receiptOf(entry, true);
      });
    },
  };
}
