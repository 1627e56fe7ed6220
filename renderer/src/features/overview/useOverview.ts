// Live data of the overview, through the DataApi (renderer/src/data/live.ts).
import { useLive } from '../../data/live';
import { loadOverviewSource, overviewFigures, type OverviewFigures } from './overviewModel';

/** The overview's figures for `month` as of `today`; undefined while they are read. */
export function useOverview(
  month: string,
  today: string,
  areaId: string,
): OverviewFigures | undefined {
  return useLive(
    async (api) => overviewFigures(await loadOverviewSource(api, month), month, today, areaId),
    [month, today, areaId],
  );
}
