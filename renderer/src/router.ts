// A tiny hash router: `#/borgere/abc?maaned=2026-10`. Hash routes survive reload in the browser
// and under the desktop shell's custom scheme alike, and need no server support.
import { startTransition, useEffect, useMemo, useState } from 'react';

export interface Route {
  path: string[];
  query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?');
  const path = pathPart
    .split('/')
    .filter(Boolean)
    .map((p) => decodeURIComponent(p));
  return { path, query: new URLSearchParams(queryPart) };
}

export function href(path: readonly string[], query?: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== '') q.set(k, v);
  const qs = q.toString();
  return `#/${path.map(encodeURIComponent).join('/')}${qs ? `?${qs}` : ''}`;
}

export function navigate(path: readonly string[], query?: Record<string, string | undefined>) {
  const next = href(path, query);
  if (window.location.hash !== next) window.location.hash = next;
}

const getHash = () => window.location.hash;

/** Answers true when it holds the navigation to `nextHash` (and takes it over, e.g. asks first). */
export type NavigationBlocker = (nextHash: string) => boolean;

const blockers = new Set<NavigationBlocker>();

/**
 * Holds navigations while `blocker` says so (a form with unsaved input,
 * components/useUnsavedChangesGuard.tsx); returns the release.
 */
export function blockNavigation(blocker: NavigationBlocker): () => void {
  blockers.add(blocker);
  return () => {
    blockers.delete(blocker);
  };
}

/**
 * The current route. A change is a transition, so a screen that loads its data without suspending
 * is rendered without blocking input; each screen's own boundary (App.tsx) takes the old screen
 * away at once, and the screens' code is loaded ahead (preloadable.tsx).
 */
export function useRoute(): Route {
  const [hash, setHash] = useState(getHash);
  useEffect(() => {
    let shown = getHash();
    const update = () => {
      const next = getHash();
      if (next === shown) return;
      // A held navigation puts the address back (replaceState fires no hashchange) and stays.
      if ([...blockers].some((blocks) => blocks(next))) {
        const { pathname, search } = window.location;
        window.history.replaceState(window.history.state, '', `${pathname}${search}${shown}`);
        return;
      }
      shown = next;
      startTransition(() => setHash(next));
    };
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return useMemo(() => parseHash(hash), [hash]);
}
