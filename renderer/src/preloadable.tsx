// A screen in a chunk of its own that can be loaded before it is first visited. Once loaded it
// renders at once, so a menu click never waits for code: React.lazy alone suspends on a screen's
// first render even when its code is already there, and then shows "Henter …" and holds the new
// screen back for its fallback throttle (~300 ms; docs/benchmarks.md figure 4).
import { lazy, type ComponentType, type ReactElement } from 'react';

export interface PreloadableScreen<P extends object> {
  (props: P): ReactElement;
  /** Loads the screen's code; resolves when it is there (again at once after the first time). */
  preload(): Promise<void>;
}

export function preloadable<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): PreloadableScreen<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<void> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (m) => {
        loaded = m.default;
      },
      (error: unknown) => {
        // A failed load (a busy disk, a new version on the server) may be tried again.
        pending = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(async () => {
    await preload();
    return { default: loaded as ComponentType<P> };
  });
  function Screen(props: P): ReactElement {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return Object.assign(Screen, { preload });
}

/**
 * Loads `screens` one after the other once the browser is idle, so that the first visit to each
 * is as quick as the next; a failure is left for the visit itself to report.
 */
export function preloadWhenIdle(screens: readonly PreloadableScreen<never>[]): void {
  const idle = (next: () => void) =>
    'requestIdleCallback' in window ? window.requestIdleCallback(next) : setTimeout(next, 50);
  let i = 0;
  const step = () => {
    const screen = screens[i++];
    if (screen)
      void screen.preload().then(
        () => idle(step),
        () => idle(step),
      );
  };
  idle(step);
}
