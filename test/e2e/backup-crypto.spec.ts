// Protected backups (issue 11, finding 12 / Build item 4; docs/rules.md §11): a password chosen
// once in Settings; "Hent sikkerhedskopi" then gives a file that is not readable JSON and holds
// no CPR number; a fresh profile (a new PC) restores it only with the password — a wrong one or
// a tampered file is refused with the data unchanged — and an unencrypted backup is an explicit
// choice with a warning, whose restore warns too.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { downloadPlainBackup, go, openAs, putRaw, rawCitizen, shot } from './support';

test.use({ viewport: { width: 1366, height: 900 } });

const PASSWORD = 'Korrekt hest batteri hæfteklamme';
const CPR = '0505801234';

const passwordCard = (page: Page) =>
  page.locator('section.card').filter({
    has: page.getByRole('heading', { level: 2, name: 'Adgangskode til sikkerhedskopier' }),
  });

async function newPc(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openAs(page);
  await go(page, 'Indstillinger');
  return page;
}

async function citizensShown(page: Page) {
  await go(page, 'Borgere');
  return page.getByText(/Viser \d+ af \d+ borger/).textContent();
}

test('a backup password encrypts the backup; a new PC restores it only with the password', async ({
  page,
  browser,
}, testInfo) => {
  await openAs(page);
  await putRaw(page, 'citizens', [rawCitizen('c-1', 'Anna Andersen', '1001', { cpr: CPR })]);
  await page.reload();
  await go(page, 'Indstillinger');

  // Before a password: the card warns; the field hints at strength; mismatches are named.
  const card = passwordCard(page);
  await expect(card).toContainText('sikkerhedskopier bliver ikke krypteret');
  await card.getByLabel('Adgangskode', { exact: true }).fill('kort');
  await expect(card.getByText('For kort: mindst 10 tegn.')).toBeVisible();
  await card.getByLabel('Adgangskode', { exact: true }).fill(PASSWORD);
  await expect(card.getByText('Stærk.')).toBeVisible();
  await card.getByLabel('Gentag adgangskoden').fill(`${PASSWORD}x`);
  await card.getByRole('button', { name: 'Gem adgangskode' }).click();
  await expect(
    card.getByText('Gentag adgangskoden: er ikke den samme som adgangskoden'),
  ).toBeVisible();
  await card.getByLabel('Gentag adgangskoden').fill(PASSWORD);
  await card.getByRole('button', { name: 'Gem adgangskode' }).click();
  await expect(card.getByText(/Adgangskoden er gemt/)).toBeVisible({ timeout: 20_000 });
  await expect(card.getByTestId('backup-protection')).toContainText('Krypteret');
  await shot(page, 'backup-adgangskode');

  // The download is the envelope: not JSON, no CPR, no name.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Hent sikkerhedskopi' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/^jobbasen-sikkerhedskopi-\d{4}-\d{2}-\d{2}\.jlbak$/);
  const file = testInfo.outputPath(saved.suggestedFilename());
  await saved.saveAs(file);
  const bytes = readFileSync(file);
  expect(() => JSON.parse(bytes.toString('utf8')) as unknown).toThrow();
  expect(bytes.toString('latin1')).not.toContain(CPR);
  expect(bytes.toString('utf8')).not.toContain('Anna Andersen');
  expect(bytes.subarray(0, 8).toString('latin1')).toBe('JBLENC\r\n');
  await expect(page.getByText(/er hentet\. Den er krypteret med adgangskoden\./)).toBeVisible();

  // A new PC: the file asks for its password; a wrong one is refused and nothing changes.
  const pc = await newPc(browser);
  const before = await citizensShown(pc);
  await go(pc, 'Indstillinger');
  await pc.getByLabel('Gendan fra fil …').setInputFiles(file);
  const ask = pc.getByRole('dialog', { name: 'Sikkerhedskopien er krypteret' });
  await expect(ask).toBeVisible();
  await ask.getByLabel('Adgangskode').fill('forkert adgangskode');
  await ask.getByRole('button', { name: 'Åbn sikkerhedskopien' }).click();
  await expect(ask.getByText(/Adgangskode: passer ikke til sikkerhedskopien/)).toBeVisible({
    timeout: 20_000,
  });
  await shot(pc, 'backup-forkert-adgangskode');
  await ask.getByRole('button', { name: 'Annuller' }).click();
  expect(await citizensShown(pc)).toBe(before);

  // A tampered copy fails cleanly, even with the right password.
  const tampered = testInfo.outputPath('ændret.jlbak');
  const bad = Buffer.from(bytes);
  bad[bad.length - 40]! ^= 0x01;
  writeFileSync(tampered, bad);
  await go(pc, 'Indstillinger');
  await pc.getByLabel('Gendan fra fil …').setInputFiles(tampered);
  await ask.getByLabel('Adgangskode').fill(PASSWORD);
  await ask.getByRole('button', { name: 'Åbn sikkerhedskopien' }).click();
  await expect(
    pc.getByText(/Filen kan ikke gendannes; intet er ændret\..*afkortet eller ændret/),
  ).toBeVisible({ timeout: 20_000 });
  expect(await citizensShown(pc)).toBe(before);

  // The right password: the usual question, then the data; the password is adopted here.
  await go(pc, 'Indstillinger');
  await pc.getByLabel('Gendan fra fil …').setInputFiles(file);
  await ask.getByLabel('Adgangskode').fill(PASSWORD);
  await ask.getByRole('button', { name: 'Åbn sikkerhedskopien' }).click();
  const question = pc.getByRole('dialog', { name: 'Gendan sikkerhedskopien?' });
  await expect(question.getByRole('row', { name: /Borgere 1 0/ })).toBeVisible({
    timeout: 20_000,
  });
  await expect(question).not.toContainText('ikke krypteret');
  await question.getByRole('button', { name: 'Gendan' }).click();
  await expect(
    pc.getByText(/Sikkerhedskopien er gendannet: 1 borger,.*bruges nu også/),
  ).toBeVisible();
  await expect(passwordCard(pc).getByTestId('backup-protection')).toContainText('Krypteret');
  await go(pc, 'Borgere');
  await expect(pc.getByRole('link', { name: 'Anna Andersen' })).toBeVisible();
  await pc.context().close();
});

