// Letters and statements people can read (issue 12, Build items 2–6; docs/rules.md §12): each
// document prints to a clean A4 PDF (page.pdf read back: size, page count, text, no app chrome),
// is looked at as a print-media screenshot, and has 0 axe violations on its screen.
import { writeFileSync, mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axe, go, openAs, putRaw, rawCitizen, rawGrant, shot, SHOTS, STAMP } from './support';
import { flat, hasText, isA4, readPdf } from './pdf';
import { canRasterise, coverage, inkInMargin, rasterise } from './raster';
import { formatKr } from '../../shared/danish/number';
import { computeMonth } from '../../shared/month';
import type { Attendance, Citizen, WageDecision } from '../../shared/records';

test.use({ viewport: { width: 1280, height: 900 } });

/** The page as the printer gets it: a print-media screenshot to look at, and the PDF read back. */
async function printed(page: Page, name: string) {
  await page.emulateMedia({ media: 'print' });
  await shot(page, `${name}-print`);
  await expect(page.locator('.sidebar')).toBeHidden();
  // Nor the menu's dark column, drawn as the layout's background (issue 12: "dark sidebar").
  expect(await page.locator('.layout').evaluate((e) => getComputedStyle(e).backgroundImage)).toBe(
    'none',
  );
  // Back to no emulation: page.pdf() prints with print media unless screen is forced.
  await page.emulateMedia({ media: null });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(`${SHOTS}/${name}.pdf`, pdf);
  const pages = readPdf(pdf);
  for (const p of pages) expect(isA4(p), `${name}: A4`).toBe(true);
  // No app chrome on paper: neither the menu nor the screen's own heading and buttons.
  const all = flat(pages.map((p) => p.text).join('\n'));
  for (const chrome of ['Hovedmenu', 'Månedsafslutning', 'Indstillinger', 'Bruger: KB', 'Udskriv'])
    expect(hasText(all, chrome), `${name}: ${chrome} on paper`).toBe(false);
  lookAtPages(pdf, name, pages.length);
  return { pages, all };
}

/**
 * The pages as images (left as PNGs beside the PDF to look at): white margins all round (the
 * @page margins are 18–22 mm; nothing within 12 mm of an edge), ink on every page (no blank
 * page), and no dark block (the menu's dark column printed was issue 12's complaint; text is a
 * few per cent dark at most).
 */
function lookAtPages(pdf: Buffer, name: string, count: number) {
  if (!canRasterise()) {
    console.log(`${name}: siderne ses ikke som billeder her: pdftoppm (poppler-utils) mangler`);
    return;
  }
  const rasters = rasterise(pdf, 36, `${SHOTS}/${name}-side`);
  expect(rasters, `${name}: pages rendered`).toHaveLength(count);
  rasters.forEach((r, i) => {
    const at = `${name}, page ${i + 1}`;
    expect(inkInMargin(r, 12), `${at}: ink in the margins`).toBe(0);
    const { ink, dark } = coverage(r);
    expect(ink, `${at}: blank`).toBeGreaterThan(0.002);
    expect(dark, `${at}: a dark block`).toBeLessThan(0.08);
  });
}

/** Two work areas with different reference wages (docs/rules.md §6). */
const AREAS = [
  {
    id: 'a-have',
    name: 'Have og park',
    wages: [{ validFrom: '2026-01', minimumWageReference: 150 }],
  },
  {
    id: 'a-gen',
    name: 'Genbrugsbutik',
    wages: [{ validFrom: '2026-01', minimumWageReference: 170 }],
  },
].map((a) => ({ ...a, createdAt: STAMP, updatedAt: STAMP }));

const ANNA = rawCitizen('c-anna', 'Anna Andersen', '1001', {
  offer: 'SEL103',
  workAreas: [{ from: '2026-01', areaId: 'a-have' }],
  cpr: '0101901234',
  taxCard: { withholdingRatePercent: 38, monthlyAllowance: 0 },
  transport: { mode: 'car', oneWayKm: 14, ratePerKm: 2.23, paidBy: 'citizen' },
});
const DECISION = {
  id: 'd-anna',
  citizenId: 'c-anna',
  effectiveFrom: '2026-01-01',
  assessment: {
    scores: {
      attendanceStability: 4,
      flexibility: 3,
      productivity: 3,
      quality: 3,
      collegialInteraction: 4,
    },
    helpNeed: 'moderate',
  },
  assessorInitials: 'KBJ',
  createdAt: STAMP,
  updatedAt: STAMP,
};

