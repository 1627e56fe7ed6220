// A new user's month, end to end in real Chromium against the built renderer (issue 4):
// three citizens, wage assessments, a month of attendance by keyboard, both CSV exports checked
// against the domain core, month close, reload, backup and restore. axe-core runs on every
// screen and each screen is saved under test-results/screenshots/.
import { mkdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { calculate, daysInMonth } from '../../shared/domain';
import { plannedDays } from '../../shared/rules/planned';
import { downloadPlainBackup } from './support';

const MONTH = '2026-10';
const SHOTS = 'test-results/screenshots';

async function checkScreen(page: Page, name: string) {
  await expect(page.locator('.loading')).toHaveCount(0);
  const axe = await new AxeBuilder({ page }).analyze();
  const summary = axe.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe on ${name}`).toEqual([]);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function go(page: Page, menu: string) {
  await page
    .getByRole('navigation', { name: 'Hovedmenu' })
    .getByRole('link', { name: menu })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

interface NewCitizen {
  name: string;
  payroll: string;
  cpr: string;
  offer: 'SEL103' | 'SEL104';
  size: string;
  tax?: string;
  fill: (page: Page) => Promise<void>;
}

async function createCitizen(page: Page, c: NewCitizen) {
  await go(page, 'Borgere');
  await page.getByRole('link', { name: 'Opret borger' }).click();
  await page.getByLabel('Navn', { exact: true }).fill(c.name);
  await page.getByLabel('Lønnummer').fill(c.payroll);
  await page.getByLabel('CPR-nummer').fill(c.cpr);
  await page.getByLabel('Tilbud').selectOption(c.offer);
  await page.getByLabel('Startdato').fill('01.01.2026');
  await page.getByLabel('Omfang').selectOption({ label: c.size });
  if (c.tax !== undefined) {
    await page.getByLabel('Trækprocent').fill(c.tax);
    await page.getByLabel('Månedsfradrag').fill('0');
  }
  await c.fill(page);
  await page.getByRole('button', { name: 'Opret borger' }).click();
  await expect(page.getByRole('heading', { level: 1, name: c.name })).toBeVisible();
}

async function assess(page: Page, name: string, scores: number[], help: RegExp) {
  await go(page, 'Lønvurdering');
  await page.getByLabel('Borger').selectOption({ label: name });
  await page.getByLabel('Gælder fra').fill('01.01.2026');
  const keys = [
    'attendanceStability',
    'flexibility',
    'productivity',
    'quality',
    'collegialInteraction',
  ];
  for (const [i, key] of keys.entries())
    await page
      .getByTestId(`criterion-${key}`)
      .getByRole('radio', { name: new RegExp(`^${scores[i]} `) })
      .check();
  await page.getByTestId('criterion-helpNeed').getByRole('radio', { name: help }).check();
}

type Day = { date: string; hours: number };

test('a new user runs a whole month', async ({ page }) => {
  test.setTimeout(150_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript((month) => {
    if (!localStorage.getItem('jobbasen.month')) localStorage.setItem('jobbasen.month', month);
  }, MONTH);
  await page.goto('/');

  // Initials are asked once.
  const dialog = page.getByRole('dialog', { name: 'Hvem arbejder her?' });
  await expect(dialog).toBeVisible();
  await checkScreen(page, '00-initialer');
  await dialog.getByLabel('Initialer').fill('x');
  await dialog.getByRole('button', { name: 'Gem initialer' }).click();
  await expect(dialog.getByText('Initialer: skal være 2–6 bogstaver')).toBeVisible();
  await dialog.getByLabel('Initialer').fill('tst');
  await dialog.getByRole('button', { name: 'Gem initialer' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Bruger: TST')).toBeVisible();

  // A form refuses bad input next to the field, in Danish, and saves nothing.
  await go(page, 'Borgere');
  await page.getByRole('link', { name: 'Opret borger' }).click();
  await page.getByLabel('CPR-nummer').fill('3213901234');
  await page.getByRole('button', { name: 'Opret borger' }).click();
  await expect(page.getByText('Navn: må ikke være tom')).toBeVisible();
  await expect(
    page.getByText(/CPR-nummer: de første seks cifre er ikke en gyldig dato/),
  ).toBeVisible();
  await expect(page.getByText(/fejl i formularen\. Intet er gemt/)).toBeVisible();
  await checkScreen(page, '02-opret-borger-fejl');
  // Leaving the refused form asks first (issue 10, finding 12).
  await go(page, 'Borgere');
  await page
    .getByRole('dialog', { name: 'Ændringerne er ikke gemt' })
    .getByRole('button', { name: 'Forlad siden' })
    .click();

  await createCitizen(page, {
    name: 'Anna Andersen',
    payroll: '1001',
    cpr: '010190-1234',
    offer: 'SEL103',
    size: '1/1 plads (4 dage om ugen)',
    tax: '38',
    fill: async (p) => {
      await p.getByLabel('Transportform').selectOption('car');
      await p.getByLabel('Afstand én vej').fill('14');
      // The live preview computes this month's transport through the domain core.
      await expect(p.getByTestId('preview-total')).toContainText('kr.');
    },
  });
  await expect(page.getByTestId('cpr')).toHaveText('010190-****');
  await createCitizen(page, {
    name: 'Bo Berg',
    payroll: '1002',
    cpr: '020285-1234',
    offer: 'SEL103',
    size: '¾ plads (3 dage om ugen)',
    tax: '40',
    fill: async (p) => {
      await p.getByLabel('Transportform').selectOption('public');
      await p.getByLabel('Afstand én vej').fill('8');
      await p.getByLabel('Pris pr. dag (tur/retur)').fill('48');
      await p.getByLabel('Månedskort').fill('620');
    },
  });
  await createCitizen(page, {
    name: 'Carla Clausen',
    payroll: '1003',
    cpr: '030375-1234',
    offer: 'SEL104',
    size: '1/1 plads (4 dage om ugen)',
    fill: async (p) => {
      await p.getByLabel('Transportform').selectOption('special');
      await p.getByLabel('Afstand én vej').fill('20');
      await p.getByLabel('Pris pr. dag (tur/retur)').fill('150');
      await p.getByLabel('Kommunen har bevilget kørsel (§ 104)').check();
      await expect(p.getByTestId('preview-citizen')).toHaveText('0,00 kr.');
    },
  });
  // The citizen page previews this month's shares too: § 104 with granted transport → all municipal.
  await expect(page.getByTestId('preview-citizen')).toHaveText('0,00 kr.');
  await expect(page.getByTestId('preview-municipal')).toHaveText('2.700,00 kr.');
  await checkScreen(page, '04-borger');

  // Wage assessment: the live preview explains itself (docs/rules.md §8 examples 1 and 3).
  await assess(page, 'Anna Andersen (1001)', [2, 2, 2, 2, 2], /moderat støtte/);
  await expect(page.getByTestId('wage-preview')).toHaveText(/19,00 kr\./);
  await expect(page.getByText('Sådan er lønnen beregnet')).toBeVisible();
  await expect(page.getByRole('row', { name: /Score.*12 af 24 point = 50,0 %/ })).toBeVisible();
  await checkScreen(page, '05-loenvurdering');
  await page.getByRole('button', { name: 'Gem lønafgørelse' }).click();
  await expect(page.getByRole('heading', { name: 'Afgørelse om løn' })).toBeVisible();
  await expect(page.getByTestId('letter-wage')).toHaveText('19,00 kr.');
  await checkScreen(page, '06-afgoerelsesbrev');

  await assess(page, 'Bo Berg (1002)', [3, 3, 2, 3, 4], /moderat støtte/);
  await expect(page.getByTestId('wage-preview')).toHaveText(/23,50 kr\./);
  // A hand-set wage demands a justification and warns above the ceiling.
  await page.getByLabel(/Fastsæt timelønnen manuelt/).check();
  await page.getByLabel('Timeløn', { exact: true }).fill('31');
  await expect(page.getByText(/over loftet \(30,00 kr\.\)/)).toBeVisible();
  await page.getByRole('button', { name: 'Gem lønafgørelse' }).click();
  await expect(page.getByText('Begrundelse: må ikke være tom')).toBeVisible();
  await page.getByLabel(/Fastsæt timelønnen manuelt/).uncheck();
  await page.getByRole('button', { name: 'Gem lønafgørelse' }).click();
  await expect(page.getByTestId('letter-wage')).toHaveText('23,50 kr.');

  // Attendance by keyboard.
  await go(page, 'Fremmøde');
  const grid = page.getByRole('grid');
  const cell = (name: string, date: string) =>
    grid.getByRole('gridcell', {
      name: new RegExp(`^${name}, ${date.split('-').reverse().join('\\.')}:`),
    });
  await cell('Anna Andersen', '2026-10-01').click();
  await page.keyboard.type('6');
  await page.keyboard.press('Enter');
  await expect(cell('Anna Andersen', '2026-10-01')).toHaveText('6');
  await page.keyboard.type('7,5');
  await page.keyboard.press('Enter');
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect(cell('Carla Clausen', '2026-10-01')).toHaveText('5');
  // Invalid input is explained next to the cell and never saved; Escape cancels.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('25');
  await page.keyboard.press('Enter');
  await expect(grid.getByRole('alert')).toHaveText('Timer skal være mellem 0 og 24.');
  await checkScreen(page, '07-fremmoede-fejl');
  await page.keyboard.press('Escape');
  await expect(cell('Carla Clausen', '2026-10-02')).toHaveText('');
  // An absence code.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.type('s');
  await page.keyboard.press('Enter');
  await expect(cell('Anna Andersen', '2026-10-02')).toHaveText('S');
  // A row pasted from a spreadsheet.
  await cell('Bo Berg', '2026-10-05').focus();
  await cell('Bo Berg', '2026-10-05').evaluate((el) => {
    const data = new DataTransfer();
    data.setData('text/plain', '6\t6\t6\t6\r\n');
    el.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  });
  await expect(cell('Bo Berg', '2026-10-08')).toHaveText('6');
  // The rest of the planned days from the grant sizes.
  await page.getByLabel('Timer pr. planlagt dag').fill('6');
  await page.getByRole('button', { name: 'Udfyld planlagte dage fra bevillingerne' }).click();
  await expect(page.getByText(/planlagte dage er udfyldt med 6 timer/)).toBeVisible();
  await checkScreen(page, '08-fremmoede');

  // What the test entered, as the domain core sees it.
  const entered: Record<string, Map<string, number>> = {
    '1001': new Map([['2026-10-01', 6]]),
    '1002': new Map([
      ['2026-10-01', 7.5],
      ...['05', '06', '07', '08'].map((d) => [`2026-10-${d}`, 6] as [string, number]),
    ]),
    '1003': new Map([['2026-10-01', 5]]),
  };
  const absent = new Set(['1001|2026-10-02']);
  const perWeek = { '1001': 4, '1002': 3, '1003': 4 } as const;
  const days: Record<string, Day[]> = {};
  for (const [payroll, map] of Object.entries(entered)) {
    for (const d of plannedDays(MONTH, {
      daysPerWeek: perWeek[payroll as keyof typeof perWeek],
      from: '2026-01-01',
    }))
      if (!map.has(d) && !absent.has(`${payroll}|${d}`)) map.set(d, 6);
    days[payroll] = daysInMonth(MONTH)
      .filter((d) => map.has(d))
      .map((d) => ({ date: d, hours: map.get(d)! }));
  }
  const assessment = (s: number[]) => ({
    scores: {
      attendanceStability: s[0]!,
      flexibility: s[1]!,
      productivity: s[2]!,
      quality: s[3]!,
      collegialInteraction: s[4]!,
    },
    helpNeed: 'moderate' as const,
  });
  const expected = {
    '1001': calculate({
      month: MONTH,
      citizen: {
        offer: 'SEL103',
        taxCard: { withholdingRatePercent: 38, monthlyAllowance: 0 },
        transport: { mode: 'car', oneWayKm: 14 },
      },
      wageDecisions: [{ effectiveFrom: '2026-01-01', assessment: assessment([2, 2, 2, 2, 2]) }],
      attendance: days['1001'],
    }),
    '1002': calculate({
      month: MONTH,
      citizen: {
        offer: 'SEL103',
        taxCard: { withholdingRatePercent: 40, monthlyAllowance: 0 },
        transport: { mode: 'public', oneWayKm: 8, dailyCost: 48, monthlyPass: 620 },
      },
      wageDecisions: [{ effectiveFrom: '2026-01-01', assessment: assessment([3, 3, 2, 3, 4]) }],
      attendance: days['1002'],
    }),
    '1003': calculate({
      month: MONTH,
      citizen: {
        offer: 'SEL104',
        transport: { mode: 'special', oneWayKm: 20, dailyCost: 150 },
        municipalTransport: true,
      },
      attendance: days['1003'],
    }),
  };

  // Month close: the table, both CSV profiles, closing.
  await go(page, 'Månedsafslutning');
  await expect(page.getByTestId('row-1001')).toContainText('19,00');
  await checkScreen(page, '09-maanedsafslutning');
  const kr = (n: number) => n.toFixed(2).replace('.', ',');

  const excelDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksportér Excel (da-DK)' }).click();
  const excel = readFileSync((await (await excelDownload).path())!, 'utf8');
  expect(excel.startsWith('\uFEFF')).toBe(true);
  const excelRows = Papa.parse<string[]>(excel.slice(1).trimEnd(), { delimiter: ';' }).data;
  expect(excelRows[0]).toContain('Bruttoløn');
  const col = (h: string) => excelRows[0]!.indexOf(h);
  for (const [payroll, r] of Object.entries(expected)) {
    const row = excelRows.find((x) => x[col('Lønnummer')] === payroll)!;
    expect(row, payroll).toBeDefined();
    expect(row[col('Dage')]).toBe(String(r.days));
    expect(row[col('Timer')]).toBe(kr(r.hours));
    expect(row[col('Bruttoløn')]).toBe(kr(r.grossPay));
    expect(row[col('Kørsel i alt')]).toBe(kr(r.transport.total));
    expect(row[col('Borgerens andel')]).toBe(kr(r.transport.citizenShare));
    expect(row[col('Kommunens andel')]).toBe(kr(r.transport.municipalShare));
    expect(row[col('Lønregulering')]).toBe(kr(r.transport.payrollAdjustment));
  }

  const wageDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksportér Lønsystem (lønarter)' }).click();
  const wageTypes = readFileSync((await (await wageDownload).path())!, 'utf8');
  const wtRows = Papa.parse<string[]>(wageTypes.slice(1).trimEnd(), { delimiter: ';' }).data;
  const wt = (payroll: string, code: string) =>
    wtRows.find((x) => x[0] === payroll && x[2] === code);
  expect(wt('1001', '1100')?.[6]).toBe(kr(expected['1001'].grossPay));
  expect(wt('1002', '1100')?.[6]).toBe(kr(expected['1002'].grossPay));
  expect(wt('1001', '6100')?.[6]).toBe(kr(expected['1001'].transport.payrollAdjustment));
  expect(wtRows.some((x) => x[0] === '1003')).toBe(false);

  // Closing goes through the check screen (issue 10); it is confirmed there.
  await page.getByRole('button', { name: 'Luk oktober 2026 …' }).click();
  await page
    .getByRole('region', { name: 'Kontrol før lukning' })
    .getByRole('button', { name: 'Luk måneden' })
    .click();
  await expect(page.getByTestId('month-status')).toContainText('Lukket');
  await expect(page.getByText('Måneden er lukket og kan ikke ændres')).toHaveCount(0);
  await checkScreen(page, '10-maaned-lukket');

  // Reload: everything is still there.
  await page.reload();
  await expect(page.getByTestId('month-status')).toContainText('Lukket');
  await expect(page.getByTestId('row-1002')).toContainText('23,50');
  await go(page, 'Fremmøde');
  await expect(page.getByText('Måneden er lukket og kan ikke ændres')).toBeVisible();
  await expect(cell('Bo Berg', '2026-10-08')).toHaveText('6');
  await go(page, 'Borgere');
  await expect(page.getByText('Viser 3 af 3 borgere.')).toBeVisible();
  await page.getByLabel('Søg (navn, lønnummer eller CPR)').fill('carla');
  await expect(page.getByText('Viser 1 af 3 borgere.')).toBeVisible();
  await checkScreen(page, '03-borgere');
  await go(page, 'Oversigt');
  // The overview's figures come from the data layer loaded after the first paint.
  const stat = (label: string) =>
    page.locator('.stat').filter({ hasText: label }).locator('.value');
  await expect(stat('aktive borgere')).toHaveText('3');
  await expect(stat('har fremmøde registreret')).toHaveText('3 af 3');
  await expect(stat('månedens status')).toHaveText('Lukket');
  await checkScreen(page, '01-oversigt');

  // Backup, a change, then restore: the change is gone again.
  await go(page, 'Indstillinger');
  const backupPath = await downloadPlainBackup(page);
  await checkScreen(page, '11-indstillinger');
  await go(page, 'Månedsafslutning');
  await page.getByRole('button', { name: 'Genåbn …' }).click();
  await page.getByRole('button', { name: 'Genåbn måneden' }).click();
  await expect(page.getByText(/Begrundelse for genåbning: må ikke være tom/)).toBeVisible();
  await page.getByLabel('Begrundelse for genåbning').fill('Rettelse af fremmøde');
  await page.getByRole('button', { name: 'Genåbn måneden' }).click();
  await expect(page.getByTestId('month-status')).toContainText('genåbnet');
  await go(page, 'Indstillinger');
  await page.getByLabel('Gendan fra fil …').setInputFiles(backupPath);
  // A restore asks first (issue 10, finding 12).
  await page
    .getByRole('dialog', { name: 'Gendan sikkerhedskopien?' })
    .getByRole('button', { name: 'Gendan' })
    .click();
  await expect(page.getByText(/Sikkerhedskopien er gendannet: 3 borgere/)).toBeVisible();
  await go(page, 'Månedsafslutning');
  await expect(page.getByTestId('month-status')).toContainText('Lukket');

  expect(errors).toEqual([]);
});
