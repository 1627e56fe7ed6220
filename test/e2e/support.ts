// What the browser tests share: going to a screen by the main menu as a person does, a
// screenshot to look at, and writing records straight into the app's IndexedDB (past the app
// and its change observers) to set up a situation quickly.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

export const SHOTS = 'test-results/screenshots';

/** Clicks `menu` in "Hovedmenu" and waits for the new screen's heading. */
export async function go(page: Page, menu: string) {
  await page
    .getByRole('navigation', { name: 'Hovedmenu' })
    .getByRole('link', { name: menu })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** No axe violations on the page once it has loaded (every new screen, issue 12). */
export async function axe(page: Page, name: string) {
  await expect(page.locator('.loading')).toHaveCount(0);
  const result = await new AxeBuilder({ page }).analyze();
  const found = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(found, `axe on ${name}`).toEqual([]);
}

/** A full-page screenshot under test-results/screenshots/<name>.png. */
export async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** Writes records straight into the app's IndexedDB store `store`. */
export async function putRaw(page: Page, store: string, records: object[]) {
  await page.evaluate(
    async ({ store, records }) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const r = indexedDB.open('jobbasen-lon');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      const tx = db.transaction(store, 'readwrite');
      for (const record of records) tx.objectStore(store).put(record);
      await new Promise((ok, fail) => {
        tx.oncomplete = ok;
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    { store, records },
  );
}

/** Opens the app on `month` (the working month stored on this PC) and gives the initials `KB`. */
export async function openAs(page: Page, month = '2026-10') {
  await page.addInitScript((m) => {
    if (!localStorage.getItem('jobbasen.month')) localStorage.setItem('jobbasen.month', m);
  }, month);
  await page.goto('/');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.type('KB');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Bruger: KB')).toBeVisible();
}

/** The time stamp of records written straight into IndexedDB. */
export const STAMP = '2026-01-01T08:00:00.000Z';

/** A stored citizen as the app writes it (§ 104 unless `extra` says otherwise). */
export const rawCitizen = (
  id: string,
  name: string,
  payrollNumber: string,
  extra: object = {},
) => ({
  id,
  name,
  payrollNumber,
  cpr: '0505801234',
  offer: 'SEL104',
  startDate: '2026-01-01',
  municipalTransport: false,
  createdAt: STAMP,
  updatedAt: STAMP,
  ...extra,
});

/** A stored full-time grant from 01.01.2026. */
export const rawGrant = (id: string, citizenId: string) => ({
  id,
  citizenId,
  size: 'full',
  startDate: '2026-01-01',
  followUpDue: '2027-01-01',
  screeningNotes: '',
  createdAt: STAMP,
  updatedAt: STAMP,
});

/**
 * Settings → "Hent ukrypteret …" → "Hent ukrypteret": an unencrypted backup, the explicit choice
 * after its warning (docs/rules.md §11). Returns the downloaded file's path.
 */
export async function downloadPlainBackup(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Hent ukrypteret …' }).click();
  const ask = page.getByRole('dialog', { name: 'Hent ukrypteret sikkerhedskopi?' });
  await expect(ask).toContainText('CPR-numre og helbredsoplysninger');
  await ask.getByRole('button', { name: 'Hent ukrypteret' }).click();
  return (await (await download).path())!;
}
