// Live data for screens: the query runs now and again whenever data it read changes
// (DataApi.observe). A failing query is thrown to the nearest error boundary, which says so in
// Danish and offers to try again, instead of a screen that waits forever.
import { useEffect, useState, type DependencyList } from 'react';
import type { DataApi } from '../../../shared/data/api';
import { useDataApi } from './context';

export function useLive<T>(
  query: (api: DataApi) => Promise<T>,
  deps: DependencyList,
): T | undefined {
  const api = useDataApi();
  const [state, setState] = useState<{ value?: T; error?: unknown; failed: boolean }>({
    failed: false,
  });
  useEffect(
    () =>
      api.observe(() => query(api), {
        next: (value) => setState({ value, failed: false }),
        error: (error: unknown) => setState({ error, failed: true }),
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's deps describe `query`
    [api, ...deps],
  );
  if (state.failed) throw state.error;
  return state.value;
}
