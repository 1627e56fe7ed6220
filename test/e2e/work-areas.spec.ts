// Work areas in the browser (issue 12, Build items 1, 7 and 8; docs/rules.md §§6, 10): two areas
// with different floors, a citizen moving from one to the other from the next month, the closed
// month unchanged; the money of the month on the citizen page and the overview; follow-ups by
// area; every list filtered by area; axe on each new screen. "Today" is 24.11.2026.
import { expect, test, type Page } from '@playwright/test';
import { axe, openAs, putRaw, shot, STAMP } from './support';
import { area, days, decision, member } from './areaFixtures';

const grant = (id: string, citizenId: string, followUpDue: string) => ({
  id,
  citizenId,
  size: 'full',
  startDate: '2026-01-01',
  followUpDue,
  screeningNotes: '',
  createdAt: STAMP,
  updatedAt: STAMP,
});

async function seeded(page: Page) {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.clock.install({ time: new Date('2026-11-24T10:00:00') });
  await openAs(page, '2026-10');
  // Have og park: 150,00 kr. → floor 7,50; Montage: 300,00 kr. → floor 15,00.
  await putRaw(page, 'workAreas', [
    area('park', 'Have og park', 150),
    area('montage', 'Montage', 300),
  ]);
  await putRaw(page, 'citizens', [
    member('c-anna', 'Anna Ager', '7001', 'park'),
    member('c-bo', 'Bo Bænk', '7002', 'montage'),
  ]);
  await putRaw(page, 'wageDecisions', [decision('w-anna', 'c-anna'), decision('w-bo', 'c-bo')]);
  await putRaw(page, 'grants', [
    grant('g-anna', 'c-anna', '2026-11-01'),
    grant('g-bo', 'c-bo', '2026-12-10'),
  ]);
  await putRaw(page, 'attendance', [
    ...days('c-anna', 6, ['2026-10-01', '2026-10-02', '2026-11-02', '2026-11-03']),
    ...days('c-bo', 6, ['2026-10-01', '2026-11-02']),
  ]);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('two areas with different floors; a move from the next month leaves the closed month as it was', async ({
  page,
}) => {
  await seeded(page);

  // October: Anna on the park floor (7,50 → 19,00 kr.), Bo on the montage floor (15,00 → 22,50 kr.),
  // with a subtotal per area under the table.
  await page.goto('/#/maanedsafslutning');
  const table = page.getByTestId('month-table');
  await expect(table.getByTestId('row-7001')).toContainText('19,00');
  await expect(table.getByTestId('row-7002')).toContainText('22,50');
  await expect(table.getByTestId('area-park')).toContainText('Have og park (1 borger)');
  await expect(table.getByTestId('area-park')).toContainText('228,00');
  await expect(table.getByTestId('area-montage')).toContainText('Montage (1 borger)');
  await expect(table.getByTestId('area-montage')).toContainText('135,00');
  await shot(page, 'arbejdsomraader-maaned');
  await page.getByRole('button', { name: 'Luk oktober 2026 …' }).click();
  const check = page.getByRole('region', { name: 'Kontrol før lukning' });
  await check.getByRole('button', { name: 'Luk måneden' }).click();
  await expect(page.getByTestId('month-status')).toContainText('Lukket');

  // The citizen page: October's pay from the month computation, and the area card.
  await page.goto('/#/borgere/c-anna');
  const pay = page.getByTestId('pay-lines');
  await expect(pay).toContainText('19,00 kr. × 12 t');
  await expect(pay).toContainText('Bruttoløn228,00 kr.');
  const areaCard = page.getByRole('form', { name: 'Flyt arbejdsområde' });
  await areaCard.getByLabel('Flyt til').selectOption({ label: 'Montage' });
  // Inside the closed October: refused, naming the first month that can be used.
  await areaCard.getByLabel('Fra måned').fill('2026-10');
  await areaCard.getByRole('button', { name: 'Flyt borgeren' }).click();
  await expect(
    areaCard.getByText(/^Fra måned: oktober 2026 er lukket.*Vælg november 2026 eller senere/),
  ).toBeVisible();
  await areaCard.getByLabel('Fra måned').fill('2026-11');
  await areaCard.getByRole('button', { name: 'Flyt borgeren' }).click();
  await expect(page.getByText('Anna Ager hører til Montage fra november 2026.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Arbejdsområder over tid' })).toContainText(
    'Montage fra november 2026',
  );
  await axe(page, 'borgerside med løn og arbejdsområde');
  await shot(page, 'arbejdsomraader-borger');

  // November: Anna now on the montage floor; October, closed, exactly as it was.
  await page.goto('/#/');
  await page.getByRole('button', { name: /Næste måned/ }).click();
  await page.goto('/#/borgere/c-anna');
  await expect(pay).toContainText('22,50 kr. × 12 t');
  await page.goto('/#/maanedsafslutning');
  await expect(table.getByTestId('row-7001')).toContainText('22,50');
  await expect(table.getByTestId('area-park')).toHaveCount(0);
  await page.getByRole('button', { name: /Forrige måned/ }).click();
  await expect(table.getByTestId('row-7001')).toContainText('19,00');
  await expect(table.getByTestId('area-park')).toContainText('228,00');
});

