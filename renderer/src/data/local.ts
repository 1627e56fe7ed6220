// The local backend of the DataApi: IndexedDB on this PC (renderer/db). The only file of
// renderer/src that knows which backend is in use.
import type { DataApi } from '../../../shared/data/api';
import { createLocalDataApi } from '../../db';

export const api: DataApi = createLocalDataApi();
