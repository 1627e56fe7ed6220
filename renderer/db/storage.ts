// Durable storage: ask the browser not to evict the data, report usage, and allow writing again
// after a full disk stopped it (./context.ts) once the person has exported and freed space.
import type { DataApi, StorageStatus } from '../../shared/data/api';
import type { DbContext } from './context';
import { QUOTA_MESSAGE } from './quota';

export type StorageOperations = Pick<
  DataApi,
  'getStorageStatus' | 'requestPersistentStorage' | 'resumeWrites'
>;

function statusMessage(s: Omit<StorageStatus, 'message'>): string {
  if (s.writesStopped) return QUOTA_MESSAGE;
  if (!s.supported)
    return 'Browseren kan ikke love at beholde data. Tag jævnligt en sikkerhedskopi.';
  if (s.persisted === true)
    return 'Data gemmes varigt: browseren sletter dem ikke ved pladsmangel.';
  if (s.persisted === false)
    return 'Browseren har ikke givet varig lagring: data kan slettes ved pladsmangel. Tag jævnligt en sikkerhedskopi.';
  return 'Varig lagring er endnu ikke forespurgt.';
}

export function storageOperations(ctx: DbContext): StorageOperations {
  const storage = ctx.options.storage;
  let persistedAnswer: boolean | null = null;

  async function getStorageStatus(): Promise<StorageStatus> {
    const supported = typeof storage?.persist === 'function';
    let persisted = persistedAnswer;
    if (persisted === null && typeof storage?.persisted === 'function')
      persisted = await storage.persisted().catch(() => null);
    const estimate =
      typeof storage?.estimate === 'function' ? await storage.estimate().catch(() => null) : null;
    const base = {
      supported,
      persisted,
      usageBytes: estimate?.usage ?? null,
      quotaBytes: estimate?.quota ?? null,
      writesStopped: ctx.writesStopped(),
    };
    return { ...base, message: statusMessage(base) };
  }

  return {
    getStorageStatus,

    /** Asks the browser not to evict our data (`navigator.storage.persist()`); call at start-up. */
    async requestPersistentStorage() {
      if (typeof storage?.persist === 'function') {
        const already =
          typeof storage.persisted === 'function'
            ? await storage.persisted().catch(() => false)
            : false;
        persistedAnswer = already ? true : await storage.persist().catch(() => false);
      }
      return getStorageStatus();
    },

    /** After the person has exported and freed space: allow writing again. */
    resumeWrites: () => ctx.resumeWrites(),
  };
}
