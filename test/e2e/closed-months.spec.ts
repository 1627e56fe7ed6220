// Closed periods stay closed, and a month is closed through a check screen (issue 10, findings 5,
// 7 and 8; Build items 4 and 6). "Today" is pinned to 24.11.2026 with Playwright's clock; records
// are written straight into IndexedDB (the forms are tested elsewhere) and the app is reloaded.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openAs, putRaw, rawCitizen, rawGrant, shot, STAMP } from './support';
import Papa from 'papaparse';
import { defaultSettingsVersion } from '../../shared/records/settings-version';

/** The app on 24.11.2026 with `month` chosen and initials given. */
async function openApp(page: Page, month: string) {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.clock.install({ time: new Date('2026-11-24T10:00:00') });
  await openAs(page, month);
}

/** Writes `stores` and reloads, so the app's database connection does not answer from a cache. */
async function seed(page: Page, stores: Record<string, object[]>, hash = '#/maanedsafslutning') {
  for (const [store, records] of Object.entries(stores)) await putRaw(page, store, records);
  await page.goto(`/${hash}`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

const citizen103 = (id: string, name: string, payrollNumber: string, extra: object = {}) =>
  rawCitizen(id, name, payrollNumber, {
    offer: 'SEL103',
    taxCard: { withholdingRatePercent: 38, monthlyAllowance: 0 },
    ...extra,
  });

const handSet = (id: string, citizenId: string, effectiveFrom: string, hourlyWage: number) => ({
  id,
  citizenId,
  effectiveFrom,
  hourlyWage,
  justification: 'Aftalt ved opfølgning',
  assessorInitials: 'KB',
  createdAt: STAMP,
  updatedAt: STAMP,
});

const days = (citizenId: string, dates: string[], hours: number) =>
  dates.map((date) => ({ citizenId, date, hours, updatedAt: STAMP }));

/** October 2026 closed with no citizens: a month close as the data layer stores it. */
function closedOctober() {
  const v = defaultSettingsVersion();
  const totals = {
    citizens: 0,
    days: 0,
    hours: 0,
    grossPay: 0,
    transportTotal: 0,
    citizenShare: 0,
    municipalShare: 0,
    payrollAdjustment: 0,
    estimatedPayout: 0,
  };
  return {
    month: '2026-10',
    status: 'closed',
    closedAt: '2026-11-02T09:00:00.000Z',
    closedBy: 'KB',
    payroll: {
      month: '2026-10',
      settingsVersionId: v.id,
      settings: v.settings,
      wageTypeCodes: v.wageTypeCodes,
      rows: [],
      totals,
    },
    exportProfile: 'excel',
    fileHash: '0'.repeat(64),
    wageDecisionIds: [],
    history: [{ action: 'closed', at: '2026-11-02T09:00:00.000Z', by: 'KB' }],
  };
}

test('finding 5: a settings version cannot start in a closed month; the form starts at the first open month', async ({
  page,
}) => {
  await openApp(page, '2026-10');
  await seed(page, { monthCloses: [closedOctober()] }, '#/indstillinger');
  await page.getByRole('button', { name: 'Ny version …' }).click();
  const from = page.getByLabel('Gælder fra måned');
  await expect(from).toHaveValue('2026-11');

  await from.fill('2026-10');
  await page.getByRole('button', { name: 'Gem version' }).click();
  // Refused at the field, in Danish, naming the month and the first month it can start in.
  await expect(from).toHaveAccessibleDescription(
    /Gælder fra måned: oktober 2026 er lukket.*Vælg november 2026 eller senere/,
  );
  await expect(page.getByText('Ingen egne versioner: standardværdierne bruges.')).toBeVisible();

  // From the first open month it is saved.
  await from.fill('2026-11');
  await page.getByRole('button', { name: 'Gem version' }).click();
  await expect(page.getByRole('cell', { name: 'november 2026' })).toBeVisible();
});

test('finding 7: with two rates in a month the Excel file shows no single rate, and lists each line', async ({
  page,
}) => {
  await openApp(page, '2026-10');
  const early = ['01', '02', '05', '06', '07', '08', '09', '12', '13', '14'];
  const late = ['15', '16', '19', '20', '21', '22'];
  await seed(page, {
    citizens: [citizen103('c-1', 'Dorte Dam', '5001')],
    wageDecisions: [
      handSet('w-1', 'c-1', '2026-01-01', 25.5),
      handSet('w-2', 'c-1', '2026-10-15', 26),
    ],
    attendance: [
      ...days(
        'c-1',
        early.map((d) => `2026-10-${d}`),
        6,
      ),
      ...days(
        'c-1',
        late.map((d) => `2026-10-${d}`),
        6.5,
      ),
    ],
  });
  await expect(page.getByTestId('row-5001')).toContainText('2.544,00');
  // The screen's remarks column has room at 1366×768 (it was ~35 px wide, rows 5–8 lines tall).
  const remarks = page.getByTestId('row-5001').getByRole('cell').last();
  await expect(remarks).toContainText('25,50 kr. × 60,00 t fra 01.10.2026');
  expect((await remarks.boundingBox())!.width).toBeGreaterThanOrEqual(170);
  await shot(page, 'maanedstabel-1366');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksportér Excel (da-DK)' }).click();
  const excel = readFileSync((await (await download).path())!, 'utf8');
  const rows = Papa.parse<string[]>(excel.slice(1).trimEnd(), { delimiter: ';' }).data;
  const col = (h: string) => rows[0]!.indexOf(h);
  const row = rows.find((r) => r[col('Lønnummer')] === '5001')!;
  expect(row[col('Timer')]).toBe('99,00');
  expect(row[col('Bruttoløn')]).toBe('2544,00');
  expect(row[col('Timeløn')]).toBe('');
  expect(row[col('Bemærkninger')]).toContain(
    '25,50 kr. × 60,00 t fra 01.10.2026; 26,00 kr. × 39,00 t fra 15.10.2026',
  );
  // Wherever a rate is shown, hours × rate is the gross pay.
  const num = (s: string) => Number(s.replace(',', '.'));
  for (const r of rows.slice(1))
    if (r[col('Timeløn')] !== '')
      expect(Math.round(num(r[col('Timer')]!) * num(r[col('Timeløn')]!) * 100)).toBe(
        Math.round(num(r[col('Bruttoløn')]!) * 100),
      );
});

test('finding 8: a month that has not begun cannot be closed; one not yet over needs a confirmation', async ({
  page,
}) => {
  await openApp(page, '2026-12');
  await seed(page, {});
  await expect(page.getByRole('heading', { level: 1, name: 'Månedsafslutning' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Luk december 2026 …' })).toBeDisabled();
  await expect(
    page.getByText('December 2026 er ikke begyndt endnu og kan ikke lukkes.'),
  ).toBeVisible();
  await shot(page, 'luk-ikke-begyndt');

  await page.getByRole('button', { name: 'Forrige måned (november 2026)' }).click();
  await page.getByRole('button', { name: 'Luk november 2026 …' }).click();
  const check = page.getByRole('region', { name: 'Kontrol før lukning' });
  await expect(check).toBeVisible();
  await expect(check.getByText('November 2026 er ikke slut endnu')).toBeVisible();
  const close = check.getByRole('button', { name: 'Luk måneden' });
  await expect(close).toBeDisabled();
  await check.getByLabel('Luk alligevel, før måneden er slut').check();
  await shot(page, 'kontrol-maaned-ikke-slut');
  await close.click();
  await expect(page.getByTestId('month-status')).toContainText('Lukket');
});

const october = (list: string[]) => list.map((d) => `2026-10-${d}`);

test('closing goes through a check screen; reopening compares; a changed re-close gives a difference file', async ({
  page,
}) => {
  await openApp(page, '2026-10');
  const dorte = citizen103('c-1', 'Dorte Dam', '5001');
  await seed(page, {
    citizens: [
      dorte,
      citizen103('c-2', 'Erik Eg', '5002', { taxCard: undefined }),
      { ...citizen103('c-3', 'Frida Fjord', '5003'), offer: 'SEL104', taxCard: undefined },
    ],
    grants: [rawGrant('g-3', 'c-3')],
    wageDecisions: [
      handSet('w-1', 'c-1', '2026-01-01', 25.5),
      handSet('w-2', 'c-2', '2026-01-01', 20),
    ],
    attendance: [
      ...days('c-1', ['2026-09-01', '2026-09-02'], 6),
      ...days('c-1', october(['01', '02', '05', '06', '07', '08', '09', '12', '13', '14']), 6),
      ...days('c-2', october(['01', '02']), 5),
    ],
  });

  // The check screen: what to look at first, with links, and the totals named before closing.
  await page.getByRole('button', { name: 'Luk oktober 2026 …' }).click();
  const check = page.getByRole('region', { name: 'Kontrol før lukning' });
  await expect(check.getByText('3 bemærkninger – se dem igennem før lukning:')).toBeVisible();
  await expect(check.getByRole('listitem').filter({ hasText: 'Skattekort:' })).toContainText(
    'Erik Eg (5002) har intet skattekort',
  );
  await expect(check.getByRole('listitem').filter({ hasText: 'Fremmøde:' })).toContainText(
    'Frida Fjord (5003) har en bevilling, men intet fremmøde i oktober 2026',
  );
  await expect(check.getByRole('listitem').filter({ hasText: 'Stor ændring:' })).toContainText(
    'Dorte Dam (5001) har bruttoløn 1.530,00 kr. mod 306,00 kr. i september 2026 (+400 %)',
  );
  await expect(check.getByRole('link', { name: 'Erik Eg (5002)' })).toHaveAttribute(
    'href',
    '#/borgere/c-2',
  );
  await expect(check.getByTestId('close-totals')).toHaveText(
    /^Du lukker oktober 2026 for 3 borgere: bruttoløn 1\.730,00 kr\., kommunens andel .* kr\. og anslået udbetaling .* kr\.$/,
  );
  await shot(page, 'kontrol-foer-lukning');
  await check.getByRole('button', { name: 'Luk måneden' }).click();
  await expect(page.getByTestId('month-status')).toContainText('Lukket');

  // Dorte now drives her own car: computed now, her transport differs from the closed month.
  await putRaw(page, 'citizens', [{ ...dorte, transport: { mode: 'car', oneWayKm: 14 } }]);
  await page.reload();
  await page.getByRole('button', { name: 'Genåbn …' }).click();
  const table = page.getByRole('table', { name: 'Lukkede tal og tal beregnet nu' });
  await expect(page.getByText(/ændres tallene for 1 borger \(markeret\)/)).toBeVisible();
  const changed = table.getByRole('row', { name: /Dorte Dam \(5001\)/ });
  await expect(changed).toHaveClass(/changed/);
  await expect(changed.getByRole('cell').last()).toHaveText('Ja');
  await expect(changed).toContainText('0,00 →');
  await expect(
    table
      .getByRole('row', { name: /Erik Eg/ })
      .getByRole('cell')
      .last(),
  ).toHaveText('Nej');
  await shot(page, 'genaabn-sammenligning');
  await page.getByLabel('Begrundelse for genåbning').fill('Dorte kører i egen bil fra oktober');
  await page.getByRole('button', { name: 'Genåbn måneden' }).click();
  await expect(page.getByTestId('month-status')).toContainText('Måneden er genåbnet');

  // Closing again with other figures needs its own confirmation.
  await page.getByRole('button', { name: 'Luk oktober 2026 …' }).click();
  await expect(check.getByText(/Tallene er ændret for 1 borger siden lukningen/)).toBeVisible();
  const close = check.getByRole('button', { name: 'Luk måneden' });
  await expect(close).toBeDisabled();
  await check.getByLabel('Luk med de nye tal').check();
  await close.click();
  await expect(page.getByTestId('month-status')).toContainText('Lukket');

  // The difference file: only Dorte's transport change, marked as a correction.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksportér rettelsesfil' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('loen-2026-10-wage-types-rettelse-1.csv');
  const rows = Papa.parse<string[]>(
    readFileSync((await file.path())!, 'utf8')
      .slice(1)
      .trimEnd(),
    { delimiter: ';' },
  ).data;
  expect(rows).toHaveLength(2);
  expect(rows[1]![0]).toBe('5001');
  expect(rows[1]![3]).toMatch(/^Rettelse: (Befordringsgodtgørelse|Egenbetaling befordring)$/);
  expect(rows[1]![6]).not.toBe('0,00');
});
