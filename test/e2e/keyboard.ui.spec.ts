// A keyboard-only path through a month: initials, a citizen, attendance, closing the month —
// no mouse at all (issue 4).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openAs } from './support';

/** Presses Tab (or Shift+Tab) until the focused element's label or text matches; fails after 80 presses. */
async function tabTo(page: Page, name: RegExp, backwards = false) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const text = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const input = el as HTMLInputElement;
      const label = input.labels?.[0]?.textContent ?? '';
      return `${label} ${el.getAttribute('aria-label') ?? ''} ${label ? '' : el.textContent}`.trim();
    });
    if (name.test(text)) return;
  }
  throw new Error(`Tab nåede aldrig ${name}`);
}

test('a month by keyboard only', async ({ page }) => {
  await openAs(page);

  await tabTo(page, /^Borgere$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Borgere' })).toBeFocused();
  await tabTo(page, /^Opret borger$/);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(/^Navn/)).toBeVisible();
  await tabTo(page, /^Navn/);
  await page.keyboard.type('Dora Dahl');
  await tabTo(page, /^Lønnummer/);
  await page.keyboard.type('2001');
  await tabTo(page, /^CPR-nummer/);
  await page.keyboard.type('0404801234');
  await tabTo(page, /^Tilbud/);
  await page.keyboard.press('ArrowDown'); // § 104
  await tabTo(page, /^Startdato/);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('01.10.2026');
  await tabTo(page, /^Opret borger$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Dora Dahl' })).toBeVisible();

  await tabTo(page, /^Fremmøde$/);
  await page.keyboard.press('Enter');
  // Screens change in a transition: wait for the new one before tabbing into it.
  await expect(page.getByRole('gridcell', { name: /^Dora Dahl, 01\.10\.2026/ })).toBeVisible();
  await tabTo(page, /^Dora Dahl, 01\.10\.2026/);
  await page.keyboard.type('6');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('5,5');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('gridcell', { name: /^Dora Dahl, 02\.10\.2026: 5,5 timer/ }),
  ).toBeVisible();

  await tabTo(page, /^Månedsafslutning$/, true);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('row-2001')).toContainText('11,5');
  await expect(page.getByRole('button', { name: 'Luk oktober 2026 …' })).toBeVisible();
  await tabTo(page, /^Luk oktober 2026 …$/);
  await page.keyboard.press('Enter');
  // The check screen (issue 10) takes the focus; closing is confirmed there.
  await expect(page.getByRole('heading', { name: 'Kontrol før lukning' })).toBeFocused();
  await tabTo(page, /^Luk måneden$/);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('month-status')).toContainText('Lukket');
});

test('the attendance grid with 300 citizens: far down by keyboard, only a window in the DOM', async ({
  page,
}) => {
  test.setTimeout(120_000); // ~170 single key presses
  await openAs(page);
  // Citizens written straight into the app's IndexedDB (the UI path is tested above).
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('jobbasen-lon');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const tx = db.transaction('citizens', 'readwrite');
    for (let i = 1; i <= 300; i++) {
      const n = String(i).padStart(3, '0');
      tx.objectStore('citizens').put({
        id: `kb-${n}`,
        name: `Borger ${n}`,
        payrollNumber: `9${n}`,
        cpr: `0101${String(50 + (i % 40))}${String(1000 + i)}`,
        offer: 'SEL104',
        startDate: '2026-01-01',
        municipalTransport: false,
        createdAt: '2026-01-01T08:00:00.000Z',
        updatedAt: '2026-01-01T08:00:00.000Z',
      });
    }
    await new Promise((ok, fail) => {
      tx.oncomplete = ok;
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  });
  // A reload, so the app's Dexie connection does not answer from its cache.
  await page.goto('/#/fremmoede');
  await page.reload();
  const grid = page.getByRole('grid');
  await expect(grid).toHaveAttribute('aria-rowcount', '301');
  // Virtualised: a window of rows, not 300.
  expect(await grid.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(60);

  await grid.getByRole('gridcell', { name: /^Borger 001, 01\.10\.2026/ }).click();
  for (let i = 0; i < 80; i++) await page.keyboard.press('ArrowDown');
  const far = grid.getByRole('gridcell', { name: /^Borger 081, 01\.10\.2026/ });
  await expect(far).toBeFocused();
  await expect(far).toBeInViewport();
  await expect(far.locator('xpath=..')).toHaveAttribute('aria-rowindex', '82');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('7,5');
  await page.keyboard.press('Enter');
  await expect(grid.getByTestId('total-hours-kb-081')).toHaveText('7,5');
  await expect(grid.getByRole('gridcell', { name: /^Borger 082, 02\.10\.2026/ })).toBeFocused();
  // Back up past the window: the row comes back into view below the sticky header.
  for (let i = 0; i < 70; i++) await page.keyboard.press('ArrowUp');
  const near = grid.getByRole('gridcell', { name: /^Borger 012, 02\.10\.2026/ });
  await expect(near).toBeFocused();
  await expect(near).toBeInViewport();
  const headBottom = await grid
    .locator('thead th')
    .first()
    .evaluate((el) => el.getBoundingClientRect().bottom);
  const cellTop = await near.evaluate((el) => el.getBoundingClientRect().top);
  expect(cellTop).toBeGreaterThanOrEqual(headBottom - 1);
  // Tab still leaves the grid.
  await page.keyboard.press('Tab');
  await expect(grid.locator(':focus')).toHaveCount(0);

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
