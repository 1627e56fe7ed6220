// Two tabs of one browser on the same data (issue 11, findings 2–4; docs/rules.md, "Samtidige
// ændringer"): two real pages of one context share the origin and its IndexedDB, as two windows
// of the app on one PC do. A write based on what a tab loaded before another tab saved is refused,
// the person sees both values and chooses; nothing is silently reverted or overwritten.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { openAs, putRaw, rawCitizen, rawGrant, shot, STAMP } from './support';

/** Tab A opened as a person does (initials KB), with one citizen and a full-time grant stored. */
async function twoTabs(context: BrowserContext, hash: string): Promise<[Page, Page]> {
  const a = await context.newPage();
  await openAs(a);
  await putRaw(a, 'citizens', [rawCitizen('c-1', 'Anna Andersen', '5001')]);
  await putRaw(a, 'grants', [rawGrant('g-1', 'c-1')]);
  const b = await context.newPage();
  for (const page of [a, b]) {
    await page.goto(`/${hash}`);
    // A reload, so the app's Dexie connection does not answer from its cache.
    await page.reload();
    await expect(page.getByText('Bruger: KB')).toBeVisible();
  }
  return [a, b];
}

test('finding 2: a note saved in tab B does not revert the name tab A saved', async ({
  context,
}) => {
  const [a, b] = await twoTabs(context, '#/borgere/c-1/rediger');
  await expect(a.getByLabel('Navn', { exact: true })).toHaveValue('Anna Andersen');
  await expect(b.getByLabel('Navn', { exact: true })).toHaveValue('Anna Andersen');

  await a.getByLabel('Navn', { exact: true }).fill('Anna Omdøbt');
  await a.getByRole('button', { name: 'Gem ændringer' }).click();
  await expect(a.getByRole('heading', { level: 1, name: 'Anna Omdøbt' })).toBeVisible();

  // Tab B still shows the form it loaded; its note is saved against that version: refused.
  await b.getByLabel('Note', { exact: true }).fill('Ringer om fredagen');
  await b.getByRole('button', { name: 'Gem ændringer' }).click();
  const dialog = b.getByRole('dialog', { name: 'Ændret i et andet vindue' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Navn/ })).toContainText('Anna Andersen');
  await expect(dialog.getByRole('row', { name: /Navn/ })).toContainText('Anna Omdøbt');
  await expect(dialog.getByRole('row', { name: /Note/ })).toContainText('Ringer om fredagen');
  await shot(b, 'conflict-citizen');

  // "Brug de gemte": the form is loaded again with tab A's name; the note is typed again and saved.
  await dialog.getByRole('button', { name: 'Brug de gemte' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(b.getByLabel('Navn', { exact: true })).toHaveValue('Anna Omdøbt');
  await b.getByLabel('Note', { exact: true }).fill('Ringer om fredagen');
  await b.getByRole('button', { name: 'Gem ændringer' }).click();
  await expect(b.getByRole('heading', { level: 1, name: 'Anna Omdøbt' })).toBeVisible();
  await expect(b.getByText('Ringer om fredagen')).toBeVisible();

  // Tab A sees both changes; the name never went back.
  await a.reload();
  await expect(a.getByRole('heading', { level: 1, name: 'Anna Omdøbt' })).toBeVisible();
  await expect(a.getByText('Ringer om fredagen')).toBeVisible();
});

test('finding 2: "Behold mine" saves the person\'s values over the stored ones, by choice', async ({
  context,
}) => {
  const [a, b] = await twoTabs(context, '#/borgere/c-1/rediger');
  await a.getByLabel('Lønnummer', { exact: true }).fill('5002');
  await a.getByRole('button', { name: 'Gem ændringer' }).click();
  await expect(a.getByRole('heading', { level: 1, name: 'Anna Andersen' })).toBeVisible();

  await b.getByLabel('Navn', { exact: true }).fill('Anna B. Andersen');
  await b.getByRole('button', { name: 'Gem ændringer' }).click();
  const dialog = b.getByRole('dialog', { name: 'Ændret i et andet vindue' });
  await expect(dialog.getByRole('row', { name: /Lønnummer/ })).toContainText('5002');
  await dialog.getByRole('button', { name: 'Behold mine' }).click();
  await expect(b.getByRole('heading', { level: 1, name: 'Anna B. Andersen' })).toBeVisible();
  await a.reload();
  await expect(a.getByRole('heading', { level: 1, name: 'Anna B. Andersen' })).toBeVisible();
});

const cellOf = (page: Page, day: string) =>
  page.getByRole('gridcell', { name: new RegExp(`^Anna Andersen, ${day}\\.10\\.2026`) });

/** Clicks the cell and types `text` into its editor, leaving it open (not saved yet). */
async function startTyping(page: Page, day: string, text: string) {
  await cellOf(page, day).click();
  await page.keyboard.type(text);
  await expect(
    page.getByRole('textbox', { name: `Timer eller fravær for Anna Andersen ${day}.10.2026` }),
  ).toHaveValue(text);
}

test('finding 3: a cell saved in tab B while tab A types in it is not overwritten unasked', async ({
  context,
}) => {
  const [a, b] = await twoTabs(context, '#/fremmoede');
  await expect(cellOf(a, '01')).toHaveText('');
  await startTyping(a, '01', '5');
  // Tab B saves 7 in the same cell while tab A's editor is open.
  await startTyping(b, '01', '7');
  await b.keyboard.press('Enter');
  await expect(cellOf(b, '01')).toHaveText('7');

  await a.keyboard.press('Enter');
  const dialog = a.getByRole('dialog', { name: 'Ændret i et andet vindue' });
  await expect(dialog).toBeVisible();
  const row = dialog.getByRole('row', { name: /Anna Andersen, 01\.10\.2026/ });
  await expect(row).toContainText('5 timer');
  await expect(row).toContainText('7 timer');
  await shot(a, 'conflict-attendance');
  await dialog.getByRole('button', { name: 'Brug de gemte' }).click();
  await expect(cellOf(a, '01')).toHaveText('7');
  await expect(a.getByText(/^Ikke gemt: de gemte værdier/)).toBeVisible();
  await b.reload();
  await expect(cellOf(b, '01')).toHaveText('7');

  // "Behold mine": tab A's value is saved over tab B's, by choice, and tab B shows it.
  await startTyping(a, '02', '4');
  await startTyping(b, '02', '8');
  await b.keyboard.press('Enter');
  await expect(cellOf(b, '02')).toHaveText('8');
  await a.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Behold mine' }).click();
  await expect(cellOf(a, '02')).toHaveText('4');
  await expect(cellOf(b, '02')).toHaveText('4');
});

test('finding 3: "Udfyld planlagte dage" never overwrites a day saved elsewhere', async ({
  context,
}) => {
  const [a, b] = await twoTabs(context, '#/fremmoede');
  // Tab B fills in 1 October; tab A's grid shows it, and its fill leaves it alone.
  await startTyping(b, '01', '7');
  await b.keyboard.press('Enter');
  await expect(cellOf(a, '01')).toHaveText('7');
  // A day written where tab A cannot see it (another PC on a shared copy, or a window whose
  // change has not reached this one yet): tab A's grid still shows 2 October empty.
  await putRaw(b, 'attendance', [
    { citizenId: 'c-1', date: '2026-10-02', hours: 3, updatedAt: '2026-10-02T08:00:00.000Z' },
  ]);
  await expect(cellOf(a, '02')).toHaveText('');
  await a.getByLabel('Timer pr. planlagt dag').fill('6');
  await a.getByRole('button', { name: 'Udfyld planlagte dage fra bevillingerne' }).click();
  const dialog = a.getByRole('dialog', { name: 'Ændret i et andet vindue' });
  const row = dialog.getByRole('row', { name: /Anna Andersen, 02\.10\.2026/ });
  await expect(row).toContainText('6 timer');
  await expect(row).toContainText('3 timer');
  await expect(a.getByText(/planlagte dage er udfyldt/)).toHaveCount(0);
  // "Brug de gemte": nothing of the fill is saved, the grid is read again.
  await dialog.getByRole('button', { name: 'Brug de gemte' }).click();
  await expect(cellOf(a, '02')).toHaveText('3');
  await expect(cellOf(a, '05')).toHaveText('');
  await expect(a.getByText(/^Ikke gemt/)).toBeVisible();
  // Filled again, the fill skips both stored days.
  await a.getByRole('button', { name: 'Udfyld planlagte dage fra bevillingerne' }).click();
  await expect(
    a.getByText(/planlagte dage er udfyldt med 6 timer; 2 dage er sprunget over/),
  ).toBeVisible();
  await expect(cellOf(a, '05')).toHaveText('6');
  await b.reload();
  await expect(cellOf(b, '01')).toHaveText('7');
  await expect(cellOf(b, '02')).toHaveText('3');
  await expect(cellOf(b, '05')).toHaveText('6');
});

test('finding 4: "Udfyld planlagte dage" with 6,555 hours says why and saves nothing', async ({
  context,
}) => {
  const [a, b] = await twoTabs(context, '#/fremmoede');
  await a.getByLabel('Timer pr. planlagt dag').fill('6,555');
  await a.getByRole('button', { name: 'Udfyld planlagte dage fra bevillingerne' }).click();
  await expect(a.getByText('må højst have to decimaler')).toBeVisible();
  await expect(a.getByText(/planlagte dage er udfyldt/)).toHaveCount(0);
  await expect(cellOf(a, '01')).toHaveText('');
  // Nothing reached the database: the other tab, read again, shows the month empty.
  await b.reload();
  await expect(cellOf(b, '01')).toHaveText('');
  await expect(cellOf(b, '30')).toHaveText('');
});

test('a month is closed only with the figures its check showed', async ({ context }) => {
  const [a, b] = await twoTabs(context, '#/fremmoede');
  // A § 103 citizen with a hand-set wage, so the figures the check names (gross pay) change
  // with the hours.
  await putRaw(b, 'citizens', [rawCitizen('c-1', 'Anna Andersen', '5001', { offer: 'SEL103' })]);
  await putRaw(b, 'wageDecisions', [
    {
      id: 'w-1',
      citizenId: 'c-1',
      effectiveFrom: '2026-01-01',
      hourlyWage: 25.5,
      justification: 'Aftalt ved opfølgning',
      assessorInitials: 'KB',
      createdAt: STAMP,
      updatedAt: STAMP,
    },
  ]);
  await b.reload();
  await startTyping(b, '01', '6');
  await b.keyboard.press('Enter');
  await expect(cellOf(b, '01')).toHaveText('6');
  await a.goto('/#/maanedsafslutning');
  await a.reload();
  await a.getByRole('button', { name: 'Luk oktober 2026 …' }).click();
  const check = a.getByRole('region', { name: 'Kontrol før lukning' });
  await expect(check.getByTestId('close-totals')).toContainText('for 1 borger');
  const totals = await check.getByTestId('close-totals').textContent();
  // A day written where tab A's check cannot see it: its figures are no longer the month's.
  await putRaw(b, 'attendance', [
    { citizenId: 'c-1', date: '2026-10-02', hours: 3, updatedAt: '2026-10-02T08:00:00.000Z' },
  ]);
  await check.getByRole('button', { name: 'Luk måneden' }).click();
  await expect(a.getByText(/^Ikke lukket: tallene for oktober 2026 er ændret/)).toBeVisible();
  await expect(a.getByTestId('month-status')).toContainText('Måneden er åben');
  // The check is made again with the new figures; closing with them works.
  await expect(check.getByTestId('close-totals')).not.toHaveText(totals!);
  await check.getByRole('button', { name: 'Luk måneden' }).click();
  await expect(a.getByTestId('month-status')).toContainText('Lukket');
});

test('a settings version saved in tab A for a month is not overwritten by tab B unasked', async ({
  context,
}) => {
  const [a, b] = await twoTabs(context, '#/indstillinger');
  for (const page of [a, b]) {
    await page.getByRole('button', { name: 'Ny version …' }).click();
    await expect(page.getByLabel('Gælder fra måned')).toHaveValue('2026-10');
  }
  await a.getByLabel('Kilometersats', { exact: true }).fill('3,10');
  await a.getByRole('button', { name: 'Gem version' }).click();
  await expect(a.getByRole('button', { name: 'Gem version' })).toHaveCount(0);

  // Tab B opened its form when October had no version of its own: its save would replace A's.
  await b.getByLabel('Kilometersats', { exact: true }).fill('3,50');
  await b.getByRole('button', { name: 'Gem version' }).click();
  const dialog = b.getByRole('dialog', { name: 'Ændret i et andet vindue' });
  const row = dialog.getByRole('row', { name: /Kilometersats/ });
  await expect(row).toContainText('3,50');
  await expect(row).toContainText('3,1');
  await shot(b, 'conflict-settings');
  await dialog.getByRole('button', { name: 'Brug de gemte' }).click();
  await expect(b.getByLabel('Kilometersats', { exact: true })).toHaveValue('3,1');
  await b.getByRole('button', { name: 'Annuller' }).click();
  await a.reload();
  await expect(a.getByRole('row', { name: /^oktober 2026 / })).toContainText('3,10');
});
