// Typing, searching, leaving forms, restoring and the audit log as a workshop leader meets them
// (issue 10, findings 1, 9, 11 and 12; Build items 7–9): Danish numbers, Danish values in
// messages, search that folds Danish letters, no silent loss of typed input, a restore that asks
// first and can be undone, and an audit log that says what changed in Danish.
import { expect, test, type Page } from '@playwright/test';
import { downloadPlainBackup, go, putRaw, rawCitizen, shot, STAMP } from './support';

// The workshop's laptops (issue 10): screenshots as a user sees them.
test.use({ viewport: { width: 1366, height: 768 } });

const citizen = (id: string, name: string, payrollNumber: string, offer = 'SEL104') =>
  rawCitizen(id, name, payrollNumber, { offer });

/** 24.11.2026, initials given, the given citizens stored; then `hash` opened afresh. */
async function start(page: Page, citizens: object[] = [], hash = '#/') {
  await page.clock.install({ time: new Date('2026-11-24T10:00:00') });
  await page.goto('/');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.type('KB');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Bruger: KB')).toBeVisible();
  if (citizens.length > 0) await putRaw(page, 'citizens', citizens);
  await page.goto(`/${hash}`);
  // A reload, so the app's Dexie connection does not answer from its cache.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function fillNewCitizen(page: Page, name: string) {
  await go(page, 'Borgere');
  await page.getByRole('link', { name: 'Opret borger' }).click();
  await page.getByLabel('Navn', { exact: true }).fill(name);
  await page.getByLabel('Lønnummer').fill('1001');
  await page.getByLabel('CPR-nummer').fill('010190-1234');
  await page.getByLabel('Tilbud').selectOption('SEL103');
  await page.getByLabel('Startdato').fill('01.01.2026');
}

