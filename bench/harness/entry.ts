// The benchmark page: the app's own data layer (renderer/db) plus a plain-IndexedDB writer for the
// physical limit. Served on the same origin as the built app, so the database it seeds is the one
// the app opens (IndexedDB is per origin).
import * as data from '../../renderer/db';
import type { AttendanceInput, CitizenInput } from '../../renderer/db';
import { AttendanceInputSchema } from '../../shared/records';

const FIRST_NAMES = ['Anna', 'Bo', 'Carl', 'Dorte', 'Emil', 'Freja', 'Gustav', 'Hanne', 'Ida'];
const LAST_NAMES = ['Ærø', 'Østergaard', 'Åberg', 'Jensen', 'Nielsen', 'Hansen', 'Holm', 'Berg'];
const ABSENCES = ['syg', 'ferie', 'fri', 'udeblevet'] as const;

function weekdaysOf(month: string): string[] {
  const out: string[] = [];
  const [y, m] = month.split('-').map(Number) as [number, number];
  for (let d = 1; d <= 31; d++) {
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCMonth() !== m - 1) break;
    const wd = date.getUTCDay();
    if (wd !== 0 && wd !== 6) out.push(`${month}-${String(d).padStart(2, '0')}`);
  }
  return out;
}

export function makeCitizens(count: number, firstMonth: string): CitizenInput[] {
  return Array.from({ length: count }, (_, i) => {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    const modes = [
      { mode: 'car', oneWayKm: 14, ratePerKm: 2.23, paidBy: 'citizen' },
      { mode: 'public', oneWayKm: 18, dailyCost: 54, monthlyPass: 780 },
      { mode: 'special', oneWayKm: 25, dailyCost: 210 },
      { mode: 'none' },
    ] as const;
    return {
      name: `${FIRST_NAMES[i % FIRST_NAMES.length]!} ${LAST_NAMES[(i >> 3) % LAST_NAMES.length]!} ${i + 1}`,
      payrollNumber: String(100_000 + i),
      cpr: `${day}${month}${String(60 + (i % 40))}${String(1000 + (i % 9000))}`,
      offer: i % 10 === 0 ? 'SEL104' : 'SEL103',
      startDate: `${firstMonth}-01`,
      taxCard: { withholdingRatePercent: 37 + (i % 5), monthlyAllowance: (i % 4) * 500 },
      transport: modes[i % modes.length],
      municipalTransport: i % 20 === 0,
    };
  });
}

export function makeAttendance(citizenIds: readonly string[], months: readonly string[]) {
  const rows: AttendanceInput[] = [];
  for (const month of months) {
    const days = weekdaysOf(month);
    citizenIds.forEach((citizenId, i) => {
      days.forEach((date, d) => {
        if ((i + d) % 23 === 0)
          rows.push({ citizenId, date, hours: 0, absence: ABSENCES[(i + d) % ABSENCES.length] });
        else rows.push({ citizenId, date, hours: 4 + ((i + d) % 9) * 0.25 });
      });
    });
  }
  return rows;
}

/** Plain IndexedDB, same key and indexes as the app's attendance store: the physical limit. */
async function openRaw(name: string): Promise<IDBDatabase> {
  await new Promise((ok, fail) => {
    const r = indexedDB.deleteDatabase(name);
    r.onsuccess = ok;
    r.onerror = fail;
  });
  return new Promise<IDBDatabase>((ok, fail) => {
    const r = indexedDB.open(name, 1);
    r.onupgradeneeded = () => {
      const s = r.result.createObjectStore('attendance', { keyPath: ['citizenId', 'date'] });
      s.createIndex('citizenId', 'citizenId');
      s.createIndex('date', 'date');
    };
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });
}

/** One plain readwrite transaction of `rows`; ms until it completes. */
async function rawWrite(idb: IDBDatabase, rows: readonly object[]): Promise<number> {
  const t = performance.now();
  const tx = idb.transaction('attendance', 'readwrite');
  const store = tx.objectStore('attendance');
  for (const r of rows) store.put(r);
  await new Promise((ok, fail) => {
    tx.oncomplete = ok;
    tx.onerror = () => fail(tx.error);
    tx.onabort = () => fail(tx.error);
  });
  return performance.now() - t;
}

