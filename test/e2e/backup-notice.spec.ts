// Issue 11, build item 6 (docs/rules.md §11): a failed automatic backup is shown to the person,
// on every screen, until a backup succeeds. Automatic backups exist only in the desktop app, so
// the page gets the shell's bridge (shared/ipc/api.ts) as a stub that reports a failure.
import { expect, test } from '@playwright/test';
import { go, shot } from './support';

test('a failed automatic backup is shown until one succeeds', async ({ page }) => {
  await page.addInitScript(() => {
    type Status = { lastWrittenAt: string | null; failure: { at: string; message: string } | null };
    const w = window as unknown as { api: object; setBackupStatus?: (s: Status) => void };
    const listeners: ((s: Status) => void)[] = [];
    w.setBackupStatus = (s) => listeners.forEach((l) => l(s));
    w.api = {
      osUser: async () => ({ username: 'jens.hansen' }),
      appVersion: async () => '0.1.0',
      saveFile: async () => ({ saved: false }),
      savePdf: async () => ({ saved: false }),
      beginFile: async () => null,
      appendFile: async () => undefined,
      finishFile: async () => ({ path: '' }),
      abortFile: async () => undefined,
      listBackups: async () => [],
      keepBackupKey: async () => ({ kept: false }),
      loadBackupKey: async () => null,
      openBackupFolder: async () => undefined,
      onBackupRequested: () => () => undefined,
      getBackupStatus: async (): Promise<Status> => ({
        lastWrittenAt: '2026-11-23T15:30:00.000Z',
        failure: {
          at: '2026-11-24T09:00:00.000Z',
          message: 'Sikkerhedskopien kunne ikke skrives: ENOSPC: no space left on device.',
        },
      }),
      onBackupStatus: (callback: (s: Status) => void) => {
        listeners.push(callback);
        return () => undefined;
      },
    };
  });
  await page.goto('/');
  const notice = page.getByRole('alert').filter({ hasText: 'automatiske sikkerhedskopi' });
  await expect(notice).toContainText(/mislykkedes 24\.11\.2026 kl\. \d\d\.00/);
  await expect(notice).toContainText('no space left on device');
  await expect(notice).toContainText(/Den seneste sikkerhedskopi er fra 23\.11\.2026/);
  await shot(page, 'backup-fejlede');
  // Still there on another screen.
  await go(page, 'Borgere');
  await expect(notice).toBeVisible();
  // A backup succeeds: the notice goes away.
  await page.evaluate(() =>
    (window as unknown as { setBackupStatus: (s: object) => void }).setBackupStatus({
      lastWrittenAt: '2026-11-24T09:30:00.000Z',
      failure: null,
    }),
  );
  await expect(notice).toHaveCount(0);
});
