// A keyboard-only path through a month: initials, a citizen, attendance, closing the month —
// no mouse at all (issue 4).
import { expect, test, type Page } from '@playwright/test';

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
  await page.addInitScript(() => {
    if (!localStorage.getItem('jobbasen.month')) localStorage.setItem('jobbasen.month', '2026-10');
  });
  await page.goto('/');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.type('KB');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Bruger: KB')).toBeVisible();

  await tabTo(page, /^Borgere$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Borgere' })).toBeFocused();
  await tabTo(page, /^Opret borger$/);
  await page.keyboard.press('Enter');
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
  await tabTo(page, /^Luk oktober 2026$/);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('month-status')).toContainText('Lukket');
});
