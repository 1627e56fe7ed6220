// The local backend of the DataApi: IndexedDB on this PC (renderer/db). The only file of
// renderer/src that knows which backend is in use.
import type { DataApi } from '../../../shared/data/api';
import { createLocalDataApi } from '../../db';

// In the desktop app the operating-system account acts, named by the shell (docs/rules.md §13);
// in browser mode (no window.api) the initials typed on this PC do.
const shell = typeof window !== 'undefined' ? window.api : undefined;

export const api: DataApi = createLocalDataApi(
  shell ? { osAccount: async () => (await shell.osUser()).username } : {},
);
