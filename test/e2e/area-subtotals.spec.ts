// Subtotals per work area in the payroll files (issue 12, Build item 1; docs/rules.md §§6, 9):
// a month with citizens in two areas is closed in the app, both files are downloaded and read
// back, and each area's subtotal in the files is the month-close screen's subtotal row.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test, type Page } from '@playwright/test';
import { openAs, putRaw, shot } from './support';
import { area, days, decision, member } from './areaFixtures';

/** "−1.234,50" (screen) or "-1234,50" (file) → øre. */
const ore = (text: string) =>
  Math.round(Number(text.trim().replace('\u2212', '-').replace(/\./g, '').replace(',', '.')) * 100);

/** The Excel file's figure columns and the screen's headings for them. */
const FIGURES: [string, string][] = [
  ['Timer', 'Timer'],
  ['Bruttoløn', 'Bruttoløn'],
  ['Kørsel i alt', 'Kørsel i alt'],
  ['Borgerens andel', 'Borgerens andel'],
  ['Kommunens andel', 'Kommunens andel'],
  ['Lønregulering', 'Regulering i løn'],
];

async function download(page: Page, button: string): Promise<string[][]> {
  const file = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const text = readFileSync((await (await file).path())!, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';', newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  return parsed.data.slice(0, -1);
}

test('both payroll files give each work area the subtotal the month-close screen shows', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.clock.install({ time: new Date('2026-11-24T10:00:00') });
  await openAs(page, '2026-10');
  await putRaw(page, 'workAreas', [area('park', 'Have og park'), area('montage', 'Montage')]);
  await putRaw(page, 'citizens', [
    member('c-anna', 'Anna Ager', '7001', 'park', {
      transport: { mode: 'car', oneWayKm: 14, ratePerKm: 2.23, paidBy: 'citizen' },
    }),
    member('c-bo', 'Bo Bænk', '7002', 'montage', {
      transport: { mode: 'public', oneWayKm: 25, dailyCost: 60, paidBy: 'municipality' },
    }),
    member('c-carl', 'Carl Cykel', '7003', 'park'),
  ]);
  await putRaw(page, 'wageDecisions', [
    decision('w-anna', 'c-anna', 2),
    decision('w-bo', 'c-bo', 3),
    decision('w-carl', 'c-carl', 1),
  ]);
  await putRaw(page, 'attendance', [
    ...days('c-anna', 6, ['2026-10-01', '2026-10-02', '2026-10-05']),
    ...days('c-bo', 5.5, ['2026-10-01', '2026-10-06']),
    ...days('c-carl', 4, ['2026-10-07']),
  ]);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.goto('/#/maanedsafslutning');
  const table = page.getByTestId('month-table');
  await expect(table.getByTestId('area-park')).toContainText('Have og park (2 borgere)');
  await expect(table.getByTestId('area-montage')).toContainText('Montage (1 borger)');
  const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
  const screen = async (areaId: string) => {
    const cells = await table.getByTestId(`area-${areaId}`).getByRole('cell').allTextContents();
    return (header: string) => cells[headers.indexOf(header)]!;
  };
  const subtotals = { park: await screen('park'), montage: await screen('montage') };
  await shot(page, 'omraade-subtotaler-maaned');

  await page.getByRole('button', { name: 'Luk oktober 2026 …' }).click();
  await page
    .getByRole('region', { name: 'Kontrol før lukning' })
    .getByRole('button', { name: 'Luk måneden' })
    .click();
  await expect(page.getByTestId('month-status')).toContainText('Lukket');

  // Excel: one subtotal row per area after its citizens, no payroll number.
  const excel = await download(page, 'Eksportér Excel (da-DK)');
  const col = (h: string) => excel[0]!.indexOf(h);
  expect(excel.slice(1).map((r) => r[col('Lønnummer')] || r[col('Navn')])).toEqual([
    '7001',
    '7003',
    'I alt Have og park',
    '7002',
    'I alt Montage',
  ]);
  for (const [id, name] of [
    ['park', 'Have og park'],
    ['montage', 'Montage'],
  ] as const) {
    const on = subtotals[id];
    const row = excel.find((r) => r[col('Navn')] === `I alt ${name}`)!;
    expect(row[col('Lønnummer')]).toBe('');
    expect(row[col('Dage')]).toBe(on('Dage'));
    for (const [file, shown] of FIGURES)
      expect(ore(row[col(file)]!), `${name}: ${file}`).toBe(ore(on(shown)));
    expect(row[col('Bemærkninger')]).toMatch(/^Subtotal for arbejdsområdet .* – ikke en lønlinje$/);
  }

  // Lønarter: per area a line per wage type, no payroll number and no code.
  const types = await download(page, 'Eksportér Lønsystem (lønarter)');
  for (const [id, name] of [
    ['park', 'Have og park'],
    ['montage', 'Montage'],
  ] as const) {
    const on = subtotals[id];
    const lines = types.filter((r) => r[1] === `I alt ${name}`);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect([l[0], l[2], l[5]]).toEqual(['', '', '']);
    const wage = lines.find((l) => l[3] === 'I alt Løn efter indsats')!;
    expect(ore(wage[6]!)).toBe(ore(on('Bruttoløn')));
    expect(ore(wage[4]!)).toBe(ore(on('Timer')));
    const transport = lines.filter((l) => l !== wage).reduce((s, l) => s + ore(l[6]!), 0);
    expect(transport).toBe(ore(on('Regulering i løn')));
  }
});
