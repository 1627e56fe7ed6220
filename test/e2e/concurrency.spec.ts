// Two tabs of one browser on the same data (issue 11, findings 2–4; docs/rules.md, "Samtidige
// ændringer"): two real pages of one context share the origin and its IndexedDB, as two windows
// of the app on one PC do. A write based on what a tab loaded before another tab saved is refused,
// the person sees both values and chooses; nothing is silently reverted or overwritten.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { openAs, putRaw, rawCitizen, rawGrant, shot } from './support';

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
