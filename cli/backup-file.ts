// Reading a backup file for `payroll` (docs/rules.md §11): plain JSON as it is; a protected
// backup decrypted with the password from JOBBASEN_BACKUP_PASSWORD or typed at a prompt that
// does not echo — never from the command line, where other users and the shell's history see it.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import {
  BackupEnvelopeError,
  decryptChunks,
  deriveBackupKey,
  isEncryptedBackup,
} from '../shared/backup/crypto';

export const PASSWORD_ENV = 'JOBBASEN_BACKUP_PASSWORD';

export const PASSWORD_FLAG_REFUSED =
  'Adgangskoden må ikke stå på kommandolinjen: andre brugere på maskinen og skallens historik kan se den. Sæt miljøvariablen JOBBASEN_BACKUP_PASSWORD, eller skriv adgangskoden, når du bliver spurgt.';

/** Why a backup could not be read, in Danish. */
export class BackupReadError extends Error {
  override name = 'BackupReadError';
}

async function startOf(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const start = new Uint8Array(8);
    const { bytesRead } = await handle.read(start, 0, 8, 0);
    return start.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Asks on the terminal without echoing what is typed (stderr, so stdout stays clean). */
export function promptPassword(question: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolve, reject) => {
    let typed = '';
    process.stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(new BackupReadError('Afbrudt.'));
        if (ch === '\u007f' || ch === '\b') typed = [...typed].slice(0, -1).join('');
        else if (ch >= ' ') typed += ch;
      }
    };
    stdin.on('data', onData);
  });
}

async function passwordFor(path: string): Promise<string> {
  const fromEnv = process.env[PASSWORD_ENV];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!process.stdin.isTTY)
    throw new BackupReadError(
      `${path} er krypteret: sæt miljøvariablen ${PASSWORD_ENV}, eller kør kommandoen i en terminal for at blive spurgt om adgangskoden.`,
    );
  return promptPassword(`Adgangskode til sikkerhedskopien ${path}: `);
}

/** The backup's text: a protected file decrypted chunk by chunk and authenticated to its end. */
export async function readBackupText(path: string): Promise<string> {
  let start: Uint8Array;
  try {
    start = await startOf(path);
  } catch (e) {
    throw new BackupReadError(`kan ikke læse ${path}: ${(e as Error).message}`);
  }
  const decoder = new TextDecoder();
  if (!isEncryptedBackup(start)) {
    let text = '';
    for await (const chunk of createReadStream(path))
      text += decoder.decode(chunk as Buffer, { stream: true });
    return text + decoder.decode();
  }
  const password = await passwordFor(path);
  let text = '';
  try {
    const plain = decryptChunks(
      createReadStream(path) as AsyncIterable<Uint8Array>,
      async (kdf) => {
        return (await deriveBackupKey(password, kdf)).key;
      },
    );
    for await (const chunk of plain) text += decoder.decode(chunk, { stream: true });
  } catch (e) {
    if (e instanceof BackupEnvelopeError) throw new BackupReadError(e.message);
    throw e;
  }
  return text + decoder.decode();
}