test('in the browser the key lives for the session: after a reload the password is asked once', async ({
  page,
}) => {
  await openAs(page);
  await go(page, 'Indstillinger');
  const card = passwordCard(page);
  await card.getByLabel('Adgangskode', { exact: true }).fill(PASSWORD);
  await card.getByLabel('Gentag adgangskoden').fill(PASSWORD);
  await card.getByRole('button', { name: 'Gem adgangskode' }).click();
  await expect(card.getByText(/Adgangskoden er gemt/)).toBeVisible({ timeout: 20_000 });

  await page.reload();
  await go(page, 'Indstillinger');
  await expect(card).toContainText('Du bliver spurgt om adgangskoden');
  await page.getByRole('button', { name: 'Hent sikkerhedskopi' }).click();
  const ask = page.getByRole('dialog', { name: 'Adgangskode til sikkerhedskopier' });
  await ask.getByLabel('Adgangskode').fill('ikke den rigtige');
  await ask.getByRole('button', { name: 'Hent sikkerhedskopi' }).click();
  await expect(ask.getByText(/passer ikke med den valgte adgangskode/)).toBeVisible({
    timeout: 20_000,
  });
  const download = page.waitForEvent('download');
  await ask.getByLabel('Adgangskode').fill(PASSWORD);
  await ask.getByRole('button', { name: 'Hent sikkerhedskopi' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.jlbak$/);
  // Asked once: the next backup in this session goes without a question.
  const again = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Hent sikkerhedskopi' }).click();
  expect((await again).suggestedFilename()).toMatch(/\.jlbak$/);
});

test('an unencrypted backup is an explicit choice with a warning, and its restore warns too', async ({
  page,
}) => {
  await openAs(page);
  await putRaw(page, 'citizens', [rawCitizen('c-1', 'Anna Andersen', '1001', { cpr: CPR })]);
  await page.reload();
  await go(page, 'Indstillinger');
  // Without a password, "Hent sikkerhedskopi" asks before anything unencrypted is written.
  await page.getByRole('button', { name: 'Hent sikkerhedskopi' }).click();
  const warn = page.getByRole('dialog', { name: 'Hent ukrypteret sikkerhedskopi?' });
  await expect(warn).toContainText('CPR-numre og helbredsoplysninger');
  await shot(page, 'backup-ukrypteret-advarsel');
  await warn.getByRole('button', { name: 'Annuller' }).click();

  const file = await downloadPlainBackup(page);
  expect(readFileSync(file, 'utf8')).toContain(CPR);
  await page.getByLabel('Gendan fra fil …').setInputFiles(file);
  const question = page.getByRole('dialog', { name: 'Gendan sikkerhedskopien?' });
  await expect(question).toContainText('Filen er ikke krypteret');
  await question.getByRole('button', { name: 'Gendan' }).click();
  await expect(page.getByText(/Sikkerhedskopien er gendannet: 1 borger/)).toBeVisible();
});
