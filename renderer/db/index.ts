// renderer/db — the local backend of the DataApi (shared/data/api.ts): the workshop's data in
// IndexedDB on this PC, through Dexie. The UI reaches it only as a DataApi, built here by
// createLocalDataApi() in renderer/src/data/local.ts; tests and benchmarks build one on a
// database of their own with createDataApiOn(db, options).
import type { DataApi } from '../../shared/data/api';
import { createDataApiOn } from './api';
import type { DataApiOptions } from './context';
import { DB_NAME, JobbasenDb } from './schema';

export { createDataApiOn } from './api';
export type { DataApiOptions, StorageLike } from './context';
export { QUOTA_MESSAGE, isQuotaError } from './quota';
export {
  DATA_TABLES,
  DB_NAME,
  JobbasenDb,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_VERSION,
  upgradeV1ToV2,
  upgradeV3ToV4,
  upgradeV4ToV5,
  type MetaRow,
  type SafetyCopy,
} from './schema';

export interface LocalDataApiOptions extends DataApiOptions {
  /** The IndexedDB database; the app's own unless given. */
  name?: string;
}

function openLocal(options: LocalDataApiOptions = {}): DataApi {
  const { name = DB_NAME, ...rest } = options;
  return createDataApiOn(new JobbasenDb(name), {
    storage: typeof navigator !== 'undefined' ? navigator.storage : undefined,
    appVersion: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0',
    ...rest,
  });
}

/**
 * The app's data on this PC. Dexie opens the database on first use; when another window opens a
 * newer version this one closes and `onDatabaseEvent` says so (./events.ts).
 */
export function createLocalDataApi(options: LocalDataApiOptions = {}): DataApi {
  return openLocal(options);
}
