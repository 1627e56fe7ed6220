// Letters and statements people can read (issue 12, Build items 2–6; docs/rules.md §12): each
// document prints to a clean A4 PDF (page.pdf read back: size, page count, text, no app chrome),
// is looked at as a print-media screenshot, and has 0 axe violations on its screen.
import AxeBuilder from '@axe-core/playwright';
import { writeFileSync, mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SHOTS, STAMP, go, openAs, putRaw, rawCitizen, rawGrant, shot } from './support';
import { flat, hasText, isA4, readPdf } from './pdf';

test.use({ viewport: { width: 1280, height: 900 } });

async function axe(page: Page, name: string) {
  await expect(page.locator('.loading')).toHaveCount(0);
  const result = await new AxeBuilder({ page }).analyze();
  const found = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(found, `axe on ${name}`).toEqual([]);
}

/** The page as the printer gets it: a print-media screenshot to look at, and the PDF read back. */
async function printed(page: Page, name: string) {
  await page.emulateMedia({ media: 'print' });
  await shot(page, `${name}-print`);
  await expect(page.locator('.sidebar')).toBeHidden();
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
  return { pages, all };
}

const ANNA = rawCitizen('c-anna', 'Anna Andersen', '1001', {
  offer: 'SEL103',
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

async function seed(page: Page) {
  await putRaw(page, 'citizens', [ANNA]);
  await putRaw(page, 'grants', [rawGrant('g-anna', 'c-anna')]);
  await putRaw(page, 'wageDecisions', [DECISION]);
}

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
  await axe(page, 'afgoerelsesbrev');
  await shot(page, 'docs-02-afgoerelsesbrev');

  const { pages, all } = await printed(page, 'docs-02-afgoerelsesbrev');
  expect(pages.length).toBeLessThanOrEqual(2);
  expect(pages[0]!.text.split('\n')[0]).toBe('Jobbasen');
  for (const text of [
    'Holbæk Kommune',
    'Anna Andersen',
    'CPR-nr. 010190-****',
    'Afgørelse om timeløn i beskyttet beskæftigelse',
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
