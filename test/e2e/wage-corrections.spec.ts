// Wage decisions that can be fixed (issue 10, findings 4, 6, 9 and 10; docs/rules.md §§2, 10):
// a mistaken decision is corrected or deleted with a reason, nothing takes effect inside a closed
// month, the form says it was filled from an earlier assessment only when it was, and an old
// hand-set wage that pays no day of a month does not block it; a locked decision found wrong is
// corrected by an efterregulering, shown per closed month before it is saved and paid in the
// first open month (Build item 3). "Today" is pinned to 24.11.2026.
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SHOTS, go } from './support';
import { formatKr } from '../../shared/danish/number';
import { computeCorrection } from '../../shared/month/corrections';
import type { Attendance, Citizen, MonthClose, WageDecision } from '../../shared/records';

test.use({ viewport: { width: 1366, height: 768 } });

async function start(page: Page, month = '2026-10') {
  await page.clock.install({ time: new Date('2026-11-24T10:00:00') });
  await page.addInitScript((m) => {
    if (!localStorage.getItem('jobbasen.month')) localStorage.setItem('jobbasen.month', m);
  }, month);
  await page.goto('/');
  const dialog = page.getByRole('dialog', { name: 'Hvem arbejder her?' });
  await dialog.getByLabel('Initialer').fill('TST');
  await dialog.getByRole('button', { name: 'Gem initialer' }).click();
  await expect(page.getByText('Bruger: TST')).toBeVisible();
}

