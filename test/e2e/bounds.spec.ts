// Issue 11, finding 1 and Build item 1: numbers beyond the bounds of docs/rules.md §5 are refused
// naming the field, and whatever the database holds, no screen goes blank: each screen has an
// error boundary with a Danish message and a way back, and backup/restore stays reachable.
import { writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { go, openAs, putRaw, rawCitizen, shot, STAMP } from './support';
import { serializeBackup } from '../../shared/backup/format';
import { octoberBackupData } from '../fixtures/backups';
import { defaultSettingsVersion } from '../../shared/records/settings-version';

test.use({ viewport: { width: 1366, height: 768 } });

/** No axe violation on the screen as shown. */
async function accessible(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

async function open(page: Page) {
  await page.clock.install({ time: new Date('2026-11-24T10:00:00') });
  await openAs(page, '2026-10');
}

/** Writes `stores` straight into IndexedDB and opens `hash` afresh. */
async function seed(page: Page, stores: Record<string, object[]>, hash: string) {
  for (const [store, records] of Object.entries(stores)) await putRaw(page, store, records);
  await page.goto(`/${hash}`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** A settings version from October 2026 whose km rate no schema would accept today. */
const hugeKmRate = () => ({
  ...defaultSettingsVersion(),
  id: 'v-huge',
  validFrom: '2026-10',
  settings: { ...defaultSettingsVersion().settings, kmRate: 100000000000000 },
  createdAt: STAMP,
  createdBy: 'KB',
});

const carCitizen = (extra: object = {}) =>
  rawCitizen('c-1', 'Anna Andersen', '1001', {
    offer: 'SEL103',
    taxCard: { withholdingRatePercent: 38, monthlyAllowance: 0 },
    transport: { mode: 'car', oneWayKm: 14 },
    ...extra,
  });

const decision = {
  id: 'w-1',
  citizenId: 'c-1',
  effectiveFrom: '2026-01-01',
  hourlyWage: 20,
  justification: 'Aftalt ved opfølgning',
  assessorInitials: 'KB',
  createdAt: STAMP,
  updatedAt: STAMP,
};
const day = { citizenId: 'c-1', date: '2026-10-05', hours: 6, updatedAt: STAMP };

test('finding 1: a km rate of 100000000000000 in a new settings version is refused', async ({
  page,
}) => {
  await open(page);
  await go(page, 'Indstillinger');
  await page.getByRole('button', { name: 'Ny version …' }).click();
  await page.getByLabel('Kilometersats').fill('100000000000000');
  await page.getByRole('button', { name: 'Gem version' }).click();
  await expect(page.getByText(/Kilometersats: må højst være 100/).first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Indstillinger' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '100.000.000.000.000' })).toHaveCount(0);
  await expect(page.getByLabel('Gendan fra fil …')).toBeAttached();
});

test('finding 1: a 16-digit Månedsfradrag is refused and the app stays', async ({ page }) => {
  await open(page);
  await go(page, 'Borgere');
  await page.getByRole('link', { name: 'Opret borger' }).click();
  await page.getByLabel('Navn', { exact: true }).fill('Anna Andersen');
  await page.getByLabel('Lønnummer').fill('1001');
  await page.getByLabel('CPR-nummer').fill('010190-1234');
  await page.getByLabel('Tilbud').selectOption('SEL103');
  await page.getByLabel('Startdato').fill('01.01.2026');
  await page.getByLabel('Trækprocent').fill('38');
  await page.getByLabel('Månedsfradrag').fill('1234567890123456');
  await page.getByRole('button', { name: 'Opret borger' }).click();
  await expect(page.getByText(/Månedsfradrag: må højst være 10\.000\.000/).first()).toBeVisible();
  await expect(page.getByText('Der er en fejl i formularen. Intet er gemt.')).toBeVisible();
  await page.getByRole('button', { name: 'Annuller' }).click();
  await page.getByRole('button', { name: 'Forlad siden' }).click();
  await go(page, 'Oversigt');
  await expect(page.getByRole('heading', { level: 1, name: 'Oversigt' })).toBeVisible();
});

test('finding 1: a backup holding such a value is refused, naming the field', async ({
  page,
}, info) => {
  await open(page);
  const data = octoberBackupData();
  data.settingsVersions[0]!.settings.kmRate = 100000000000000;
  const file = info.outputPath('stor-kmsats.json');
  writeFileSync(file, serializeBackup(data, { createdAt: STAMP, appVersion: '0.1.0' }));
  await go(page, 'Sikkerhedskopi');
  await page.getByLabel('Gendan fra fil …').setInputFiles(file);
  await expect(page.getByText(/kmRate|Kilometersats/).first()).toBeVisible();
  await expect(page.getByText(/må højst være 100/).first()).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Gendan sikkerhedskopien?' })).toHaveCount(0);
  await go(page, 'Oversigt');
  await expect(page.getByRole('heading', { level: 1, name: 'Oversigt' })).toBeVisible();
});

test('Build 1: stored values beyond the bounds blank no screen; backup stays reachable', async ({
  page,
}) => {
  await open(page);
  await seed(
    page,
    {
      citizens: [carCitizen({ taxCard: { withholdingRatePercent: 38, monthlyAllowance: 1e15 } })],
      wageDecisions: [decision],
      attendance: [day],
      settingsVersions: [hugeKmRate()],
    },
    '#/oversigt',
  );
  // Failed before: the settings page was blank ("100000000000000 er for stort").
  for (const menu of ['Oversigt', 'Borgere', 'Fremmøde', 'Månedsafslutning', 'Indstillinger']) {
    await go(page, menu);
    await expect(page.getByRole('heading', { level: 1, name: menu })).toBeVisible();
  }
  await expect(page.getByRole('cell', { name: '100.000.000.000.000,00' })).toBeVisible();
  await expect(page.getByLabel('Gendan fra fil …')).toBeAttached();
  await shot(page, 'bounds-indstillinger');
});

test('Build 1: a screen that cannot be shown says so in Danish, with a way back', async ({
  page,
}) => {
  await open(page);
  // A stored citizen without a start date: the month-close screen cannot read its data.
  const { startDate: _none, ...broken } = rawCitizen('c-9', 'Beskadiget', '9999');
  await seed(page, { citizens: [broken] }, '#/maanedsafslutning');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Siden kunne ikke vises' })).toBeVisible(
    { timeout: 10_000 },
  );
  await expect(main.getByRole('alert')).toContainText('Intet gemt er ændret.');
  await expect(main.getByRole('link', { name: 'Gå til oversigten' })).toBeVisible();
  await accessible(page);
  await shot(page, 'bounds-fejlside');
  await main.getByRole('link', { name: 'Sikkerhedskopi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sikkerhedskopi' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hent sikkerhedskopi' })).toBeVisible();
  await expect(page.getByLabel('Gendan fra fil …')).toBeAttached();
  await accessible(page);
  await shot(page, 'bounds-sikkerhedskopi');
  await go(page, 'Månedsafslutning');
  await main.getByRole('link', { name: 'Gå til oversigten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oversigt' })).toBeVisible();
});
