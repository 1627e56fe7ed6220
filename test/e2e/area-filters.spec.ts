// The "Arbejdsområde" filter on the remaining lists (issue 12, Build item 1; docs/rules.md §§6,
// 12): the month close shows one area's rows, their sum and that closing covers the whole month —
// and closing filtered still puts every citizen in the payroll file; "Lønbeskeder til alle
// borgere" prints one area's statements; the Lønvurdering picker lists one area's citizens.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test, type Page } from '@playwright/test';
import { axe, openAs, putRaw, shot } from './support';
import { hasText, readPdf } from './pdf';
import { area, days, decision, member } from './areaFixtures';

async function seeded(page: Page) {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.clock.install({ time: new Date('2026-11-24T10:00:00') });
  await openAs(page, '2026-10');
  await putRaw(page, 'workAreas', [area('park', 'Have og park'), area('montage', 'Montage')]);
  // Have og park: Anna and Carl; Montage: Bo.
  await putRaw(page, 'citizens', [
    member('c-anna', 'Anna Ager', '7001', 'park'),
    member('c-bo', 'Bo Bænk', '7002', 'montage'),
    member('c-carl', 'Carl Cykel', '7003', 'park'),
  ]);
  await putRaw(page, 'wageDecisions', [
    decision('w-anna', 'c-anna'),
    decision('w-bo', 'c-bo'),
    decision('w-carl', 'c-carl'),
  ]);
  await putRaw(page, 'attendance', [
    ...days('c-anna', 6, ['2026-10-01', '2026-10-02']),
    ...days('c-bo', 5, ['2026-10-01']),
    ...days('c-carl', 4, ['2026-10-05']),
  ]);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('month close filtered by area: that area only, its sum, and closing still covers the whole month', async ({
  page,
}) => {
  await seeded(page);
  await page.goto('/#/maanedsafslutning');
  await expect(page.getByRole('heading', { level: 1, name: 'Månedsafslutning' })).toBeVisible();
  const table = page.getByTestId('month-table');
  await expect(table.getByTestId('area-park')).toContainText('Have og park (2 borgere)');
  const parkCells = await table.getByTestId('area-park').getByRole('cell').allTextContents();

  await page.getByLabel('Arbejdsområde').selectOption({ label: 'Have og park' });
  await expect(table.getByTestId('row-7001')).toBeVisible();
  await expect(table.getByTestId('row-7003')).toBeVisible();
  await expect(table.getByTestId('row-7002')).toHaveCount(0);
  await expect(page.getByTestId('area-notice')).toHaveText(
    'Viser 2 af 3 borgere (Have og park). Lukningen og lønfilen gælder hele måneden.',
  );
  // The footer is the shown rows' sum, named as such: the park's subtotal, figure by figure.
  const total = table.getByTestId('month-total');
  await expect(total).toContainText('I alt for Have og park (2 borgere)');
  const totalCells = await total.getByRole('cell').allTextContents();
  expect(totalCells.slice(1)).toEqual(parkCells.slice(1));
  await expect(table.getByTestId('area-montage')).toHaveCount(0);
  await axe(page, 'månedsafslutning filtreret');
  await shot(page, 'omraadefilter-maanedsafslutning');

  // Closing while filtered: the whole month is closed and its payroll file has every citizen.
  await page.getByRole('button', { name: 'Luk oktober 2026 …' }).click();
  await page
    .getByRole('region', { name: 'Kontrol før lukning' })
    .getByRole('button', { name: 'Luk måneden' })
    .click();
  await expect(page.getByTestId('month-status')).toContainText('Lukket');
  const file = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksportér Excel (da-DK)' }).click();
  const text = readFileSync((await (await file).path())!, 'utf8');
  const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ';', newline: '\r\n' }).data;
  const number = rows[0]!.indexOf('Lønnummer');
  expect(rows.map((r) => r[number]).filter((n) => n && /^\d+$/.test(n))).toEqual([
    '7001',
    '7003',
    '7002',
  ]);
  // Still filtered after closing, the notice still says what the closing covered.
  await expect(page.getByTestId('area-notice')).toContainText('Viser 2 af 3 borgere');
  await page.getByLabel('Arbejdsområde').selectOption({ label: 'Alle arbejdsområder' });
  await expect(page.getByTestId('area-notice')).toHaveCount(0);
  await expect(table.getByTestId('month-total')).toContainText('I alt (3 borgere)');
});

test("statements filtered by area print only that area's citizens; the wage picker lists that area's", async ({
  page,
}) => {
  await seeded(page);
  await page.goto('/#/udskrifter/loenbesked');
  await expect(page.getByRole('heading', { level: 1, name: 'Lønbeskeder' })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(3);
  await page.getByLabel('Arbejdsområde').selectOption({ label: 'Have og park' });
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(page.getByRole('article', { name: /Anna Ager$/ })).toBeVisible();
  await expect(page.getByRole('article', { name: /Carl Cykel$/ })).toBeVisible();
  await expect(
    page.getByRole('button', { name: /Udskriv lønbeskeder for Have og park/ }),
  ).toBeVisible();
  await axe(page, 'lønbeskeder filtreret');
  await shot(page, 'omraadefilter-loenbeskeder');
  const pdf = readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  expect(pdf).toHaveLength(2);
  const all = pdf.map((p) => p.text).join('\n');
  expect(hasText(all, 'Til Anna Ager')).toBe(true);
  expect(hasText(all, 'Til Carl Cykel')).toBe(true);
  expect(hasText(all, 'Bo Bænk')).toBe(false);

  await page.getByLabel('Arbejdsområde').selectOption({ label: 'Montage' });
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('article', { name: /Bo Bænk$/ })).toBeVisible();

  // Lønvurdering: the "Borger" picker narrowed to the area.
  await page.goto('/#/loenvurdering');
  await expect(page.getByRole('heading', { level: 1, name: 'Lønvurdering' })).toBeVisible();
  const picker = page.getByLabel('Borger');
  await expect(picker.getByRole('option')).toHaveCount(4);
  await page.getByLabel('Arbejdsområde').selectOption({ label: 'Montage' });
  await expect(picker.getByRole('option')).toHaveText(['Vælg en borger …', 'Bo Bænk (7002)']);
  await axe(page, 'lønvurdering filtreret');
});
