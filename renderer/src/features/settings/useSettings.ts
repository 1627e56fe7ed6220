// Live data of the settings screen, through the DataApi (renderer/src/data/live.ts).
import { useState } from 'react';
import type { StorageStatus } from '../../../../shared/data/api';
import type { SettingsVersion } from '../../../../shared/records';
import { useDataApi } from '../../data/context';
import { useLive } from '../../data/live';

/** Every stored settings version, as the data API lists them. */
export function useSettingsVersions(): SettingsVersion[] | undefined {
  return useLive((api) => api.listSettingsVersions(), []);
}

/**
 * Whether the browser keeps the data, and how much is used (read once when the card opens), and
 * `request` to ask for durable storage; its answer replaces the status shown.
 */
export function useStorageStatus(): {
  status: StorageStatus | undefined;
  request: () => Promise<void>;
} {
  const api = useDataApi();
  const read = useLive((a) => a.getStorageStatus(), []);
  const [answered, setAnswered] = useState<StorageStatus | undefined>();
  return {
    status: answered ?? read,
    request: async () => setAnswered(await api.requestPersistentStorage()),
  };
}
