// Correcting attendance in the grid (issue 10, findings 2 and 3, Build item 2): Esc gives back
// the value from before the edit, an explicit 0 is a stored zero-hour day that "Udfyld planlagte
// dage" leaves alone, the fill says what it filled and skipped, edits/pastes/fills can be undone
// and redone, and the citizen and sum columns stay in view while scrolling sideways.
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openAs, putRaw, rawCitizen, rawGrant, SHOTS } from './support';

/** The stored days of citizen c-1, read straight from IndexedDB: `date → hours or absence`. */
async function storedDays(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('jobbasen-lon');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const tx = db.transaction('attendance', 'readonly');
    const rows = await new Promise<
      { citizenId: string; date: string; hours: number; absence?: string }[]
    >((ok, fail) => {
      const r = tx.objectStore('attendance').getAll();
      r.onsuccess = () => ok(r.result as never);
      r.onerror = () => fail(r.error);
    });
    db.close();
    const out: Record<string, string> = {};
    for (const row of rows)
      if (row.citizenId === 'c-1') out[row.date.slice(8)] = row.absence ?? String(row.hours);
    return out;
  });
}

/** October 2026 on 24.11.2026, initials given, one citizen with a full grant: the grid open. */
async function openGrid(page: Page) {
  await page.clock.install({ time: new Date('2026-11-24T10:00:00') });
  await openAs(page);
  await putRaw(page, 'citizens', [rawCitizen('c-1', 'Eva Eriksen', '4001')]);
  await putRaw(page, 'grants', [rawGrant('g-1', 'c-1')]);
  // A reload, so the app's Dexie connection does not answer from its cache.
  await page.goto('/#/fremmoede');
  await page.reload();
  await expect(page.getByRole('grid', { name: 'Fremmøde oktober 2026' })).toBeVisible();
}

const cellOf = (page: Page, day: string) =>
  page.getByRole('gridcell', { name: new RegExp(`^Eva Eriksen, ${day}\\.10\\.2026`) });

/** Clicks the cell, types `text` and presses `key` (Enter saves, Escape cancels). */
async function typeInto(page: Page, day: string, text: string, key = 'Enter') {
  await cellOf(page, day).click();
  await page.keyboard.type(text);
  await expect(
    page.getByRole('textbox', { name: `Timer eller fravær for Eva Eriksen ${day}.10.2026` }),
  ).toHaveValue(text);
  await page.keyboard.press(key);
}

test('Esc restores the value from before the edit and saves nothing', async ({ page }) => {
  await openGrid(page);
  await typeInto(page, '01', '6');
  await expect(cellOf(page, '01')).toHaveText('6');
  await expect.poll(() => storedDays(page)).toEqual({ '01': '6' });
  await typeInto(page, '01', '5', 'Escape');
  await expect(cellOf(page, '01')).toHaveText('6');
  await expect(cellOf(page, '01')).toBeFocused();
  // Nothing saved: the database still holds 6, also after a reload.
  await page.waitForTimeout(300);
  expect(await storedDays(page)).toEqual({ '01': '6' });
  await page.reload();
  await expect(cellOf(page, '01')).toHaveText('6');
});