test('overview: the month in money and follow-ups by area; lists and the grid filter by area', async ({
  page,
}) => {
  await seeded(page);

  // Overview of October: the month's money from the one computation, and per area.
  await page.goto('/#/');
  const money = page
    .locator('section.card')
    .filter({ has: page.getByRole('heading', { name: 'Månedens penge' }) });
  await expect(money.first()).toContainText('Bruttoløn363,00 kr.');
  await expect(money.first().getByRole('table', { name: 'Pr. arbejdsområde' })).toContainText(
    'Have og park',
  );
  // Follow-ups: Anna overdue (01.11.2026) under Have og park, Bo soon (10.12.2026) under Montage.
  const follow = page
    .locator('section.card')
    .filter({ has: page.getByRole('heading', { name: /Opfølgning inden for 30 dage/ }) });
  await expect(follow.getByRole('region', { name: 'Have og park' })).toContainText(
    'Anna Ager Overskredet 01.11.2026',
  );
  await expect(follow.getByRole('region', { name: 'Montage' })).toContainText('Bo Bænk');
  await expect(follow.getByRole('link', { name: 'Anna Ager' })).toHaveAttribute(
    'href',
    '#/borgere/c-anna',
  );
  await axe(page, 'oversigt');
  await shot(page, 'arbejdsomraader-oversigt');
  await page.getByLabel('Arbejdsområde').selectOption({ label: 'Montage' });
  await expect(money.first()).toContainText('Bruttoløn135,00 kr.');
  await expect(follow.getByRole('link', { name: 'Anna Ager' })).toHaveCount(0);

  // Citizens list and attendance grid by area.
  // Each screen is waited for before its filter is used: a route change is a transition that
  // keeps the screen before it up (and its own "Arbejdsområde" filter) until the next is ready.
  await page.goto('/#/borgere');
  await expect(page.getByRole('heading', { level: 1, name: 'Borgere' })).toBeVisible();
  await page.getByLabel('Arbejdsområde').selectOption({ label: 'Have og park' });
  await expect(page.getByRole('status').filter({ hasText: 'Viser 1 af 2 borgere.' })).toBeVisible();
  await page.goto('/#/fremmoede');
  await expect(page.getByRole('grid')).toBeVisible();
  await page.getByLabel('Arbejdsområde').selectOption({ label: 'Montage' });
  await expect(page.getByRole('grid')).toContainText('Bo Bænk');
  await expect(page.getByRole('grid')).not.toContainText('Anna Ager');
});

