// Records for the work-area browser tests (docs/rules.md §6), written straight into IndexedDB
// with putRaw: areas, their citizens, decisions and attendance.
import { rawCitizen, STAMP } from './support';

/** A work area with one lowest agreed hourly wage from January 2026. */
export const area = (id: string, name: string, minimumWageReference = 150) => ({
  id,
  name,
  wages: [{ validFrom: '2026-01', minimumWageReference }],
  createdAt: STAMP,
  updatedAt: STAMP,
});

/** A § 103 citizen in `areaId` since January 2026, 38 % tax card. */
export const member = (
  id: string,
  name: string,
  payrollNumber: string,
  areaId: string,
  extra: object = {},
) =>
  rawCitizen(id, name, payrollNumber, {
    offer: 'SEL103',
    taxCard: { withholdingRatePercent: 38, monthlyAllowance: 0 },
    workAreas: [{ from: '2026-01', areaId }],
    ...extra,
  });

/**
 * A decision from 01.01.2026 with every criterion `score`, help need moderate. With 2 (worked
 * example 1) the wage is half-way from the floor to the ceiling.
 */
export const decision = (id: string, citizenId: string, score = 2) => ({
  id,
  citizenId,
  effectiveFrom: '2026-01-01',
  assessment: {
    scores: {
      attendanceStability: score,
      flexibility: score,
      productivity: score,
      quality: score,
      collegialInteraction: score,
    },
    helpNeed: 'moderate',
  },
  assessorInitials: 'KB',
  createdAt: STAMP,
  updatedAt: STAMP,
});

/** `hours` on each of `dates`. */
export const days = (citizenId: string, hours: number, dates: string[]) =>
  dates.map((date) => ({ citizenId, date, hours, updatedAt: STAMP }));