test('finding 1: Månedsfradrag "4.000" is four thousand kroner; "4.00" is refused', async ({
  page,
}) => {
  await start(page);
  await fillNewCitizen(page, 'Anna Andersen');
  await page.getByLabel('Trækprocent').fill('38');
  await page.getByLabel('Månedsfradrag').fill('4.00');
  await page.getByRole('button', { name: 'Opret borger' }).click();
  await expect(page.getByText(/Månedsfradrag: .*4\.000/)).toBeVisible();
  await page.getByLabel('Månedsfradrag').fill('4.000');
  await page.getByRole('button', { name: 'Opret borger' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anna Andersen' })).toBeVisible();
  await expect(page.getByText('38 % træk, fradrag 4.000,00 kr. pr. måned')).toBeVisible();
});

test('finding 9: messages show Danish values, never the stored English ones', async ({ page }) => {
  await start(page, [citizen('c-1', 'Anna Andersen', '1001', 'SEL103')], '#/loenvurdering');
  await page.getByLabel('Borger').selectOption({ label: 'Anna Andersen (1001)' });
  await page.getByRole('button', { name: 'Gem lønafgørelse' }).click();
  await expect(page.getByText(/Hjælpebehov/).first()).toBeVisible();
  const wageText = await page.locator('main').innerText();
  expect(wageText).not.toMatch(/independent|moderate|extensive|attendanceStability|helpNeed/);

  await page.goto('/#/borgere/ny');
  await page.getByRole('button', { name: 'Opret borger' }).click();
  await expect(page.getByText('Navn: må ikke være tom')).toBeVisible();
  const formText = await page.locator('main').innerText();
  expect(formText).not.toMatch(/SEL10[34]|public|special|car\b|none\b|citizen\b|municipality/);
});

test('finding 11: searching "soren" finds Søren, "aase" finds Åse', async ({ page }) => {
  await start(
    page,
    [
      citizen('c-1', 'Søren Sørensen', '1001'),
      citizen('c-2', 'Åse Ærø', '1002'),
      citizen('c-3', 'Anna Andersen', '1003'),
    ],
    '#/borgere',
  );
  const search = page.getByLabel('Søg (navn, lønnummer eller CPR)');
  const rows = page.getByRole('link', { name: /Søren Sørensen|Åse Ærø|Anna Andersen/ });
  await expect(rows).toHaveCount(3);
  for (const q of ['soren', 'soeren', 'SØREN']) {
    await search.fill(q);
    await expect(rows).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Søren Sørensen' })).toBeVisible();
  }
  for (const q of ['aase', 'ase', 'aero']) {
    await search.fill(q);
    await expect(rows).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Åse Ærø' })).toBeVisible();
  }
});

test('finding 12: leaving a half-filled form asks first', async ({ page }) => {
  await start(page);
  await fillNewCitizen(page, 'Halv Udfyldt');
  await go(page, 'Oversigt');
  const ask = page.getByRole('dialog', { name: 'Ændringerne er ikke gemt' });
  await expect(ask).toBeVisible();
  await shot(page, 'everyday-forlad-formular');
  await ask.getByRole('button', { name: 'Bliv på siden' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Opret borger' })).toBeVisible();
  await expect(page.getByLabel('Navn', { exact: true })).toHaveValue('Halv Udfyldt');

  // Closing the window (here: reloading) asks too; dismissed, the page and its input stay.
  const question = page.waitForEvent('dialog');
  const reload = page.reload({ timeout: 3000 }).catch(() => 'stayed');
  const asked = await question;
  expect(asked.type()).toBe('beforeunload');
  await asked.dismiss();
  expect(await reload).toBe('stayed');
  await expect(page.getByLabel('Navn', { exact: true })).toHaveValue('Halv Udfyldt');

  await go(page, 'Oversigt');
  await ask.getByRole('button', { name: 'Forlad siden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oversigt' })).toBeVisible();

  // An untouched form is left without a question.
  await go(page, 'Borgere');
  await page.getByRole('link', { name: 'Opret borger' }).click();
  await go(page, 'Oversigt');
  await expect(page.getByRole('heading', { level: 1, name: 'Oversigt' })).toBeVisible();
});

test('finding 12: restore asks first, and the safety copy restores back', async ({ page }) => {
  await start(page, [citizen('c-1', 'Anna Andersen', '1001')], '#/indstillinger');
  const file = await downloadPlainBackup(page);

  await putRaw(page, 'citizens', [citizen('c-2', 'Bo Berg', '1002')]);
  await page.reload();
  await page.getByLabel('Gendan fra fil …').setInputFiles(file);
  const ask = page.getByRole('dialog', { name: 'Gendan sikkerhedskopien?' });
  await expect(ask).toBeVisible();
  await expect(ask).toContainText('er fra 24.11.2026');
  await expect(ask.getByRole('row', { name: /Borgere 1 2/ })).toBeVisible();
  await shot(page, 'everyday-gendan-spoerg');
  await ask.getByRole('button', { name: 'Annuller' }).click();
  await expect(ask).toBeHidden();
  await go(page, 'Borgere');
  await expect(page.getByRole('link', { name: 'Bo Berg' })).toBeVisible();

  await go(page, 'Indstillinger');
  await page.getByLabel('Gendan fra fil …').setInputFiles(file);
  await ask.getByRole('button', { name: 'Gendan' }).click();
  await expect(page.getByText(/Sikkerhedskopien er gendannet: 1 borger,/)).toBeVisible();
  await go(page, 'Borgere');
  await expect(page.getByRole('link', { name: 'Anna Andersen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Bo Berg' })).toHaveCount(0);

  // The safety copy is listed, and one click (asked first) brings the data from before back.
  await go(page, 'Indstillinger');
  const copies = page.getByRole('region', { name: 'Sikkerhedskopier før gendannelse' });
  await expect(copies.getByText(/Før gendannelse/)).toBeVisible();
  await copies.getByRole('button', { name: 'Fortryd gendannelse' }).click();
  const undo = page.getByRole('dialog', { name: 'Fortryd gendannelsen?' });
  await expect(undo.getByRole('row', { name: /Borgere 2 1/ })).toBeVisible();
  await shot(page, 'everyday-fortryd-gendannelse');
  await undo.getByRole('button', { name: 'Gendan' }).click();
  await expect(page.getByText(/Sikkerhedskopien er gendannet: 2 borgere,/)).toBeVisible();
  await go(page, 'Borgere');
  await expect(page.getByRole('link', { name: 'Bo Berg' })).toBeVisible();
});

test('smaller: the CPR number can be shown; the payer is asked only where it applies', async ({
  page,
}) => {
  await start(page);
  await fillNewCitizen(page, 'Anna Andersen');
  const cpr = page.getByLabel('CPR-nummer');
  await expect(cpr).toHaveAttribute('type', 'password');
  const show = page.getByRole('button', { name: 'Vis CPR-nummer' });
  await expect(show).toHaveAttribute('aria-pressed', 'false');
  await show.click();
  await expect(show).toHaveAttribute('aria-pressed', 'true');
  await expect(cpr).toHaveAttribute('type', 'text');
  await expect(cpr).toHaveValue('010190-1234');

  const payer = page.getByLabel('Hvem betaler vognmanden/billetten');
  const mode = page.getByLabel('Transportform');
  await mode.selectOption({ label: 'Egen bil' });
  await expect(payer).toHaveCount(0);
  await mode.selectOption({ label: 'Ingen udgift (går, cykler)' });
  await expect(payer).toHaveCount(0);
  await mode.selectOption({ label: 'Offentlig transport' });
  await expect(payer).toBeVisible();
  await mode.selectOption({ label: 'Særlig kørsel (flextur, taxa)' });
  await expect(payer).toBeVisible();
});

test('the audit log says what changed in Danish, per citizen, a page at a time', async ({
  page,
}) => {
  await start(page);
  await fillNewCitizen(page, 'Anna Andersen');
  await page.getByLabel('Trækprocent').fill('38');
  await page.getByLabel('Månedsfradrag').fill('0');
  await page.getByRole('button', { name: 'Opret borger' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anna Andersen' })).toBeVisible();
  await page.getByRole('link', { name: 'Ret oplysninger' }).click();
  await page.getByLabel('Trækprocent').fill('40');
  await page.getByRole('button', { name: 'Gem ændringer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anna Andersen' })).toBeVisible();

  await go(page, 'Indstillinger');
  const log = page.getByRole('region', { name: 'Ændringslog' });
  await expect(log.getByText('Borger Anna Andersen: Trækprocent 38 → 40')).toBeVisible();
  await expect(log.getByText(/Borger Anna Andersen oprettet/)).toBeVisible();
  await log.getByLabel('Borger').selectOption({ label: 'Anna Andersen (1001)' });
  await expect(log.getByText('Borger Anna Andersen: Trækprocent 38 → 40')).toBeVisible();
  await shot(page, 'everyday-aendringslog');
});

test('the audit log pages through its entries and filters by citizen', async ({ page }) => {
  await start(page, [citizen('c-1', 'Anna Andersen', '1001'), citizen('c-2', 'Bo Berg', '1002')]);
  const day = (i: number) => `2026-10-${String((i % 28) + 1).padStart(2, '0')}`;
  const days = Array.from({ length: 60 }, (_, i) => ({
    at: STAMP,
    by: 'KB',
    table: 'attendance',
    recordId: `c-1|${day(i)}`,
    action: 'update',
    before: { citizenId: 'c-1', date: day(i), hours: 6 },
    after: { citizenId: 'c-1', date: day(i), hours: 5 },
  }));
  const bo = {
    at: STAMP,
    by: 'KB',
    table: 'citizens',
    recordId: 'c-2',
    action: 'create',
    after: citizen('c-2', 'Bo Berg', '1002'),
  };
  await putRaw(page, 'auditLog', [...days, bo]);
  await page.reload();
  await go(page, 'Indstillinger');
  const log = page.getByRole('region', { name: 'Ændringslog' });
  const items = log.getByRole('listitem');
  await expect(items).toHaveCount(50);
  await expect(items.first()).toContainText('Borger Bo Berg oprettet');
  await expect(items.nth(1)).toContainText('Fremmøde Anna Andersen 04.10.2026: 6 → 5 timer');
  await expect(log.getByRole('button', { name: 'Nyere' })).toBeDisabled();
  await log.getByRole('button', { name: 'Ældre' }).click();
  await expect(items).toHaveCount(11);
  await expect(log.getByText('Side 2')).toBeVisible();
  await expect(log.getByRole('button', { name: 'Ældre' })).toBeDisabled();
  await log.getByRole('button', { name: 'Nyere' }).click();
  await expect(items).toHaveCount(50);

  await log.getByLabel('Borger').selectOption({ label: 'Bo Berg (1002)' });
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Borger Bo Berg oprettet');
  await log.getByLabel('Borger').selectOption({ label: 'Anna Andersen (1001)' });
  await expect(items).toHaveCount(50);
  await expect(log.getByRole('button', { name: 'Ældre' })).toBeEnabled();
});
