// The Danish application menu. Built as plain data so its labels and actions are testable.
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  openBackupFolder(): void;
  backupNow(): void;
  about(): void;
}

export function buildMenuTemplate(
  actions: MenuActions,
  { isMac, isDev }: { isMac: boolean; isDev: boolean },
): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: 'Filer',
    submenu: [
      { label: 'Tag backup nu', click: () => actions.backupNow() },
      { label: 'Åbn backup-mappe', click: () => actions.openBackupFolder() },
      { type: 'separator' },
      isMac
        ? { role: 'close', label: 'Luk vindue' }
        : { role: 'quit', label: 'Afslut', accelerator: 'Ctrl+Q' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Rediger',
    submenu: [
      { role: 'undo', label: 'Fortryd' },
      { role: 'redo', label: 'Annuller fortryd' },
      { type: 'separator' },
      { role: 'cut', label: 'Klip' },
      { role: 'copy', label: 'Kopiér' },
      { role: 'paste', label: 'Sæt ind' },
      { role: 'selectAll', label: 'Markér alt' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'Vis',
    submenu: [
      { role: 'reload', label: 'Genindlæs' },
      ...(isDev ? [{ role: 'toggleDevTools', label: 'Udviklerværktøjer' } as const] : []),
      { type: 'separator' },
      { role: 'resetZoom', label: 'Normal størrelse' },
      { role: 'zoomIn', label: 'Zoom ind' },
      { role: 'zoomOut', label: 'Zoom ud' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: 'Fuld skærm' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: 'Hjælp',
    submenu: [{ label: 'Om Jobbasen Løn', click: () => actions.about() }],
  };
  const macApp: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Jobbasen Løn',
          submenu: [
            { label: 'Om Jobbasen Løn', click: () => actions.about() },
            { type: 'separator' },
            { role: 'hide', label: 'Skjul Jobbasen Løn' },
            { role: 'quit', label: 'Afslut Jobbasen Løn' },
          ],
        },
      ]
    : [];
  return [...macApp, file, edit, view, help];
}