test('settings: areas and their dated lowest agreed wage, never from a closed month', async ({
  page,
}) => {
  await seeded(page);
  await page.goto('/#/indstillinger');
  const card = page
    .locator('section.card')
    .filter({ has: page.getByRole('heading', { name: 'Arbejdsområder' }) });
  await card.getByLabel('Navn på arbejdsområde').fill('Genbrugsbutik');
  await card.getByRole('button', { name: 'Opret arbejdsområde' }).click();
  await expect(card.getByText('Genbrugsbutik er oprettet.')).toBeVisible();
  const form = page.getByRole('form', { name: 'Ny mindsteløn' });
  await form.getByLabel('Område').selectOption({ label: 'Genbrugsbutik' });
  await form.getByLabel('Gælder fra måned').fill('2026-12');
  await form.getByLabel('Laveste overenskomstmæssige timeløn').fill('162,50');
  await form.getByRole('button', { name: 'Gem mindsteløn' }).click();
  await expect(card.getByRole('row', { name: /Genbrugsbutik/ })).toContainText(
    'fra december 2026: 162,50 kr.',
  );
  // A bad amount names the field; nothing is saved.
  await form.getByLabel('Laveste overenskomstmæssige timeløn').fill('1.5');
  await form.getByRole('button', { name: 'Gem mindsteløn' }).click();
  await expect(form.getByRole('alert').first()).toContainText(
    'Laveste overenskomstmæssige timeløn',
  );
  await axe(page, 'indstillinger med arbejdsområder');
  await shot(page, 'arbejdsomraader-indstillinger');

  // A new citizen is placed in an area from the start.
  await page.goto('/#/borgere/ny');
  await page.getByLabel('Navn', { exact: true }).fill('Carl Cykel');
  await page.getByLabel('Lønnummer').fill('7003');
  await page.getByLabel('CPR-nummer').fill('0101901234');
  await page.getByLabel('Tilbud').selectOption('SEL104');
  await page.getByLabel('Startdato').fill('01.10.2026');
  await page.getByLabel('Omfang').selectOption({ label: '1/1 plads (4 dage om ugen)' });
  await page.getByLabel('Arbejdsområde').selectOption({ label: 'Genbrugsbutik' });
  await axe(page, 'ny borger med arbejdsområde');
  await page.getByRole('button', { name: 'Opret borger' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Carl Cykel' })).toBeVisible();
  await expect(
    page
      .locator('section.card')
      .filter({ has: page.getByRole('heading', { name: 'Arbejdsområde' }) }),
  ).toContainText('I oktober 2026: Genbrugsbutik');
});

test('settings: rename an area, delete one only when unused, correct and delete dated figures', async ({
  page,
}) => {
  await seeded(page);
  // October closed: Anna's row in Have og park, Bo's in Montage.
  await page.goto('/#/maanedsafslutning');
  await page.getByRole('button', { name: 'Luk oktober 2026 …' }).click();
  await page
    .getByRole('region', { name: 'Kontrol før lukning' })
    .getByRole('button', { name: 'Luk måneden' })
    .click();
  await expect(page.getByTestId('month-status')).toContainText('Lukket');

  await page.goto('/#/indstillinger');
  const card = page
    .locator('section.card')
    .filter({ has: page.getByRole('heading', { name: 'Arbejdsområder' }) });
  const row = (name: string) => card.getByRole('row', { name: new RegExp(`^${name}`) });

  // Rename: a name in use is refused at "Navn"; a free one is saved.
  await row('Have og park').getByRole('button', { name: 'Omdøb' }).click();
  const rename = card.getByRole('form', { name: 'Omdøb Have og park' });
  await rename.getByLabel('Navn').fill('montage');
  await rename.getByRole('button', { name: 'Gem navn' }).click();
  await expect(rename.getByRole('alert').first()).toContainText(
    'Navn: der findes allerede et arbejdsområde med navnet Montage',
  );
  await axe(page, 'omdøb arbejdsområde');
  await rename.getByLabel('Navn').fill('Park og have');
  await rename.getByRole('button', { name: 'Gem navn' }).click();
  await expect(card.getByText('Have og park hedder nu Park og have.')).toBeVisible();
  await expect(row('Park og have')).toBeVisible();

  // Deleting an area in use: asked first, then refused, naming why.
  await row('Park og have').getByRole('button', { name: 'Slet Park og have' }).click();
  const ask = page.getByRole('dialog', { name: 'Slet arbejdsområdet Park og have?' });
  await ask.getByRole('button', { name: 'Slet arbejdsområde' }).click();
  await expect(card.getByRole('alert')).toHaveText(
    'Park og have bruges af 1 borger og er brugt i oktober 2026, så det kan ikke slettes.',
  );
  await shot(page, 'arbejdsomraader-slet-afvist');

  // A figure the closed October was paid with cannot be deleted: the refusal at that figure.
  await row('Park og have').getByRole('button', { name: 'Slet satsen fra januar 2026' }).click();
  await page
    .getByRole('dialog', { name: 'Slet satsen fra januar 2026?' })
    .getByRole('button', { name: 'Slet sats' })
    .click();
  const figures = card.getByRole('list', { name: 'Satser for Park og have' });
  await expect(figures.getByRole('listitem').first().getByRole('alert')).toContainText(
    'Satsen fra januar 2026 er ikke slettet: oktober 2026 er lukket og blev regnet med den.',
  );
  await expect(figures).toContainText('fra januar 2026: 150,00 kr.');
  await shot(page, 'arbejdsomraader-afvist');

  // A new area with two figures: one corrected, one deleted, then the unused area deleted.
  await card.getByLabel('Navn på arbejdsområde').fill('Genbrugsbutik');
  await card.getByRole('button', { name: 'Opret arbejdsområde' }).click();
  const form = page.getByRole('form', { name: 'Ny mindsteløn' });
  for (const [from, amount] of [
    ['2026-12', '162,50'],
    ['2027-01', '170'],
  ] as const) {
    await form.getByLabel('Område').selectOption({ label: 'Genbrugsbutik' });
    await form.getByLabel('Gælder fra måned').fill(from);
    await form.getByLabel('Laveste overenskomstmæssige timeløn').fill(amount);
    await form.getByRole('button', { name: 'Gem mindsteløn' }).click();
    await expect(form.getByText('Mindstelønnen er gemt.')).toBeVisible();
  }
  await row('Genbrugsbutik').getByRole('button', { name: 'Ret satsen fra december 2026' }).click();
  const correct = card.getByRole('form', {
    name: 'Ret satsen fra december 2026 for Genbrugsbutik',
  });
  await correct.getByLabel('Laveste overenskomstmæssige timeløn').fill('165');
  await correct.getByRole('button', { name: 'Gem sats' }).click();
  await expect(row('Genbrugsbutik')).toContainText('fra december 2026: 165,00 kr.');
  await row('Genbrugsbutik').getByRole('button', { name: 'Slet satsen fra januar 2027' }).click();
  await axe(page, 'slet sats (dialog)');
  await shot(page, 'arbejdsomraader-slet-dialog');
  await page
    .getByRole('dialog', { name: 'Slet satsen fra januar 2027?' })
    .getByRole('button', { name: 'Slet sats' })
    .click();
  await expect(
    card.getByText('Satsen for Genbrugsbutik fra januar 2027 er slettet.'),
  ).toBeVisible();
  await expect(row('Genbrugsbutik')).not.toContainText('fra januar 2027: 170,00 kr.');
  await axe(page, 'arbejdsområder efter rettelser');
  await shot(page, 'arbejdsomraader-ret-og-slet');

  await row('Genbrugsbutik').getByRole('button', { name: 'Slet Genbrugsbutik' }).click();
  await page
    .getByRole('dialog', { name: 'Slet arbejdsområdet Genbrugsbutik?' })
    .getByRole('button', { name: 'Slet arbejdsområde' })
    .click();
  await expect(card.getByText('Genbrugsbutik er slettet.')).toBeVisible();
  await expect(row('Genbrugsbutik')).toHaveCount(0);

  // The closed October keeps the name it was paid with; the working month uses the new one.
  await page.goto('/#/maanedsafslutning');
  await expect(page.getByTestId('month-table').getByTestId('area-park')).toContainText(
    'Have og park (1 borger)',
  );
  await page.goto('/#/borgere/c-anna');
  await expect(
    page
      .locator('section.card')
      .filter({ has: page.getByRole('heading', { name: 'Arbejdsområde' }) }),
  ).toContainText('I oktober 2026: Park og have');
});

test('a rename in another window meanwhile is not overwritten: the conflict dialog asks', async ({
  page,
  context,
}) => {
  await seeded(page);
  const other = await context.newPage();
  await other.goto('/#/indstillinger');
  await expect(other.getByText('Bruger: KB')).toBeVisible();
  await page.goto('/#/indstillinger');
  const cardOf = (p: Page) =>
    p.locator('section.card').filter({ has: p.getByRole('heading', { name: 'Arbejdsområder' }) });

  // This window opens "Omdøb"; the other renames the area first.
  await cardOf(page).getByRole('button', { name: 'Omdøb Montage' }).click();
  const mine = cardOf(page).getByRole('form', { name: 'Omdøb Montage' });
  await cardOf(other).getByRole('button', { name: 'Omdøb Montage' }).click();
  const theirs = cardOf(other).getByRole('form', { name: 'Omdøb Montage' });
  await theirs.getByLabel('Navn').fill('Montage og pak');
  await theirs.getByRole('button', { name: 'Gem navn' }).click();
  await expect(cardOf(other).getByText('Montage hedder nu Montage og pak.')).toBeVisible();

  await mine.getByLabel('Navn').fill('Samling');
  await mine.getByRole('button', { name: 'Gem navn' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ændret i et andet vindue' });
  await expect(dialog.getByRole('row', { name: /Navn/ })).toContainText('Samling');
  await expect(dialog.getByRole('row', { name: /Navn/ })).toContainText('Montage og pak');
  await axe(page, 'omdøb: samtidige ændringer');
  await dialog.getByRole('button', { name: 'Behold mine' }).click();
  await expect(cardOf(page).getByText('Montage og pak hedder nu Samling.')).toBeVisible();
  await other.reload();
  await expect(cardOf(other).getByRole('row', { name: /^Samling/ })).toBeVisible();
});