async function createCitizen(page: Page, name: string, payroll: string, cpr: string) {
  await go(page, 'Borgere');
  await page.getByRole('link', { name: 'Opret borger' }).click();
  await page.getByLabel('Navn', { exact: true }).fill(name);
  await page.getByLabel('Lønnummer').fill(payroll);
  await page.getByLabel('CPR-nummer').fill(cpr);
  await page.getByLabel('Tilbud').selectOption('SEL103');
  await page.getByLabel('Startdato').fill('01.01.2026');
  await page.getByLabel('Omfang').selectOption({ label: '1/1 plads (4 dage om ugen)' });
  await page.getByLabel('Trækprocent').fill('38');
  await page.getByLabel('Månedsfradrag').fill('0');
  await page.getByRole('button', { name: 'Opret borger' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function openWage(page: Page, label: string) {
  await go(page, 'Lønvurdering');
  await page.getByLabel('Borger').selectOption({ label });
  // The form shows once the citizen's decisions are loaded.
  await expect(page.getByLabel('Gælder fra')).toBeVisible();
}

async function handSet(page: Page, from: string, wage: string) {
  await page.getByLabel('Gælder fra').fill(from);
  await page.getByLabel(/Fastsæt timelønnen manuelt/).check();
  await page.getByLabel('Timeløn', { exact: true }).fill(wage);
  await page.getByLabel('Begrundelse', { exact: true }).fill('Konkret, individuel vurdering.');
}

async function assessAll(page: Page, from: string, score: number) {
  await page.getByLabel('Gælder fra').fill(from);
  for (const key of [
    'attendanceStability',
    'flexibility',
    'productivity',
    'quality',
    'collegialInteraction',
  ])
    await page
      .getByTestId(`criterion-${key}`)
      .getByRole('radio', { name: new RegExp(`^${score} `) })
      .check();
  await page
    .getByTestId('criterion-helpNeed')
    .getByRole('radio', { name: /moderat/ })
    .check();
}

async function saveDecision(page: Page) {
  await page.getByRole('button', { name: 'Gem lønafgørelse' }).click();
  await expect(page.getByRole('heading', { name: 'Afgørelse om løn' })).toBeVisible();
}

/** Types hours into the attendance grid for one day of the selected month. */
async function attend(page: Page, name: string, date: string, hours: string) {
  await go(page, 'Fremmøde');
  const cell = page
    .getByRole('grid')
    .getByRole('gridcell', { name: new RegExp(`^${name}, ${date.replace(/\./g, '\\.')}:`) });
  await cell.click();
  await page.keyboard.type(hours);
  await page.keyboard.press('Enter');
  await expect(cell).toHaveText(hours);
}

async function closeOctober(page: Page) {
  await go(page, 'Månedsafslutning');
  // The close shows a check first (issue 10, the months part); closing is confirmed there.
  await page.getByRole('button', { name: 'Luk oktober 2026 …' }).click();
  const check = page.getByRole('region', { name: 'Kontrol før lukning' });
  await check.getByRole('button', { name: 'Luk måneden' }).click();
  await expect(page.getByTestId('month-status')).toContainText('Lukket');
}

test('finding 4: a mistaken decision is corrected or deleted with a reason; a locked one says why', async ({
  page,
}) => {
  await start(page);
  await createCitizen(page, 'Dorte Dahl', '2001', '010190-1234');
  await openWage(page, 'Dorte Dahl (2001)');
  await handSet(page, '01.01.2026', '35');
  await saveDecision(page);

  // A second decision from the same date is refused, and the screen offers to correct the first.
  await openWage(page, 'Dorte Dahl (2001)');
  await handSet(page, '01.01.2026', '25');
  await page.getByRole('button', { name: 'Gem lønafgørelse' }).click();
  await expect(
    page.getByText(/^Gælder fra: der findes allerede en lønafgørelse fra 01\.01\.2026/),
  ).toBeVisible();

  const list = page.getByRole('table', { name: 'Lønafgørelser' });
  const row = list.getByRole('row', { name: /01\.01\.2026/ });
  await expect(row).toContainText('35,00 kr.');
  await row.getByRole('button', { name: 'Ret' }).click();
  await page.getByLabel('Timeløn', { exact: true }).fill('25');
  await page.getByRole('button', { name: 'Gem rettelse' }).click();
  await expect(page.getByText('Begrundelse for rettelsen: må ikke være tom')).toBeVisible();
  await page.getByLabel('Begrundelse for rettelsen').fill('Tastefejl: 35 skulle være 25.');
  await page.getByRole('button', { name: 'Gem rettelse' }).click();
  await expect(list.getByRole('row', { name: /01\.01\.2026/ })).toContainText('25,00 kr.');
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/wage-decisions-list.png`, fullPage: true });

  // Delete asks for a reason too.
  await list
    .getByRole('row', { name: /01\.01\.2026/ })
    .getByRole('button', { name: 'Slet' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Slet lønafgørelse' });
  await dialog.getByRole('button', { name: 'Slet lønafgørelse' }).click();
  await expect(dialog.getByText('Begrundelse: må ikke være tom')).toBeVisible();
  await dialog.getByLabel('Begrundelse').fill('Forkert borger.');
  await dialog.getByRole('button', { name: 'Slet lønafgørelse' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Borgeren har ingen lønafgørelser endnu.')).toBeVisible();

  // Both are in the audit log with their reasons.
  await go(page, 'Indstillinger');
  const log = page.getByRole('region', { name: 'Ændringslog' });
  await expect(
    log.getByText(/Lønafgørelse for Dorte Dahl fra 01\.01\.2026.*– Forkert borger\./),
  ).toBeVisible();
  await expect(
    log.getByText(/Lønafgørelse for Dorte Dahl fra 01\.01\.2026.*– Tastefejl: 35 skulle være 25\./),
  ).toBeVisible();

  // A decision that paid a closed month is locked, and the list says why.
  await openWage(page, 'Dorte Dahl (2001)');
  await handSet(page, '01.01.2026', '25');
  await saveDecision(page);
  await attend(page, 'Dorte Dahl', '01.10.2026', '6');
  await closeOctober(page);
  await openWage(page, 'Dorte Dahl (2001)');
  const locked = list.getByRole('row', { name: /01\.01\.2026/ });
  await expect(locked.getByRole('button', { name: 'Ret' })).toHaveCount(0);
  await expect(locked).toContainText('Låst: brugt til løn i oktober 2026');
  await page.screenshot({ path: `${SHOTS}/wage-decision-locked.png` });
});

test('finding 6: no wage decision takes effect inside a closed month; the date starts in the first open month', async ({
  page,
}) => {
  await start(page);
  await createCitizen(page, 'Erik Eng', '2002', '020285-1234');
  await openWage(page, 'Erik Eng (2002)');
  await assessAll(page, '01.01.2026', 2);
  await saveDecision(page);
  await attend(page, 'Erik Eng', '01.10.2026', '6');
  await closeOctober(page);

  await openWage(page, 'Erik Eng (2002)');
  await expect(page.getByLabel('Gælder fra')).toHaveValue('01.11.2026');
  await assessAll(page, '15.10.2026', 3);
  await page.getByRole('button', { name: 'Gem lønafgørelse' }).click();
  await expect(page.getByText(/^Gælder fra: oktober 2026 er lukket/i)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Afgørelse om løn' })).toHaveCount(0);

  await page.getByLabel('Gælder fra').fill('01.11.2026');
  await saveDecision(page);
});

test('finding 9: "Udfyldt med den seneste vurdering" only when an assessment filled the form', async ({
  page,
}) => {
  await start(page);
  await createCitizen(page, 'Frida Fisk', '2003', '030375-1234');
  await openWage(page, 'Frida Fisk (2003)');
  await expect(page.getByText(/Udfyldt med den seneste vurdering/)).toHaveCount(0);
  await handSet(page, '01.01.2026', '20');
  await saveDecision(page);
  // The latest decision is hand-set: nothing was filled in, so nothing says so.
  await openWage(page, 'Frida Fisk (2003)');
  await expect(page.getByText(/Udfyldt med den seneste vurdering/)).toHaveCount(0);
  await page.getByLabel('Gælder fra').fill('01.06.2026');
  await page.getByLabel(/Fastsæt timelønnen manuelt/).check();
  await assessAll(page, '01.06.2026', 2);
  await page.getByLabel(/Fastsæt timelønnen manuelt/).uncheck();
  await saveDecision(page);
  await openWage(page, 'Frida Fisk (2003)');
  await expect(page.getByText(/Udfyldt med den seneste vurdering/)).toBeVisible();

  // A changed assessment is not thrown away without a question (finding 12, the wage form).
  const quality = page.getByTestId('criterion-quality').getByRole('radio', { name: /^4 / });
  await quality.check();
  await page
    .getByRole('navigation', { name: 'Hovedmenu' })
    .getByRole('link', { name: 'Fremmøde' })
    .click();
  const ask = page.getByRole('dialog', { name: 'Ændringerne er ikke gemt' });
  await ask.getByRole('button', { name: 'Bliv på siden' }).click();
  await expect(quality).toBeChecked();
});

test('finding 10: an old hand-set wage that pays no day of the month does not block it', async ({
  page,
}) => {
  await start(page, '2026-11');
  await createCitizen(page, 'Gorm Gran', '2004', '040480-1234');
  await openWage(page, 'Gorm Gran (2004)');
  await handSet(page, '01.01.2026', '7,50');
  await saveDecision(page);
  await openWage(page, 'Gorm Gran (2004)');
  await page.getByLabel('Gælder fra').fill('01.06.2026');
  await assessAll(page, '01.06.2026', 2);
  await saveDecision(page);

  // A settings version from November raises the floor to 8,00 kr. (5 % of 160 kr.).
  await go(page, 'Indstillinger');
  await page.getByRole('button', { name: 'Ny version …' }).click();
  await page.getByLabel('Gælder fra måned').fill('2026-11');
  await page.getByLabel('Mindsteløn uden arbejdsområde').fill('160');
  await page.getByRole('button', { name: 'Gem version' }).click();
  await expect(page.getByRole('button', { name: 'Ny version …' })).toBeVisible();

  await attend(page, 'Gorm Gran', '02.11.2026', '6');
  await go(page, 'Månedsafslutning');
  await expect(page.getByTestId('row-2004')).toContainText('19,00');
  await expect(page.getByText(/under bunden/)).toHaveCount(0);
});

test('Build item 3: an efterregulering of a locked decision is shown per closed month before it is saved', async ({
  page,
}) => {
  await start(page);
  await createCitizen(page, 'Ebbe Eng', '2002', '010190-1234');
  await openWage(page, 'Ebbe Eng (2002)');
  await handSet(page, '01.01.2026', '25');
  await saveDecision(page);
  await attend(page, 'Ebbe Eng', '01.10.2026', '6');
  await closeOctober(page);

  // October paid 6 t × 25,00 kr.; the letter should have said 27,00 kr.
  await openWage(page, 'Ebbe Eng (2002)');
  const list = page.getByRole('table', { name: 'Lønafgørelser' });
  await list
    .getByRole('row', { name: /01\.01\.2026/ })
    .getByRole('button', { name: 'Efterregulering af afgørelsen fra 01.01.2026' })
    .click();
  await expect(
    page.getByRole('heading', { name: 'Efterregulering af afgørelsen fra 01.01.2026' }),
  ).toBeVisible();
  await expect(page.getByLabel('Gælder fra')).toHaveValue('01.01.2026');
  await page.getByLabel('Timeløn', { exact: true }).fill('27');
  await page.getByLabel('Begrundelse for efterreguleringen').fill('Afgørelsen sagde 27 kr.');

  // Per closed month, before anything is saved (docs/rules.md §10): 6 × 27 − 6 × 25 = 12,00 kr.
  const table = page.getByRole('table', { name: 'Efterregulering pr. måned' });
  const october = table.getByRole('row', { name: /Oktober 2026/ });
  await expect(october.getByRole('cell')).toHaveText([
    'Oktober 2026',
    '150,00 kr.',
    '162,00 kr.',
    '+12,00 kr.',
    '0,00 kr.',
  ]);
  await expect(table.locator('tfoot')).toContainText('I alt, udbetales i november 2026');
  await expect(table.locator('tfoot')).toContainText('+12,00 kr.');
  // The same figures as the rule itself gives on the stored records (docs/rules.md §10).
  const stored = await storedRecords(page);
  const ebbe = stored.citizens.find((c) => c.name === 'Ebbe Eng')!;
  const wrong = stored.wageDecisions.find((d) => d.citizenId === ebbe.id)!;
  const expected = computeCorrection({
    citizen: ebbe,
    from: wrong.effectiveFrom,
    decisions: [
      wrong,
      { ...wrong, id: 'rettet', hourlyWage: 27, createdAt: '2099-01-01T00:00:00.000Z' },
    ],
    attendance: stored.attendance.filter((a) => a.citizenId === ebbe.id),
    closes: stored.monthCloses,
  });
  expect(expected.months).toHaveLength(1);
  const m = expected.months[0]!;
  await expect(october.getByRole('cell')).toHaveText([
    'Oktober 2026',
    formatKr(m.closedGross),
    formatKr(m.newGross),
    `+${formatKr(m.deltaGross)}`,
    formatKr(m.deltaAdjustment),
  ]);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/wage-correction-preview.png`, fullPage: true });

  await page.getByRole('button', { name: 'Gem efterregulering' }).click();
  await expect(page.getByRole('table', { name: 'Efterregulering pr. måned' })).toBeHidden();
  await expect(list).toContainText(
    'Efterregulering: +12,00 kr. i løn, 0,00 kr. i kørsel, udbetales i november 2026',
  );
  // The closed month is not changed.
  await go(page, 'Månedsafslutning');
  await expect(page.getByTestId('month-status')).toContainText('Lukket');
  await expect(page.getByTestId('row-2002')).toContainText('150,00');

  // November pays it as its own line beside its own (empty) month (docs/rules.md §§7, 10).
  await page.getByRole('button', { name: 'Næste måned (november 2026)' }).click();
  const row = page.getByTestId('row-2002');
  await expect(page.getByRole('columnheader', { name: 'Efterregulering' })).toBeVisible();
  await expect(row).toContainText('12,00');
  await expect(row).toContainText(
    'Efterregulering for oktober 2026 (løn 12,00 kr., kørsel 0,00 kr.)',
  );
  await page.screenshot({ path: `${SHOTS}/wage-correction-november.png`, fullPage: true });

  // Its wage-type codes are settings like the others, with the defaults named (docs/rules.md §9).
  await go(page, 'Indstillinger');
  await page.getByRole('button', { name: 'Ny version …' }).click();
  await expect(page.getByLabel('Efterregulering løn')).toHaveValue('');
  await expect(page.getByLabel('Efterregulering løn')).toHaveAccessibleDescription(
    /standardkoden 1190/,
  );
  await expect(page.getByLabel('Efterregulering kørsel')).toHaveAccessibleDescription(
    /standardkoden 6190/,
  );
  await page
    .getByRole('group', { name: 'Lønartskoder (lønsystem-filen)' })
    .screenshot({ path: `${SHOTS}/wage-correction-codes.png` });
});

/** The app's stored records, read straight from its IndexedDB (the test's own check). */
async function storedRecords(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('jobbasen-lon');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result as T[]);
        req.onerror = () => reject(req.error);
      });
    const out = {
      citizens: await all<Citizen>('citizens'),
      wageDecisions: await all<WageDecision>('wageDecisions'),
      attendance: await all<Attendance>('attendance'),
      monthCloses: await all<MonthClose>('monthCloses'),
    };
    db.close();
    return out;
  });
}
