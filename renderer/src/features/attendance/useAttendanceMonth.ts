// Live data of the attendance screen, through the DataApi (renderer/src/data/live.ts).
import type { MonthClose } from '../../../../shared/records';
import { useLive } from '../../data/live';
import type { AttendanceMonthData } from './attendanceModel';

export interface AttendanceMonth extends AttendanceMonthData {
  /** The month's close record, null when it was never closed. */
  close: MonthClose | null;
}

/**
 * Every citizen (ended ones too), every grant, the month's attendance and its close record;
 * read again when `reloads` changes (a write from outside the app is not observed).
 */
export function useAttendanceMonth(month: string, reloads = 0): AttendanceMonth | undefined {
  return useLive(
    async (api) => {
      const [citizens, grants, attendance, close] = await Promise.all([
        api.listCitizens({ includeEnded: true }),
        api.listGrants(),
        api.listAttendance(month),
        api.getMonthClose(month),
      ]);
      return { citizens, grants, attendance, close };
    },
    [month, reloads],
  );
}
