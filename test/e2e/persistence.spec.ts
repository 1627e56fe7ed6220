// Real Chromium, real IndexedDB: data written through the repository survives a reload
// (issue 3, tests). Independent of the UI: a tiny page importing renderer/db is bundled with
// vite at test start and served on its own 127.0.0.1 port.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../..');
const outDir = join(root, 'test-results', 'persistence-harness');
let server: Server;
let baseURL = '';

test.beforeAll(async () => {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: join(root, 'test/e2e/harness/entry.ts'),
        formats: ['es'],
        fileName: () => 'harness.js',
      },
    },
  });
  const html =
    '<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Persistens</title></head>' +
    '<body><script type="module" src="./harness.js"></script></body></html>';
  server = createServer((req, res) => {
    if (req.url === '/harness.js') {
      void readFile(join(outDir, 'harness.js')).then((js) => {
        res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
        res.end(js);
      });
    } else {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(html);
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('ingen port');
  baseURL = `http://127.0.0.1:${address.port}/`;
});

test.afterAll(async () => {
  await new Promise((ok) => server.close(ok));
});

test('data written through the repository is all there after a reload', async ({ page }) => {
  await page.goto(baseURL);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });

  const written = await page.evaluate(async () => {
    const h = window.harness;
    await h.setCurrentUser('ABC');
    const storage = await h.requestPersistentStorage();
    const anna = await h.createCitizen({
      name: 'Anna Ærø',
      payrollNumber: '1001',
      cpr: '010190-1234',
      offer: 'SEL103',
      startDate: '2026-01-01',
      taxCard: { withholdingRatePercent: 38, monthlyAllowance: 0 },
      transport: { mode: 'car', oneWayKm: 14, ratePerKm: 2.23, paidBy: 'citizen' },
    });
    await h.createGrant({ citizenId: anna.id, size: 'full', startDate: '2026-01-01' });
    await h.createWageDecision({
      citizenId: anna.id,
      effectiveFrom: '2026-01-01',
      assessment: {
        scores: {
          attendanceStability: 2,
          flexibility: 2,
          productivity: 2,
          quality: 2,
          collegialInteraction: 2,
        },
        helpNeed: 'moderate',
      },
      assessorInitials: 'ABC',
    });
    await h.createWageDecision({
      citizenId: anna.id,
      effectiveFrom: '2026-10-16',
      hourlyWage: 21.5,
      justification: 'Ny opgave i montage',
      assessorInitials: 'ABC',
    });
    await h.saveMonthAttendance('2026-10', [
      { citizenId: anna.id, date: '2026-10-01', hours: 6 },
      { citizenId: anna.id, date: '2026-10-20', hours: 5.5 },
      { citizenId: anna.id, date: '2026-10-21', hours: 0, absence: 'syg' },
    ]);
    const base = await h.getSettingsForMonth('2026-11');
    await h.saveSettingsVersion({
      validFrom: '2026-11',
      settings: { ...base.settings, kmRate: 3.5 },
      wageTypeCodes: base.wageTypeCodes,
    });
    await h.closeMonth('2026-10', 'excel');
    const csv = await h.exportMonthCsv('2026-10', 'excel');
    const backup = await h.exportBackup({ createdAt: '2026-11-30T12:00:00.000Z' });
    return { id: anna.id, sha256: csv.sha256, backup, storage };
  });
  expect(written.storage.supported).toBe(true);
  expect(typeof written.storage.persisted).toBe('boolean');

  await page.reload();
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });

  const read = await page.evaluate(async (id) => {
    const h = window.harness;
    const month = await h.getMonth('2026-10');
    return {
      user: await h.getCurrentUser(),
      citizens: await h.listCitizens(),
      grants: await h.listGrants(id),
      decisions: await h.listWageDecisions(id),
      attendance: await h.listAttendance('2026-10', id),
      kmRate: (await h.getSettingsForMonth('2026-12')).settings.kmRate,
      status: month.status,
      grossPay: month.results.rows[0]?.result.grossPay,
      sha256: (await h.exportMonthCsv('2026-10', 'excel')).sha256,
      audit: (await h.listAudit()).length,
      backup: await h.exportBackup({ createdAt: '2026-11-30T12:00:00.000Z' }),
    };
  }, written.id);

  expect(read.user).toBe('ABC');
  expect(read.citizens.map((c) => [c.name, c.cpr])).toEqual([['Anna Ærø', '0101901234']]);
  expect(read.grants[0]).toMatchObject({ size: 'full', followUpDue: '2026-07-01' });
  expect(read.decisions.map((d) => d.effectiveFrom)).toEqual(['2026-01-01', '2026-10-16']);
  expect(read.attendance.map((a) => [a.date, a.hours, a.absence ?? null])).toEqual([
    ['2026-10-01', 6, null],
    ['2026-10-20', 5.5, null],
    ['2026-10-21', 0, 'syg'],
  ]);
  expect(read.kmRate).toBe(3.5);
  expect(read.status).toBe('closed');
  expect(read.grossPay).toBe(232.25);
  expect(read.sha256).toBe(written.sha256);
  expect(read.audit).toBeGreaterThanOrEqual(8);
  expect(read.backup).toBe(written.backup);
});