export interface SeedOptions {
  citizens: number;
  months: string[];
  chunkSize: number;
  /** Also write every chunk with plain IndexedDB (the physical limit); default true. */
  raw?: boolean;
}

/**
 * Empties the app's database and seeds it through the repository's bulk path. The attendance
 * goes in chunk by chunk, each chunk followed by the same rows (as stored) written with nothing
 * but IndexedDB into a scratch database: both see the same machine state, so the per-chunk
 * ratio is a fair measure of the data layer's overhead.
 */
async function seed(o: SeedOptions) {
  await data.db.delete();
  await data.db.open();
  await data.setCurrentUser('BEN');
  const t0 = performance.now();
  const citizens = await data.importCitizens(makeCitizens(o.citizens, o.months[0]!));
  const t1 = performance.now();
  for (const c of citizens)
    if (c.offer === 'SEL103')
      await data.createWageDecision({
        citizenId: c.id,
        effectiveFrom: `${o.months[0]!}-01`,
        assessment: {
          scores: {
            attendanceStability: 2,
            flexibility: 2,
            productivity: 3,
            quality: 2,
            collegialInteraction: 3,
          },
          helpNeed: 'moderate',
        },
        assessorInitials: 'BEN',
      });
  const t2 = performance.now();
  const rows = makeAttendance(
    citizens.map((c) => c.id),
    o.months,
  );
  const raw = await openRaw('bench-raw-idb');
  let appMs = 0;
  let rawMs = 0;
  const ratios: number[] = [];
  for (let start = 0; start < rows.length; start += o.chunkSize) {
    const slice = rows.slice(start, start + o.chunkSize);
    const t = performance.now();
    await data.importAttendance(slice, { chunkSize: o.chunkSize });
    const app = performance.now() - t;
    if (o.raw === false) {
      appMs += app;
      continue;
    }
    const at = new Date().toISOString();
    const stored = slice
      .filter((r) => !(r.hours === 0 && r.absence === undefined))
      .map((r) => ({ ...r, updatedAt: at }));
    const plain = await rawWrite(raw, stored);
    appMs += app;
    rawMs += plain;
    ratios.push(app / plain);
  }
  raw.close();
  indexedDB.deleteDatabase('bench-raw-idb');
  // How much of the app path is validation (every row through its zod schema).
  const t5 = performance.now();
  for (const r of rows) AttendanceInputSchema.parse(r);
  const validateMs = performance.now() - t5;
  return {
    rows: rows.length,
    citizensMs: t1 - t0,
    decisionsMs: t2 - t1,
    attendanceMs: appMs,
    rawMs,
    ratios,
    validateMs,
  };
}

/** Benchmark 3: the month closed and both CSV files built, from the seeded database. */
async function closeAndExport(month: string) {
  const before = await data.getMonthClose(month);
  if (before?.status === 'closed') await data.reopenMonth(month, 'Benchmark: lukkes igen');
  const t0 = performance.now();
  const close = await data.closeMonth(month, 'wage-types');
  const t1 = performance.now();
  const excel = await data.exportMonthCsv(month, 'excel');
  const t2 = performance.now();
  const wageTypes = await data.exportMonthCsv(month, 'wage-types');
  const t3 = performance.now();
  return {
    totalMs: t3 - t0,
    closeMs: t1 - t0,
    excelMs: t2 - t1,
    wageTypesMs: t3 - t2,
    citizens: close.payroll.rows.length,
    excelBytes: excel.content.length,
    wageTypesBytes: wageTypes.content.length,
  };
}

/** Open month computed for the screen (getMonth), as the month-close page does on load. */
async function computeOpenMonth(month: string) {
  const t = performance.now();
  const view = await data.getMonth(month);
  return { ms: performance.now() - t, rows: view.results.rows.length, status: view.status };
}

async function reopen(month: string) {
  const close = await data.getMonthClose(month);
  if (close?.status === 'closed') await data.reopenMonth(month, 'Benchmark: lukkes igen');
}

const bench = { seed, closeAndExport, computeOpenMonth, reopen, db: data.db };

declare global {
  interface Window {
    bench: typeof bench;
  }
}

window.bench = bench;
document.body.dataset.ready = 'true';
