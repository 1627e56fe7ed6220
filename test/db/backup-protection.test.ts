// The backup password kept per PC (docs/rules.md §11): what is stored derives and checks the key
// but is neither; it stays on the PC through a restore; and the password rule and its hint.
import { describe, expect, it } from 'vitest';
import { freshApi } from './helpers';
import { deriveBackupKey, newKdfParams } from '../../shared/backup/crypto';
import {
  kdfOf,
  makeKeyVerifier,
  newPasswordProblem,
  passwordHint,
  passwordStrength,
  protectionOf,
  verifierOf,
  verifyKey,
} from '../../shared/backup/protection';

describe('kept protection', () => {
  it('is stored on this PC, checks the password, and is neither in a backup nor replaced by a restore', async () => {
    const { api } = await freshApi();
    expect(await api.getBackupProtection()).toBeNull();
    const kdf = newKdfParams();
    const { key } = await deriveBackupKey('rigtig adgangskode', kdf);
    const protection = protectionOf(kdf, await makeKeyVerifier(key), '2026-11-24T10:00:00.000Z');
    await api.setBackupProtection(protection);
    const stored = (await api.getBackupProtection())!;
    expect(stored).toEqual(protection);
    expect(JSON.stringify(stored)).not.toContain('rigtig');
    const again = await deriveBackupKey('rigtig adgangskode', kdfOf(stored));
    expect(await verifyKey(again.key, verifierOf(stored))).toBe(true);
    const wrong = await deriveBackupKey('forkert adgangskode', kdfOf(stored));
    expect(await verifyKey(wrong.key, verifierOf(stored))).toBe(false);

    const backup = await api.exportBackup();
    expect(backup).not.toContain(stored.kdf.salt);
    const other = await freshApi();
    expect((await other.api.restoreBackup(backup)).ok).toBe(true);
    expect(await other.api.getBackupProtection()).toBeNull();
    expect((await api.restoreBackup(await other.api.exportBackup())).ok).toBe(true);
    expect(await api.getBackupProtection()).toEqual(protection);
  });

  it('refuses a record that would weaken the key (fewer iterations) with a Danish message', async () => {
    const { api } = await freshApi();
    const kdf = { ...newKdfParams(), iterations: 1000 };
    const { key } = await deriveBackupKey('x', { ...kdf, iterations: 600_000 });
    await expect(
      api.setBackupProtection(protectionOf(kdf, await makeKeyVerifier(key), 'nu')),
    ).rejects.toThrow(/Adgangskoden til sikkerhedskopier/);
    expect(await api.getBackupProtection()).toBeNull();
  });
});

describe('password rule and hint', () => {
  it('needs 10 characters, no edge spaces, and the same twice (NFC)', () => {
    expect(newPasswordProblem('kort', 'kort')).toEqual({
      field: 'password',
      message: 'skal have mindst 10 tegn',
    });
    expect(newPasswordProblem(' lang nok kode', ' lang nok kode')?.field).toBe('password');
    expect(newPasswordProblem('lang nok kode', 'lang nok kod')).toEqual({
      field: 'repeated',
      message: 'er ikke den samme som adgangskoden',
    });
    expect(newPasswordProblem('blåbærgrød!', 'bla\u030abærgrød!')).toBeNull();
  });

  it('hints from too short to strong', () => {
    expect(passwordStrength('kort')).toBe('for kort');
    expect(passwordStrength('aaaaaaaaaaaa')).toBe('svag');
    expect(passwordStrength('1234567890')).toBe('svag');
    expect(passwordStrength('hemmelighed')).toBe('svag');
    expect(passwordStrength('Hemmelighed1')).toBe('middel');
    expect(passwordStrength('Korrekt hest batteri hæfteklamme')).toBe('stærk');
    expect(passwordHint('kort')).toBe('For kort: mindst 10 tegn.');
    expect(passwordHint('Korrekt hest batteri hæfteklamme')).toBe('Stærk.');
  });
});