const BO = rawCitizen('c-bo', 'Bo Berg', '1002', {
  workAreas: [{ from: '2026-01', areaId: 'a-gen' }],
  transport: { mode: 'special', oneWayKm: 20, dailyCost: 150 },
  municipalTransport: true,
});
/** Anna works 6 hours on October's weekdays up to the 23rd; Bo comes on Mondays and Tuesdays. */
const DAYS: Attendance[] = [
  ...[
    '01',
    '02',
    '05',
    '06',
    '07',
    '08',
    '09',
    '12',
    '13',
    '14',
    '15',
    '16',
    '19',
    '20',
    '21',
    '22',
    '23',
  ].map((d) => ({ citizenId: 'c-anna', date: `2026-10-${d}`, hours: 6, updatedAt: STAMP })),
  ...['05', '06', '12', '13'].map((d) => ({
    citizenId: 'c-bo',
    date: `2026-10-${d}`,
    hours: 5,
    updatedAt: STAMP,
  })),
  { citizenId: 'c-anna', date: '2026-10-26', hours: 0, absence: 'syg', updatedAt: STAMP },
];

async function seed(page: Page) {
  await putRaw(page, 'workAreas', AREAS);
  await putRaw(page, 'citizens', [ANNA, BO]);
  await putRaw(page, 'grants', [rawGrant('g-anna', 'c-anna'), rawGrant('g-bo', 'c-bo')]);
  await putRaw(page, 'wageDecisions', [DECISION]);
  await putRaw(page, 'attendance', DAYS);
  // A reload, so the app's Dexie connection does not answer from its cache.
  await page.reload();
  await expect(page.getByText('Bruger: KB')).toBeVisible();
}

/** October as the app computes it, from the same records (docs/rules.md §7). */
const OCTOBER = computeMonth({
  month: '2026-10',
  citizens: [ANNA, BO] as unknown as Citizen[],
  wageDecisions: [DECISION] as unknown as WageDecision[],
  attendance: DAYS,
  settingsVersions: [],
  workAreas: AREAS,
});

test('the decision letter is a letter: A4, no app around it, signed with name and title, every figure recomputable', async ({
  page,
}) => {
  await openAs(page);
  await seed(page);

  // Settings: the assessor's full name and title; the appeal text left to the marked default.
  await go(page, 'Indstillinger');
  const card = page.getByRole('region', { name: 'Brugere og klagevejledning' }).or(
    page.locator('section.card', {
      has: page.getByRole('heading', { name: 'Brugere og klagevejledning' }),
    }),
  );
  await card.getByRole('button', { name: 'Tilføj bruger' }).click();
  const user = card.getByRole('group', { name: 'Bruger 1' });
  await user.getByLabel('Initialer').fill('kbj');
  await user.getByLabel('Fulde navn').fill('Karen Bach Jensen');
  await user.getByLabel('Stilling').fill('Værkstedsleder');
  await expect(card.getByText(/skal godkendes af kommunens jurist/)).toBeVisible();
  await card.getByRole('button', { name: 'Gem brugere og klagevejledning' }).click();
  await expect(card.getByText('Brugere og klagevejledning er gemt.')).toBeVisible();
  await axe(page, 'indstillinger-brugere');
  await shot(page, 'docs-01-indstillinger-brugere');

  await page.goto('/#/loenvurdering/brev/d-anna');
  const letter = page.getByRole('article', { name: 'Afgørelsesbrev' });
  await expect(letter.getByTestId('letter-wage')).toHaveText('25,50 kr.');
  await expect(letter).toContainText('CPR-nr. 010190-****');
  await expect(letter).toContainText('Karen Bach Jensen');
  // The area and its figure (docs/rules.md §§6, 12): the floor is 5 % of Have og park's wage.
  await expect(letter).toContainText('Arbejdsområde: Have og park');
  await axe(page, 'afgoerelsesbrev');
  await shot(page, 'docs-02-afgoerelsesbrev');

  const { pages, all } = await printed(page, 'docs-02-afgoerelsesbrev');
  expect(pages.length).toBeLessThanOrEqual(2);
  expect(pages[0]!.text.split('\n')[0]).toBe('Jobbasen');
  for (const text of [
    'Holbæk Kommune',
    'Anna Andersen',
    'CPR-nr. 010190-****',
    'Arbejdsområde: Have og park',
    'Afgørelse om timeløn i beskyttet beskæftigelse',
    '5 % af 150,00 kr. (den laveste overenskomstmæssige timeløn i arbejdsområdet Have og park) = 7,50 kr.',
    'Din timeløn er 25,50 kr. fra den 01.01.2026.',
    'Mødestabilitet 4 point – i meget høj grad',
    '7,50 kr. + (30,00 kr. − 7,50 kr.) × 19/24 = 25,3125 kr.',
    '25,3125 kr. afrundet til nærmeste 0,50 kr. = 25,50 kr.',
    'Klagevejledning',
    'skal godkendes af kommunens jurist',
    'Karen Bach Jensen Værkstedsleder',
  ])
    expect(hasText(all, text), `${text} in ${all}`).toBe(true);
  expect(hasText(all, 'Vurderet af KBJ')).toBe(false);
});

