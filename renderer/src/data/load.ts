// The data layer (Dexie, every zod schema, shared/*) is a chunk of its own, loaded only once the
// first frame with the shell and heading has been painted: evaluating it (~50 ms) would otherwise
// hold that frame back (cold start, issue 6).
import type { DataApi } from '../../../shared/data/api';

let start: () => void = () => undefined;
const painted = new Promise<void>((resolve) => {
  start = resolve;
});

export const dataReady = painted.then(() => import('./local'));

let loaded: DataApi | null = null;
void dataReady.then((module) => {
  loaded = module.api;
});

/** The data API once its chunk has loaded (before the App has rendered it into context), else null. */
export function loadedApi(): DataApi | null {
  return loaded;
}

/** Called by App after its first commit. The timer is a fallback: a hidden window gets no frames. */
export function loadDataAfterPaint(): void {
  requestAnimationFrame(() => setTimeout(start, 0));
  setTimeout(start, 250);
}
