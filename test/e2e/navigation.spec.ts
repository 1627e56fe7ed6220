// Moving between screens (docs/benchmarks.md figure 4): a menu click keeps the current screen up
// until the next one's code has loaded, and the next screen is then shown at once — the bare
// "Henter …" stand-in never replaces a screen that was already there. (The stand-in used to
// appear on every first visit, and React then held the new screen back ~300 ms for its fallback
// throttle: the attendance grid came ~0.4 s after the click instead of ~0.1 s.)
import { expect, test } from '@playwright/test';
import { go, openAs } from './support';

test('a menu click keeps the screen until the next is loaded; no "Henter …" in between', async ({
  page,
}) => {
  // The attendance screen's chunk is held back a while, so the moment in between is long enough
  // to look at (a slow disk or a busy PC does the same).
  let release = () => undefined as void;
  const held = new Promise<void>((ok) => (release = ok));
  await page.route(/\/assets\/AttendancePage-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await openAs(page);
  await go(page, 'Borgere');
  await expect(page.getByRole('heading', { level: 1, name: 'Borgere' })).toBeVisible();
  // Every moment the stand-in stood in <main> instead of a screen, from the click on.
  await page.evaluate(() => {
    const w = window as unknown as { standIn: number };
    w.standIn = 0;
    const main = document.querySelector('main')!;
    new MutationObserver(() => {
      if (main.querySelector(':scope > .loading')) w.standIn += 1;
    }).observe(main, { childList: true, subtree: true });
  });
  await page
    .getByRole('navigation', { name: 'Hovedmenu' })
    .getByRole('link', { name: 'Fremmøde' })
    .click();
  await page.waitForTimeout(400);
  // While the code loads, the citizen list is still the screen.
  await expect(page.getByRole('heading', { level: 1, name: 'Borgere' })).toBeVisible();
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Fremmøde' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { standIn: number }).standIn)).toBe(0);
});
