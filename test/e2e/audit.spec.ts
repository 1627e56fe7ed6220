// Who did what (issue 11, finding 12; docs/rules.md §13), as a workshop leader meets it: showing a
// CPR number, exporting the payroll file and downloading a backup are logged; the log says whether
// its hash chain is intact, and "brudt" once an entry is changed in IndexedDB; a restore keeps the
// log that was there; in the desktop app the account acts and cannot be switched.
import { expect, test, type Page } from '@playwright/test';
import { downloadPlainBackup, go, openAs, putRaw, rawCitizen, shot } from './support';

test.use({ viewport: { width: 1366, height: 768 } });

const anna = rawCitizen('c-1', 'Anna Andersen', '1001');

/** Every stored row of `store`, oldest key first, read straight from IndexedDB. */
async function readRaw(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(async (store) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('jobbasen-lon');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const rows = await new Promise<Record<string, unknown>[]>((ok, fail) => {
      const r = db.transaction(store).objectStore(store).getAll();
      r.onsuccess = () => ok(r.result as Record<string, unknown>[]);
      r.onerror = () => fail(r.error);
    });
    db.close();
    return rows;
  }, store);
}

async function start(page: Page) {
  await page.clock.install({ time: new Date('2026-11-24T10:00:00') });
  await openAs(page);
  await putRaw(page, 'citizens', [anna]);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function revealCpr(page: Page) {
  await go(page, 'Borgere');
  await page.getByRole('link', { name: 'Anna Andersen' }).click();
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  await expect(page.getByTestId('cpr')).toHaveText('050580-1234');
}

/** The desktop shell's bridge as the preload gives it (shared/ipc/api.ts), naming `account`. */
async function asDesktop(page: Page, account: string) {
  await page.addInitScript((username) => {
    (window as unknown as { api: object }).api = {
      osUser: async () => ({ username }),
      appVersion: async () => '0.1.0',
      saveFile: async (r: { suggestedName: string }) => ({
        saved: true,
        path: `/x/${r.suggestedName}`,
      }),
      savePdf: async () => ({ saved: false }),
      beginFile: async () => 'a'.repeat(32),
      appendFile: async () => undefined,
      finishFile: async () => ({ path: '/x/b.json' }),
      abortFile: async () => undefined,
      getBackupStatus: async () => ({ lastWrittenAt: null, failure: null }),
      onBackupStatus: () => () => undefined,
      listBackups: async () => [],
      keepBackupKey: async () => ({ kept: false }),
      loadBackupKey: async () => null,
      openBackupFolder: async () => undefined,
      onBackupRequested: () => () => undefined,
    };
  }, account);
}

const logOf = (page: Page) => page.getByRole('region', { name: 'Ændringslog' });

test('finding 12: showing a CPR number, an export and a backup download are logged', async ({
  page,
}) => {
  await start(page);
  await expect(page.getByText(/Browsertilstand: initialerne er selvangivne/)).toBeVisible();
  await revealCpr(page);

  await go(page, 'Månedsafslutning');
  const csv = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Eksportér Excel/ }).click();
  const exported = (await csv).suggestedFilename();

  await go(page, 'Indstillinger');
  await downloadPlainBackup(page);

  const log = logOf(page);
  await expect(log.getByText(/· KB · CPR-nummer vist for Anna Andersen$/)).toBeVisible();
  await expect(
    log.getByText(`Lønfil for oktober 2026 eksporteret i formatet Excel (da-DK) (${exported})`, {
      exact: false,
    }),
  ).toBeVisible();
  await expect(
    log.getByText(/Sikkerhedskopi hentet, ukrypteret \(jobbasen-sikkerhedskopi-2026-11-24[^)]*\)$/),
  ).toBeVisible();
  await expect(
    log.getByText('Logbogen er intakt: 3 poster, hver kædet til den forrige.'),
  ).toBeVisible();
  await shot(page, 'audit-logbog-intakt');
});

