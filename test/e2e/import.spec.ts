// Issue 13, item 4: a workshop's spreadsheet brought in. 200 citizens and their October from
// the CSV files Danish Excel saves (Windows-1252, semicolons, decimal comma, dd-mm-åååå), with
// five bad lines: the preview shows every line and why the bad ones are refused (line, column,
// value), nothing is written before "Indlæs", and each import is undone in one step.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { go, openAs, shot } from './support';

test.use({ viewport: { width: 1366, height: 768 } });

/** Danish Excel's "CSV (semikolonsepareret)": Windows-1252 (æøå§½¾ are Latin-1), CRLF. */
const excelCsv = (rows: string[][]) =>
  Buffer.from(rows.map((r) => r.join(';')).join('\r\n') + '\r\n', 'latin1');

const NAMES = ['Søren Ærø', 'Åse Øster', 'Bjørn Dæhli', 'Mette Skov', 'Jens Hald'];

function citizenRows(): string[][] {
  const rows = [
    [
      'Navn',
      'Lønnummer',
      'CPR-nummer',
      'Tilbud',
      'Startdato',
      'Bevilling',
      'Transportform',
      'Km én vej',
      'Trækprocent',
      'Månedsfradrag',
    ],
  ];
  for (let i = 0; i < 200; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    rows.push([
      `${NAMES[i % 5]} ${i + 1}`,
      String(3001 + i),
      `${day}0590-${String(1000 + i)}`,
      i % 4 === 0 ? '§ 104' : '103',
      '01-01-2026',
      i % 2 ? '¾' : '1/1',
      i % 3 ? 'bil' : 'ingen',
      i % 3 ? '12,5' : '',
      '38',
      '4.000',
    ]);
  }
  // Five lines a tired hand gets wrong.
  rows[11]![2] = 'not-a-cpr';
  rows[22]![0] = '';
  rows[33]![1] = '3001';
  rows[44]![3] = '105';
  rows[55]![4] = '31-02-2026';
  return rows;
}

function attendanceRows(payrollNumbers: string[]): string[][] {
  const days = Array.from({ length: 31 }, (_, d) => String(d + 1));
  const weekdays = new Set(
    days.filter((d) => ![0, 6].includes(new Date(2026, 9, Number(d)).getDay())),
  );
  const rows = [['Lønnummer', 'Navn', ...days]];
  payrollNumbers.forEach((n, i) =>
    rows.push([
      n,
      '',
      ...days.map((d) => (!weekdays.has(d) ? '' : d === '14' && i % 10 === 0 ? 'S' : '6,5')),
    ]),
  );
  return rows;
}

async function countStored(page: Page, store: string): Promise<number> {
  return page.evaluate(async (store) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('jobbasen-lon');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const n = await new Promise<number>((ok) => {
      const req = db.transaction(store).objectStore(store).count();
      req.onsuccess = () => ok(req.result);
    });
    db.close();
    return n;
  }, store);
}

async function chooseFile(page: Page, name: string, rows: string[][]) {
  await page
    .getByLabel('Vælg fil …')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: excelCsv(rows) });
  await expect(page.getByTestId('import-file-name')).toContainText(name);
}

