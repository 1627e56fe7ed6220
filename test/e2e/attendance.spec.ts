// The attendance grid's "Udfyld planlagte dage" when the save is refused (issue 9): the month
// is closed behind the screen's back, so the save fails — the person must be told it was not
// saved, never "… planlagte dage er udfyldt".
import { expect, test } from '@playwright/test';
import { openAs, putRaw } from './support';

test('fill planned days: a refused save says so instead of reporting success', async ({ page }) => {
  await openAs(page);
  const stamp = '2026-01-01T08:00:00.000Z';
  await putRaw(page, 'citizens', [
    {
      id: 'fill-1',
      name: 'Eva Eriksen',
      payrollNumber: '4001',
      cpr: '0505801234',
      offer: 'SEL104',
      startDate: '2026-01-01',
      municipalTransport: false,
      createdAt: stamp,
      updatedAt: stamp,
    },
  ]);
  await putRaw(page, 'grants', [
    {
      id: 'fill-grant-1',
      citizenId: 'fill-1',
      size: 'full',
      startDate: '2026-01-01',
      followUpDue: '2027-01-01',
      screeningNotes: '',
      createdAt: stamp,
      updatedAt: stamp,
    },
  ]);
  // A reload, so the app's Dexie connection does not answer from its cache.
  await page.goto('/#/fremmoede');
  await page.reload();
  const cell = page.getByRole('gridcell', { name: /^Eva Eriksen, 01\.10\.2026/ });
  await expect(cell).toHaveText('');

  // Closed behind the grid's back (as another PC or an unnoticed window would): the screen
  // still offers the button, the save is refused.
  await putRaw(page, 'monthCloses', [
    { month: '2026-10', status: 'closed', wageDecisionIds: [], history: [] },
  ]);
  await page.getByLabel('Timer pr. planlagt dag').fill('6');
  await page.getByRole('button', { name: 'Udfyld planlagte dage fra bevillingerne' }).click();
  await expect(page.getByText(/^Ikke gemt: .*lukket/)).toBeVisible();
  await expect(page.getByText(/planlagte dage er udfyldt/)).toHaveCount(0);
  await expect(cell).toHaveText('');
});
