// The data layer (Dexie, every zod schema, shared/*) is a chunk of its own, loaded only once the
// first frame with the shell and heading has been painted: evaluating it (~50 ms) would otherwise
// hold that frame back (cold start, issue 6).
let start: () => void = () => undefined;
const painted = new Promise<void>((resolve) => {
  start = resolve;
});

export const dataReady = painted.then(() => import('./local'));

/** Called by App after its first commit. The timer is a fallback: a hidden window gets no frames. */
export function loadDataAfterPaint(): void {
  requestAnimationFrame(() => setTimeout(start, 0));
  setTimeout(start, 250);
}
