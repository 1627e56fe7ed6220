// The month-close page when its data cannot be loaded (issue 9): it says so in Danish and offers
// "Prøv igen" instead of "Henter …" forever. A citizen row without a start date is written
// straight into IndexedDB (as a damaged database would hold it), so computing the month throws.
import { expect, test, type Page } from '@playwright/test';

const DB = 'jobbasen-lon';

/** Writes (or, with `row` null, deletes) a raw row in the app's database, past the data layer. */
async function rawCitizen(page: Page, row: Record<string, unknown> | null, id = 'beskadiget') {
  await page.evaluate(
    ({ db, row, id }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const conn = open.result;
          const tx = conn.transaction('citizens', 'readwrite');
          if (row) tx.objectStore('citizens').put(row);
          else tx.objectStore('citizens').delete(id);
          tx.oncomplete = () => {
            conn.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
    { db: DB, row, id },
  );
}

test('the month-close page says in Danish when its data cannot be loaded, and tries again', async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (!localStorage.getItem('jobbasen.month')) localStorage.setItem('jobbasen.month', '2026-10');
  });
  await page.goto('/');
  const dialog = page.getByRole('dialog', { name: 'Hvem arbejder her?' });
  await dialog.getByLabel('Initialer').fill('TST');
  await dialog.getByRole('button', { name: 'Gem initialer' }).click();
  await expect(page.getByText('Bruger: TST')).toBeVisible();

  await rawCitizen(page, { id: 'beskadiget', name: 'Beskadiget', payrollNumber: '9999' });
  await page
    .getByRole('navigation', { name: 'Hovedmenu' })
    .getByRole('link', { name: 'Månedsafslutning' })
    .click();

  await expect(page.getByRole('alert')).toContainText('Data kunne ikke hentes.', {
    timeout: 10_000,
  });
  await expect(page.getByText('Henter …')).toHaveCount(0);
  const retry = page.getByRole('button', { name: 'Prøv igen' });
  await expect(retry).toBeVisible();

  // Once the data can be read again, "Prøv igen" shows the month.
  await rawCitizen(page, null);
  await retry.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Månedsafslutning' })).toBeVisible();
  await expect(page.getByTestId('month-status')).toContainText('Måneden er åben');
});
