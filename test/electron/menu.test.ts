import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../electron/main/menu';

const actions = () => ({ openBackupFolder: vi.fn(), backupNow: vi.fn(), about: vi.fn() });
const items = (m: MenuItemConstructorOptions) => m.submenu as MenuItemConstructorOptions[];
const click = (item: MenuItemConstructorOptions | undefined) =>
  (item?.click as (() => void) | undefined)?.();

describe('application menu', () => {
  it('has the Danish top-level menus in order', () => {
    const menu = buildMenuTemplate(actions(), { isMac: false, isDev: false });
    expect(menu.map((m) => m.label)).toEqual(['Filer', 'Rediger', 'Vis', 'Hjælp']);
  });

  it('wires "Åbn backup-mappe", "Tag backup nu" and "Om Jobbasen Løn"', () => {
    const a = actions();
    const [file, , , help] = buildMenuTemplate(a, { isMac: false, isDev: false });
    click(items(file!).find((i) => i.label === 'Åbn backup-mappe'));
    click(items(file!).find((i) => i.label === 'Tag backup nu'));
    click(items(help!).find((i) => i.label === 'Om Jobbasen Løn'));
    expect(a.openBackupFolder).toHaveBeenCalledOnce();
    expect(a.backupNow).toHaveBeenCalledOnce();
    expect(a.about).toHaveBeenCalledOnce();
  });

  it('offers developer tools only in development', () => {
    const roles = (isDev: boolean) =>
      items(buildMenuTemplate(actions(), { isMac: false, isDev })[2]!).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('labels every item in Danish (no English role defaults)', () => {
    const menu = buildMenuTemplate(actions(), { isMac: true, isDev: true });
    for (const top of menu) {
      for (const item of items(top)) if (item.type !== 'separator') expect(item.label).toBeTruthy();
    }
  });
});
