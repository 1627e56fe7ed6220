// Export templates in Settings (issue 13, build item 3; docs/rules.md §9): the payroll office
// starts from a preset, sees the selected month's file live as text and as a table, gets every
// problem named per citizen and field before export (a character Windows-1252 cannot hold, a
// missing identifier column), saves the template, and the month close exports with it in its
// own bytes. axe has no findings on the editor.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { STAMP, go, openAs, putRaw, rawCitizen, shot } from './support';

test.use({ viewport: { width: 1366, height: 900 } });

const decision = (id: string, citizenId: string, hourlyWage: number) => ({
  id,
  citizenId,
  effectiveFrom: '2026-01-01',
  hourlyWage,
  justification: 'Individuel vurdering',
  assessorInitials: 'KB',
  createdAt: STAMP,
  updatedAt: STAMP,
});
const day = (citizenId: string, date: string, hours: number) => ({
  citizenId,
  date,
  hours,
  updatedAt: STAMP,
});
const taxCard = { withholdingRatePercent: 38, monthlyAllowance: 0 };

async function seed(page: Page) {
  await putRaw(page, 'citizens', [
    rawCitizen('c-anna', 'Anna Ærø', '1001', { offer: 'SEL103', taxCard }),
    rawCitizen('c-zoltan', 'Zoltán Őrsi', '1002', { offer: 'SEL103', taxCard }),
  ]);
  await putRaw(page, 'wageDecisions', [
    decision('w-anna', 'c-anna', 20),
    decision('w-zoltan', 'c-zoltan', 18),
  ]);
  await putRaw(page, 'attendance', [
    day('c-anna', '2026-10-01', 6),
    day('c-zoltan', '2026-10-02', 5),
  ]);
}

test('a template is set up with a live preview, its problems named, saved and exported', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-11-24T10:00:00') });
  await openAs(page);
  await seed(page);
  await go(page, 'Indstillinger');
  await page.getByRole('button', { name: 'Åbn skabeloneditoren' }).click();
  const card = page.getByRole('region', { name: 'Skabeloneditor' });

  await card.getByLabel('Start fra skabelon').selectOption({ label: 'Visma Løn' });
  await card.getByRole('button', { name: 'Åbn skabelonen' }).click();
  await expect(card.getByLabel('Skabelonens navn')).toHaveValue('visma-egen');
  const text = card.getByLabel('Lønfilen som tekst');
  await expect(text).toContainText('Medarbejdernummer;Lønart;Antal;Sats;Beløb;Fra dato;Til dato');
  await expect(text).toContainText('1001;1100;6.00;20.00;120.00;2026-10-01;2026-10-31');
  const table = card.getByRole('region', { name: 'Lønfilen som tabel' });
  await expect(table.getByRole('columnheader', { name: 'Medarbejdernummer' })).toBeVisible();
  await expect(table.getByRole('cell', { name: '120.00' })).toBeVisible();
  await expect(card.getByText('Ingen problemer')).toBeVisible();

  // A name column: Windows-1252 cannot hold "Ő", named per citizen and field before export.
  await card.getByLabel('Ny kolonne').selectOption({ label: 'Navn' });
  await card.getByRole('button', { name: 'Tilføj kolonne' }).click();
  const problems = card.getByRole('list', { name: 'Problemer i lønfilen' });
  await expect(problems).toContainText(
    'Zoltán Őrsi (1002): Navn: tegnet "Ő" kan ikke skrives i Windows-1252',
  );
  await shot(page, 'export-template-editor');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // CPR as identifier needs a CPR column: said at the field, and nothing can be saved.
  await card.getByLabel('Person identificeres ved').selectOption({ label: 'CPR-nummer' });
  await expect(card.getByText('Kolonner: mangler kolonnen for CPR-nummer')).toBeVisible();
  await expect(card.getByRole('button', { name: 'Gem skabelon' })).toBeDisabled();
  await card.getByLabel('Person identificeres ved').selectOption({ label: 'Lønnummer' });

  await card.getByRole('button', { name: 'Fjern Navn' }).click();
  await expect(card.getByText('Ingen problemer')).toBeVisible();
  await card.getByLabel('Skabelonens navn').fill('holbaek-visma');
  await card.getByLabel('Visningsnavn').fill('Holbæk Visma');
  await card.getByLabel('Skabelonen gælder fra måned').fill('2026-10');
  await card.getByRole('button', { name: 'Gem skabelon' }).click();
  await expect(
    card.getByText('Skabelonen "Holbæk Visma" er gemt og gælder fra oktober 2026.'),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Gemte lønfilskabeloner' })).toContainText(
    'holbaek-visma',
  );

  // The month close exports with it, in Windows-1252 ("ø" of "Lønart" is the byte 0xF8).
  await go(page, 'Månedsafslutning');
  await page.getByLabel('Anden lønfilskabelon').selectOption({ label: 'Holbæk Visma' });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksportér med skabelonen' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('visma-loen-2026-10-1.csv');
  const bytes = readFileSync((await file.path())!);
  expect(bytes.subarray(0, 30).toString('latin1')).toBe('Medarbejdernummer;Lønart;Antal');
  expect(bytes.indexOf(0xf8)).toBe(19);
});
