// Moving between screens (docs/benchmarks.md figure 4). A screen that is leaving is gone at once:
// nothing a person (or a test) does right after a menu click can land on it — the citizen list
// and the attendance grid both have an "Arbejdsområde" filter. And the screens' code is loaded
// ahead once the app is idle, so the first visit to a screen is as quick as the next: no "Henter
// …" in between, and no ~300 ms fallback throttle (the grid came ~0.4 s after the click).
import { expect, test, type Page } from '@playwright/test';
import { go, openAs } from './support';

const ATTENDANCE_CHUNK = /\/assets\/AttendancePage-[^/]*\.js$/;
const menu = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name });

/** Counts every moment the "Henter …" stand-in stands in <main>, from now on. */
async function countStandIns(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { standIn: number };
    w.standIn = 0;
    const main = document.querySelector('main')!;
    new MutationObserver(() => {
      if (main.querySelector(':scope > .loading')) w.standIn += 1;
    }).observe(main, { childList: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { standIn: number }).standIn);
}

test('the first visit to a screen shows it at once: its code was loaded ahead', async ({
  page,
}) => {
  let fetched = false;
  page.on('request', (r) => {
    if (ATTENDANCE_CHUNK.test(r.url())) fetched = true;
  });
  await openAs(page);
  await go(page, 'Borgere');
  // Loaded ahead, without anyone opening Fremmøde.
  await expect.poll(() => fetched).toBe(true);
  await page.waitForLoadState('networkidle');
  const standIns = await countStandIns(page);
  await menu(page, 'Fremmøde').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fremmøde' })).toBeVisible();
  expect(await standIns()).toBe(0);
});

test('a menu click takes the old screen away at once, also while the next one’s code loads', async ({
  page,
}) => {
  // The attendance screen's code is held back (a slow disk or a busy PC does the same).
  let release = () => undefined as void;
  const held = new Promise<void>((ok) => (release = ok));
  await page.route(ATTENDANCE_CHUNK, async (route) => {
    await held;
    await route.continue();
  });
  await openAs(page);
  await go(page, 'Borgere');
  await expect(page.getByLabel('Søg')).toBeVisible();
  await menu(page, 'Fremmøde').click();
  // The citizen list is gone: its controls can no longer be used by mistake.
  await expect(page.getByRole('heading', { level: 1, name: 'Borgere' })).toHaveCount(0);
  await expect(page.getByLabel('Søg')).toHaveCount(0);
  await expect(page.getByText('Henter …')).toBeVisible();
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Fremmøde' })).toBeVisible();
});
