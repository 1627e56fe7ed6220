// The built renderer opens in real Chromium as the app, in Danish, with its name and version.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

test('the app window shows its name and version', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('/');
  await expect(page).toHaveTitle(/Jobbasen Løn/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(
    page.getByText(new RegExp(`Version ${version.replace(/\./g, '\\.')}`)),
  ).toBeVisible();
  expect(errors).toEqual([]);
});
