// Live work areas through the DataApi (renderer/src/data/live.ts).
import type { WorkArea } from '../../../../shared/records';
import { useLive } from '../../data/live';

/** Every work area by name; undefined while read. */
export function useWorkAreas(): WorkArea[] | undefined {
  return useLive((api) => api.listWorkAreas(), []);
}