test('200 citizens and their October from Danish Excel files: preview, refusals, confirm, undo', async ({
  page,
}) => {
  await openAs(page, '2026-10');
  await go(page, 'Borgere');
  await page.getByRole('link', { name: 'Indlæs fra regneark' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Indlæs fra regneark' })).toBeVisible();

  await chooseFile(page, 'borgere.csv', citizenRows());
  await expect(page.getByTestId('import-file-name')).toContainText(
    'Windows-1252, 200 linjer med data',
  );
  await expect(page.getByLabel('CPR-nummer (skal med)')).toHaveValue('2');
  await expect(page.getByTestId('import-counts')).toHaveText(
    '195 borgere oprettes, 5 linjer afvises.',
  );
  const preview = page.getByRole('table', { name: 'Linjerne i filen, og hvad indlæsningen gør' });
  const row = (line: number) =>
    preview
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: String(line), exact: true }) });
  await expect(row(12)).toContainText('Afvist');
  await expect(row(12)).toContainText('Kolonne C «CPR-nummer»: «not-a-cpr» skal være 10 cifre');
  await expect(row(23)).toContainText('Kolonne A «Navn»: tom celle – mangler');
  await expect(row(34)).toContainText(
    'Kolonne B «Lønnummer»: «3001» lønnummeret står også på linje 2',
  );
  await expect(row(45)).toContainText('Kolonne D «Tilbud»: «105» skal være 103 eller 104');
  await expect(row(56)).toContainText(
    'Kolonne E «Startdato»: «31-02-2026» er ikke en dato, der findes',
  );
  await expect(row(2)).toContainText('Søren Ærø 1 (3001)');
  await expect(row(2)).toContainText('Opretter');
  expect(await countStored(page, 'citizens')).toBe(0);
  await shot(page, 'import-preview');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await page.getByRole('button', { name: 'Indlæs 195 linjer' }).click();
  await expect(page.getByText(/^Indlæst: borgere\.csv .*195 borgere oprettet\.$/)).toBeVisible();
  expect(await countStored(page, 'citizens')).toBe(195);
  expect(await countStored(page, 'grants')).toBe(195);

  // October's attendance: 195 lines × 22 weekdays, some sick days.
  await page.getByRole('radio', { name: /Fremmøde for en måned/ }).check();
  const numbers = citizenRows()
    .slice(1)
    .map((r) => r[1]!)
    .filter((n, i) => ![11, 22, 33, 44, 55].includes(i + 1));
  await chooseFile(page, 'fremmoede-oktober.csv', attendanceRows([...numbers, '9999']));
  await expect(page.getByTestId('import-counts')).toHaveText(
    '195 borgeres fremmøde oprettes, 1 linje afvises.',
  );
  await expect(row(197)).toContainText('ingen borger med lønnummeret 9999 er indskrevet i 2026-10');
  await page.getByRole('button', { name: 'Indlæs 195 linjer' }).click();
  await expect(
    page.getByText(/^Indlæst: fremmoede-oktober\.csv .*4\.290 dages fremmøde\.$/),
  ).toBeVisible();
  expect(await countStored(page, 'attendance')).toBe(195 * 22);
  await shot(page, 'import-done');

  // Undo, newest first: the days, then the citizens.
  await page.getByRole('button', { name: 'Fortryd indlæsningen af fremmoede-oktober.csv' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Fortryd indlæsningen' }).click();
  await expect(page.getByText('Indlæsningen af fremmoede-oktober.csv er fortrudt.')).toBeVisible();
  expect(await countStored(page, 'attendance')).toBe(0);
  await page.getByRole('button', { name: 'Fortryd indlæsningen af borgere.csv' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Fortryd indlæsningen' }).click();
  await expect(page.getByText('Indlæsningen af borgere.csv er fortrudt.')).toBeVisible();
  expect(await countStored(page, 'citizens')).toBe(0);
  await expect(page.getByText(/borgere\.csv .* – fortrudt/)).toBeVisible();
});

test('the column choices a person makes are remembered for the next file', async ({ page }) => {
  await openAs(page, '2026-10');
  await page.goto('/#/indlaes');
  const rows = [
    ['Borgerens navn', 'Nr.', 'CPR', 'Paragraf', 'Start'],
    ['Anna Ærø', '1001', '010190-1234', '103', '01-01-2026'],
  ];
  await chooseFile(page, 'a.csv', rows);
  await expect(page.getByText('Vælg en kolonne til: Navn, Lønnummer.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Intet at indlæse' })).toBeDisabled();
  await page.getByLabel('Navn (skal med)').selectOption({ label: 'A «Borgerens navn»' });
  await page.getByLabel('Lønnummer (skal med)').selectOption({ label: 'B «Nr.»' });
  await page.getByRole('button', { name: 'Indlæs 1 linje' }).click();
  await expect(page.getByText(/^Indlæst: a\.csv/)).toBeVisible();
  await page.reload();
  rows[1] = ['Bo Berg', '1002', '020290-1234', '104', '01-02-2026'];
  await chooseFile(page, 'b.csv', rows);
  await expect(page.getByLabel('Lønnummer (skal med)')).toHaveValue('1');
  await expect(page.getByTestId('import-counts')).toHaveText('1 borger oprettes.');
});
