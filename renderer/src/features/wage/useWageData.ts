// The wage screens' data, live (renderer/src/data/live.ts): each hook is one question to the
// DataApi, re-asked whenever the data it read changes. Undefined while loading.
import type {
  Attendance,
  Citizen,
  Grant,
  MonthClose,
  SettingsVersion,
  WageDecision,
} from '../../../../shared/records';
import { useLive } from '../../data/live';
import { stabilityMonths } from './stability';

/** The active citizens (the screen picks the § 103 ones). */
export function useActiveCitizens(): Citizen[] | undefined {
  return useLive((api) => api.listCitizens({ includeEnded: false }), []);
}

/** A citizen, or null when it does not exist (any more). */
export function useCitizen(citizenId: string): Citizen | null | undefined {
  return useLive((api) => api.getCitizen(citizenId), [citizenId]);
}

/** A citizen's wage decisions in date order (the last is the latest). */
export function useWageDecisions(citizenId: string): WageDecision[] | undefined {
  return useLive((api) => api.listWageDecisions(citizenId), [citizenId]);
}

/** Every month close: which months are closed, and which decisions they locked (§10). */
export function useMonthCloses(): MonthClose[] | undefined {
  return useLive((api) => api.listMonthCloses(), []);
}

/** Every settings version (the list words each assessment's wage with its month's settings). */
export function useSettingsVersions(): SettingsVersion[] | undefined {
  return useLive((api) => api.listSettingsVersions(), []);
}

export function useGrants(citizenId: string): Grant[] | undefined {
  return useLive((api) => api.listGrants(citizenId), [citizenId]);
}

/**
 * The settings each of the citizen's decisions is worded with: per decision month, the version in
 * force with the citizen's work-area reference wage (docs/rules.md §6), as versions from that month.
 */
export function useDecisionSettings(
  citizenId: string,
  decisions: readonly WageDecision[] | undefined,
): SettingsVersion[] | undefined {
  const months = [...new Set((decisions ?? []).map((d) => d.effectiveFrom.slice(0, 7)))].sort();
  return useLive(
    async (api) =>
      Promise.all(
        months.map(async (m) => ({
          ...(await api.getSettingsForMonth(m, citizenId)),
          validFrom: m,
        })),
      ),
    [citizenId, months.join(',')],
  );
}

/** The settings version in force in `month` (the default one when none is saved). */
export function useSettingsForMonth(
  month: string,
  citizenId?: string,
): SettingsVersion | undefined {
  // docs/rules.md §6: with a citizen, the floor rests on that citizen's work area.
  return useLive((api) => api.getSettingsForMonth(month, citizenId), [month, citizenId]);
}

/** A citizen's attendance in the mødestabilitet period ending with `month` (stabilityMonths). */
export function useStabilityAttendance(citizenId: string, month: string): Attendance[] | undefined {
  return useLive(
    async (api) =>
      (
        await Promise.all(stabilityMonths(month).map((m) => api.listAttendance(m, citizenId)))
      ).flat(),
    [citizenId, month],
  );
}

export interface WageFormData {
  citizen: Citizen | null;
  decisions: WageDecision[];
  grants: Grant[];
  version: SettingsVersion;
  attendance: Attendance[];
}

/** Everything the assessment form needs; undefined until all of it is there. */
export function useWageFormData(
  citizenId: string,
  month: string,
  effectiveMonth: string,
): WageFormData | undefined {
  const citizen = useCitizen(citizenId);
  const decisions = useWageDecisions(citizenId);
  const grants = useGrants(citizenId);
  const version = useSettingsForMonth(effectiveMonth, citizenId);
  const attendance = useStabilityAttendance(citizenId, month);
  if (
    citizen === undefined ||
    decisions === undefined ||
    grants === undefined ||
    version === undefined ||
    attendance === undefined
  )
    return undefined;
  return { citizen, decisions, grants, version, attendance };
}