test('finding 12: showing a stored CPR number in the edit form is logged too', async ({ page }) => {
  await start(page);
  await go(page, 'Borgere');
  await page.getByRole('link', { name: 'Anna Andersen' }).click();
  await page.getByRole('link', { name: 'Ret oplysninger' }).click();
  await page.getByRole('button', { name: 'Vis CPR-nummer' }).click();
  await expect(page.getByLabel('CPR-nummer')).toHaveAttribute('type', 'text');
  await go(page, 'Indstillinger');
  await expect(logOf(page).getByText(/· KB · CPR-nummer vist for Anna Andersen$/)).toBeVisible();
});

test('finding 12: an entry changed in IndexedDB shows the log as broken, naming it', async ({
  page,
}) => {
  await start(page);
  await revealCpr(page);
  await revealCpr(page);
  const [first] = await readRaw(page, 'auditLog');
  await putRaw(page, 'auditLog', [{ ...first, by: 'XX' }]);
  await page.reload();
  await go(page, 'Indstillinger');
  await expect(
    logOf(page).getByText(/^Logbogen er brudt ved post nr\. 1 \(.* · XX · CPR-nummer vist/),
  ).toBeVisible();
  await shot(page, 'audit-logbog-brudt');
});

test('finding 12: a restore keeps the log that was there and adds to it', async ({ page }) => {
  await start(page);
  await go(page, 'Indstillinger');
  const file = await downloadPlainBackup(page);

  // After the backup: a CPR number shown. The file does not hold that entry.
  await revealCpr(page);
  await go(page, 'Indstillinger');
  await page.getByLabel('Gendan fra fil …').setInputFiles(file);
  await page
    .getByRole('dialog', { name: 'Gendan sikkerhedskopien?' })
    .getByRole('button', { name: 'Gendan' })
    .click();
  await expect(page.getByText(/Logbogen her er bevaret\./)).toBeVisible();
  const log = logOf(page);
  await expect(
    log.getByText(
      /Data gendannet fra en sikkerhedskopi fra 24\.11\.2026; logbogen her er bevaret \(filens poster var her allerede\)/,
    ),
  ).toBeVisible();
  await expect(log.getByText(/CPR-nummer vist for Anna Andersen/)).toBeVisible();
  await expect(log.getByText(/Sikkerhedskopi hentet/)).toBeVisible();
  await expect(log.getByText(/^Logbogen er intakt: 3 poster/)).toBeVisible();
  const rows = await readRaw(page, 'auditLog');
  expect(rows.at(-1)).toMatchObject({
    action: 'restore',
    before: { trail: { count: 2, head: { hash: rows[1]!.hash } } },
  });
  await shot(page, 'audit-gendannet');
});

test('finding 12: in the desktop app the account acts, with its initials, not switchable', async ({
  page,
}) => {
  await asDesktop(page, 'jens.hansen');
  await page.clock.install({ time: new Date('2026-11-24T10:00:00') });
  await page.goto('/');
  await expect(page.getByText('Bruger: JH')).toBeVisible();
  await expect(page.getByText("Konto på pc'en: jens.hansen")).toBeVisible();
  await expect(page.getByRole('button', { name: 'Skift' })).toHaveCount(0);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText(/Browsertilstand/)).toHaveCount(0);
  await putRaw(page, 'citizens', [anna]);
  await page.reload();
  await revealCpr(page);
  await go(page, 'Indstillinger');
  await expect(
    logOf(page).getByText(/· JH \(jens\.hansen\) · CPR-nummer vist for Anna Andersen$/),
  ).toBeVisible();
  await shot(page, 'audit-skrivebord-konto');
});

test('finding 12: an account whose name gives no initials gives them once, for good', async ({
  page,
}) => {
  await asDesktop(page, 'u1');
  await page.goto('/');
  const ask = page.getByRole('dialog', { name: 'Hvem arbejder her?' });
  await expect(ask).toContainText('Skriv initialer for kontoen u1');
  await expect(ask.getByRole('button', { name: 'Annuller' })).toHaveCount(0);
  await page.keyboard.type('KB');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Bruger: KB')).toBeVisible();
  await expect(page.getByText("Konto på pc'en: u1")).toBeVisible();
  await expect(page.getByRole('button', { name: 'Skift' })).toHaveCount(0);
});
