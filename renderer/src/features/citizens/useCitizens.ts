// Live data of the citizens feature, through the DataApi (renderer/src/data/live.ts).
import type {
  Citizen,
  Grant,
  SettingsVersion,
  WageDecision,
  Attendance,
} from '../../../../shared/records';
import { shiftMonth } from '../../../../shared/calendar';
import { useLive } from '../../data/live';

/** Every citizen (ended ones too) and every grant, for the list. */
export function useCitizens(): { citizens: Citizen[]; grants: Grant[] } | undefined {
  return useLive(async (api) => {
    const [citizens, grants] = await Promise.all([
      api.listCitizens({ includeEnded: true }),
      api.listGrants(),
    ]);
    return { citizens, grants };
  }, []);
}

export interface CitizenData {
  citizen: Citizen;
  grants: Grant[];
  decisions: WageDecision[];
  /** The settings version in force in each decision's first month (its wage is computed with it). */
  decisionSettings: SettingsVersion[];
  /** The working month and the two before it, oldest first, with their attendance. */
  months: string[];
  attendance: Attendance[][];
  /** The settings version of the working month. */
  version: SettingsVersion;
}

/** One citizen's page for `month`: undefined while loading, null when the citizen is gone. */
export function useCitizen(citizenId: string, month: string): CitizenData | null | undefined {
  return useLive(
    async (api) => {
      const citizen = await api.getCitizen(citizenId);
      if (!citizen) return null;
      const months = [shiftMonth(month, -2), shiftMonth(month, -1), month];
      const [grants, decisions, attendance, version] = await Promise.all([
        api.listGrants(citizenId),
        api.listWageDecisions(citizenId),
        Promise.all(months.map((m) => api.listAttendance(m, citizenId))),
        api.getSettingsForMonth(month, citizenId),
      ]);
      // docs/rules.md §6: with the citizen's work-area reference wage of each month.
      const decisionSettings = await Promise.all(
        decisions.map((d) => api.getSettingsForMonth(d.effectiveFrom.slice(0, 7), citizenId)),
      );
      return { citizen, grants, decisions, decisionSettings, months, attendance, version };
    },
    [citizenId, month],
  );
}

/** A citizen to edit with its grants: undefined while loading, null when the citizen is gone. */
export function useCitizenToEdit(
  citizenId: string | undefined,
): { citizen: Citizen; grants: Grant[] } | null | undefined {
  return useLive(
    async (api) => {
      if (!citizenId) return null;
      const [citizen, grants] = await Promise.all([
        api.getCitizen(citizenId),
        api.listGrants(citizenId),
      ]);
      return citizen ? { citizen, grants } : null;
    },
    [citizenId],
  );
}

export interface PreviewData {
  version: SettingsVersion;
  attendance: Attendance[];
  decisions: WageDecision[];
}

/** What the transport preview needs for `month`: the settings and, for a saved citizen, its data. */
export function usePreviewData(
  month: string,
  citizenId: string | undefined,
): PreviewData | undefined {
  return useLive(
    async (api) => {
      const [version, attendance, decisions] = await Promise.all([
        api.getSettingsForMonth(month, citizenId),
        citizenId ? api.listAttendance(month, citizenId) : Promise.resolve([]),
        citizenId ? api.listWageDecisions(citizenId) : Promise.resolve([]),
      ]);
      return { version, attendance, decisions };
    },
    [month, citizenId],
  );
}