test("the citizen page's Udskrifter open her letter, statement and year summary", async ({
  page,
}) => {
  await openAs(page);
  await seed(page);
  await page.goto('/#/borgere/c-anna');
  const links = page.getByRole('list', { name: 'Udskrifter for Anna Andersen' });
  await expect(links.getByRole('link')).toHaveText([
    'Afgørelsesbrev',
    'Lønbesked for oktober 2026',
    'Årsoversigt 2026',
  ]);
  await axe(page, 'borgerside-udskrifter');
  await links.scrollIntoViewIfNeeded();
  await shot(page, 'docs-00-borgerside-udskrifter');

  await links.getByRole('link', { name: 'Afgørelsesbrev' }).click();
  await expect(page).toHaveURL(/#\/loenvurdering\/brev\/d-anna$/);
  await expect(page.getByRole('article', { name: 'Afgørelsesbrev' })).toContainText(
    'Anna Andersen',
  );

  await page.goBack();
  await links.getByRole('link', { name: 'Lønbesked for oktober 2026' }).click();
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(
    page.getByRole('article', { name: 'Din løn for oktober 2026: Anna Andersen' }),
  ).toBeVisible();

  await page.goBack();
  await links.getByRole('link', { name: 'Årsoversigt 2026' }).click();
  await expect(page.getByLabel('Borger')).toHaveValue('c-anna');
  await expect(page.getByLabel('År', { exact: true })).toHaveValue('2026');
  await expect(page.getByRole('heading', { name: /for Anna Andersen/ })).toBeVisible();

  // Bo (§ 104, no decision) gets no letter link.
  await page.goto('/#/borgere/c-bo');
  await expect(
    page.getByRole('list', { name: 'Udskrifter for Bo Berg' }).getByRole('link'),
  ).toHaveText(['Lønbesked for oktober 2026', 'Årsoversigt 2026']);
});

test("statements, year summary, month report and attendance sheet print to clean A4 pages with the month's figures", async ({
  page,
}) => {
  await openAs(page);
  await seed(page);
  const anna = OCTOBER.rows.find((r) => r.citizenId === 'c-anna')!.result;
  const bo = OCTOBER.rows.find((r) => r.citizenId === 'c-bo')!.result;

  await go(page, 'Udskrifter');
  await expect(
    page.getByRole('link', { name: 'Lønbesked for oktober 2026: Anna Andersen' }),
  ).toBeVisible();
  await axe(page, 'udskrifter');
  await shot(page, 'docs-03-udskrifter');

  // All statements of the month in one print job: one A4 page per citizen.
  await page.getByRole('link', { name: 'Lønbeskeder til alle borgere' }).click();
  await expect(
    page.getByRole('article', { name: 'Din løn for oktober 2026: Anna Andersen' }),
  ).toBeVisible();
  await axe(page, 'loenbeskeder');
  await shot(page, 'docs-04-loenbeskeder');
  const statements = await printed(page, 'docs-04-loenbeskeder');
  expect(statements.pages).toHaveLength(2);
  const [annaPage, boPage] = statements.pages.map((p) => p.text);
  for (const text of [
    'Din løn for oktober 2026',
    'Til Anna Andersen',
    `Du har arbejdet ${anna.days} dage.`,
    `Din timeløn er ${formatKr(anna.wageLines[0]!.hourlyWage)}`,
    `Din løn før skat er ${formatKr(anna.grossPay)}`,
    `Du betaler selv ${formatKr(anna.transport.citizenShare)} af kørslen.`,
    `Kommunen betaler ${formatKr(anna.transport.municipalShare)} af kørslen.`,
    `Vi regner med, at du får ${formatKr(anna.estimatedPayout)} udbetalt.`,
    'Det er lønsedlen fra lønkontoret, der gælder.',
  ])
    expect(hasText(annaPage!, text), `${text} in ${flat(annaPage!)}`).toBe(true);
  expect(hasText(boPage!, 'Til Bo Berg')).toBe(true);
  expect(
    hasText(boPage!, `Kommunen betaler ${formatKr(bo.transport.municipalShare)} af kørslen.`),
  ).toBe(true);

  // Year summary for one citizen.
  await go(page, 'Udskrifter');
  await page.getByRole('link', { name: 'Årsoversigt 2026: Anna Andersen' }).click();
  await expect(
    page.getByRole('article', { name: 'Årsoversigt 2026: Anna Andersen' }),
  ).toBeVisible();
  await axe(page, 'aarsoversigt');
  await shot(page, 'docs-05-aarsoversigt');
  const year = await printed(page, 'docs-05-aarsoversigt');
  expect(year.pages).toHaveLength(1);
  for (const text of [
    'Årsoversigt 2026 for Anna Andersen',
    'Oktober 2026',
    'I alt',
    formatKr(anna.grossPay),
  ])
    expect(hasText(year.all, text), text).toBe(true);

  // Month report: table per area and transport mode, 12-month chart and its table, CSV.
  await go(page, 'Udskrifter');
  await page.getByRole('link', { name: 'Månedsrapport' }).click();
  await expect(page.getByRole('img', { name: /Bruttoløn og kommunens kørsel/ })).toBeVisible();
  await axe(page, 'maanedsrapport');
  await shot(page, 'docs-06-maanedsrapport');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksportér CSV' }).click();
  const csv = await (
    await download
  )
    .path()
    .then((p) => import('node:fs').then((fs) => fs.readFileSync(p, 'utf8')));
  expect(csv.split('\r\n').at(-2)).toBe(
    `2026-10;I alt;;2;${String(OCTOBER.totals.hours).replace('.', ',')},00;${OCTOBER.totals.grossPay.toFixed(2).replace('.', ',')};${OCTOBER.totals.transportTotal.toFixed(2).replace('.', ',')};${OCTOBER.totals.citizenShare.toFixed(2).replace('.', ',')};${OCTOBER.totals.municipalShare.toFixed(2).replace('.', ',')}`,
  );
  const report = await printed(page, 'docs-06-maanedsrapport');
  // The export is in the audit log (docs/rules.md §13).
  await go(page, 'Indstillinger');
  await expect(
    page.getByText(
      'Månedsrapport for oktober 2026 eksporteret som CSV (maanedsrapport-2026-10.csv)',
    ),
  ).toBeVisible();
  expect(report.pages.length).toBeLessThanOrEqual(2);
  for (const text of [
    'Månedsrapport for oktober 2026',
    'Genbrugsbutik Særlig kørsel (flextur, taxa)',
    'Have og park Egen bil',
    'Egen bil',
    'Særlig kørsel',
    formatKr(OCTOBER.totals.grossPay),
    formatKr(OCTOBER.totals.municipalShare),
  ])
    expect(hasText(report.all, text), text).toBe(true);

  // Attendance sheet: citizens × days, planned days marked, a signature line; A4 landscape.
  await go(page, 'Udskrifter');
  await page.getByRole('link', { name: 'Fremmødeliste' }).click();
  // All areas in one print job, one page each; then one area alone.
  await expect(
    page.getByRole('article', { name: 'Fremmødeliste oktober 2026, Have og park' }),
  ).toBeVisible();
  await expect(
    page.getByRole('article', { name: 'Fremmødeliste oktober 2026, Genbrugsbutik' }),
  ).toBeVisible();
  await axe(page, 'fremmoedeliste');
  await shot(page, 'docs-07-fremmoedeliste');
  const sheets = await printed(page, 'docs-07-fremmoedeliste');
  expect(sheets.pages).toHaveLength(2);
  for (const p of sheets.pages) expect(p.width).toBeGreaterThan(p.height);
  expect(hasText(sheets.pages[0]!.text, 'Fremmødeliste oktober 2026 · Genbrugsbutik')).toBe(true);
  expect(hasText(sheets.pages[0]!.text, 'Bo Berg')).toBe(true);
  expect(hasText(sheets.pages[0]!.text, 'Anna Andersen')).toBe(false);
  await page.getByLabel('Arbejdsområde').selectOption({ label: 'Have og park' });
  await expect(page.getByRole('article')).toHaveCount(1);
  const sheet = await printed(page, 'docs-08-fremmoedeliste-have');
  expect(sheet.pages).toHaveLength(1);
  for (const text of ['Fremmødeliste oktober 2026 · Have og park', 'Anna Andersen', 'Underskrift'])
    expect(hasText(sheet.all, text), text).toBe(true);
  expect(hasText(sheet.all, 'Bo Berg')).toBe(false);
});
