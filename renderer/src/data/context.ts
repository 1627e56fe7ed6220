// The UI's one door to the data: the DataApi (shared/data/api.ts) through React context. The
// local backend is a chunk of its own, loaded after the first paint (./load.ts); until it is
// there, a screen that asks for the API suspends and its Suspense fallback shows "Henter …".
import { createContext, useContext } from 'react';
import type { DataApi } from '../../../shared/data/api';
import { dataReady } from './load';

export const DataApiContext = createContext<DataApi | null>(null);

export function useDataApi(): DataApi {
  const api = useContext(DataApiContext);
  if (!api) throw dataReady; // Suspense: resumes once the App provides the loaded API
  return api;
}
