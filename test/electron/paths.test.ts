import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDir, chooseUserDataDir, testSaveDir } from '../../electron/main/paths';

const appData = join('/', 'home', 'ane', '.config');
const absolute = join('/', 'tmp', 'jobbasen-test');

describe('chooseUserDataDir', () => {
  it('is a fixed folder under appData, independent of package name and version', () => {
    expect(chooseUserDataDir({ appData, isPackaged: true, env: {} })).toBe(
      join(appData, 'Jobbasen Løn'),
    );
    expect(chooseUserDataDir({ appData, isPackaged: false, env: {} })).toBe(
      join(appData, 'Jobbasen Løn'),
    );
  });

  it('honours JOBBASEN_USER_DATA_DIR in development and tests only', () => {
    const env = { JOBBASEN_USER_DATA_DIR: absolute };
    expect(chooseUserDataDir({ appData, isPackaged: false, env })).toBe(absolute);
    expect(chooseUserDataDir({ appData, isPackaged: true, env })).toBe(
      join(appData, 'Jobbasen Løn'),
    );
  });

  it('ignores a relative or empty override', () => {
    for (const value of ['relative/dir', '', '.']) {
      expect(
        chooseUserDataDir({ appData, isPackaged: false, env: { JOBBASEN_USER_DATA_DIR: value } }),
      ).toBe(join(appData, 'Jobbasen Løn'));
    }
  });

  it('keeps backups in userData/backups, beside (not inside) the Chromium profile data', () => {
    expect(backupDir(join(appData, 'Jobbasen Løn'))).toBe(join(appData, 'Jobbasen Løn', 'backups'));
  });
});

describe('testSaveDir', () => {
  it('only applies to unpackaged builds with an absolute folder', () => {
    expect(testSaveDir(false, { JOBBASEN_SAVE_DIR: absolute })).toBe(absolute);
    expect(testSaveDir(true, { JOBBASEN_SAVE_DIR: absolute })).toBeNull();
    expect(testSaveDir(false, { JOBBASEN_SAVE_DIR: 'rel' })).toBeNull();
    expect(testSaveDir(false, {})).toBeNull();
  });
});