test('an explicit 0 is a stored zero-hour day the fill leaves alone; Delete clears', async ({
  page,
}) => {
  await openGrid(page);
  await typeInto(page, '01', '0');
  await expect(cellOf(page, '01')).toHaveText('0');
  await expect(cellOf(page, '01')).toHaveAccessibleName('Eva Eriksen, 01.10.2026: 0 timer');
  await expect.poll(() => storedDays(page)).toEqual({ '01': '0' });
  await page.reload();
  await expect(cellOf(page, '01')).toHaveText('0');

  await typeInto(page, '02', 'S');
  await page.getByLabel('Timer pr. planlagt dag').fill('6');
  await page.getByRole('button', { name: 'Udfyld planlagte dage fra bevillingerne' }).click();
  await expect(
    page.getByText(
      /^\d+ planlagte dage er udfyldt med 6 timer; 2 dage er sprunget over, fordi de allerede var udfyldt\.$/,
    ),
  ).toBeVisible();
  await expect(cellOf(page, '01')).toHaveText('0');
  await expect(cellOf(page, '02')).toHaveText('S');
  await expect(cellOf(page, '05')).toHaveText('6');
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/fremmoede-udfyld-sprunget-over.png`, fullPage: true });

  // Delete empties a day; an emptied input does too.
  await cellOf(page, '01').click();
  await page.keyboard.press('Delete');
  await expect(cellOf(page, '01')).toHaveText('');
  await cellOf(page, '05').click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');
  await expect(cellOf(page, '05')).toHaveText('');
  await expect.poll(async () => Object.keys(await storedDays(page)).sort()).not.toContain('05');
  const left = await storedDays(page);
  expect(left['01']).toBeUndefined();
  expect(left['02']).toBe('syg');
  await page.reload();
  await expect(cellOf(page, '01')).toHaveText('');
  await expect(cellOf(page, '05')).toHaveText('');
  await expect(cellOf(page, '02')).toHaveText('S');
});

test('undo and redo of edits, a pasted row and the fill, by keys and buttons', async ({ page }) => {
  await openGrid(page);
  const undo = page.getByRole('button', { name: /^Fortryd/ });
  const redo = page.getByRole('button', { name: /^Annullér fortryd/ });
  await expect(undo).toBeDisabled();
  await typeInto(page, '01', '6');
  await typeInto(page, '01', '5');
  await expect(cellOf(page, '01')).toHaveText('5');

  await cellOf(page, '01').click();
  await page.keyboard.press('Control+z');
  await expect(cellOf(page, '01')).toHaveText('6');
  await page.keyboard.press('Control+y');
  await expect(cellOf(page, '01')).toHaveText('5');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(cellOf(page, '01')).toHaveText('');
  await page.keyboard.press('Control+Shift+Z');
  await expect(cellOf(page, '01')).toHaveText('6');

  // A pasted row is one step.
  await cellOf(page, '05').click();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', '7\t7,5\tS');
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  });
  await expect(cellOf(page, '07')).toHaveText('S');
  await undo.click();
  await expect(cellOf(page, '05')).toHaveText('');
  await expect(cellOf(page, '06')).toHaveText('');
  await expect(cellOf(page, '07')).toHaveText('');
  await redo.click();
  await expect(cellOf(page, '06')).toHaveText('7,5');

  // The fill is one step; its undo empties exactly the days it filled.
  await page.getByLabel('Timer pr. planlagt dag').fill('4');
  await page.getByRole('button', { name: 'Udfyld planlagte dage fra bevillingerne' }).click();
  await expect(page.getByText(/planlagte dage er udfyldt med 4 timer/)).toBeVisible();
  await expect(cellOf(page, '08')).toHaveText('4');
  await undo.click();
  await expect(cellOf(page, '08')).toHaveText('');
  await expect(cellOf(page, '01')).toHaveText('6');
  await expect(cellOf(page, '06')).toHaveText('7,5');
  await expect.poll(async () => (await storedDays(page))['08']).toBeUndefined();
  await page.reload();
  await expect(cellOf(page, '08')).toHaveText('');
  await expect(cellOf(page, '06')).toHaveText('7,5');
});

test('an undo after the month was closed is refused with the reason', async ({ page }) => {
  await openGrid(page);
  await typeInto(page, '01', '6');
  await expect(cellOf(page, '01')).toHaveText('6');
  await expect.poll(() => storedDays(page)).toEqual({ '01': '6' });
  await putRaw(page, 'monthCloses', [
    { month: '2026-10', status: 'closed', wageDecisionIds: [], history: [] },
  ]);
  await page.getByRole('button', { name: /^Fortryd/ }).click();
  await expect(page.getByText(/^Ikke gemt: .*lukket/)).toBeVisible();
  await expect(cellOf(page, '01')).toHaveText('6');
  expect(await storedDays(page)).toEqual({ '01': '6' });
});

test('the citizen and sum columns stay in view while scrolling sideways at 1366×768', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openGrid(page);
  await typeInto(page, '01', '6');
  const wrap = page.locator('.att-grid-wrap');
  const name = page.getByRole('rowheader', { name: 'Eva Eriksen' });
  const sum = page.getByTestId('total-hours-c-1');
  await expect(sum).toHaveText('6');
  await wrap.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  await expect(cellOf(page, '31')).toBeInViewport();
  const view = await wrap.boundingBox();
  for (const cell of [name, sum]) {
    const box = await cell.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(view!.x);
    expect(box!.x + box!.width).toBeLessThanOrEqual(Math.min(view!.x + view!.width, 1366));
  }
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/fremmoede-rullet-1366.png` });
});
