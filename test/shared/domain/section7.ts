// The input and result of docs/rules.md §7, verbatim.
export const SECTION_7_INPUT = {
  month: '2026-10',
  settings: { wageRoundingStep: 0.5 },
  citizen: {
    offer: 'SEL103',
    taxCard: { withholdingRatePercent: 38, monthlyAllowance: 0 },
    transport: { mode: 'car', oneWayKm: 14, ratePerKm: 2.23, paidBy: 'citizen' },
    municipalTransport: false,
  },
  wageDecisions: [
    {
      effectiveFrom: '2026-01-01',
      assessment: {
        scores: {
          attendanceStability: 2,
          flexibility: 2,
          productivity: 2,
          quality: 2,
          collegialInteraction: 2,
        },
        helpNeed: 'moderate',
      },
    },
    { effectiveFrom: '2026-10-16', hourlyWage: 21.5, justification: 'Ny opgave i montage' },
  ],
  attendance: [
    { date: '2026-10-01', hours: 6 },
    { date: '2026-10-20', hours: 5.5 },
  ],
};

export const SECTION_7_RESULT = {
  month: '2026-10',
  offer: 'SEL103',
  days: 2,
  hours: 11.5,
  wageLines: [
    { effectiveFrom: '2026-01-01', hourlyWage: 19.0, hours: 6, amount: 114.0 },
    { effectiveFrom: '2026-10-16', hourlyWage: 21.5, hours: 5.5, amount: 118.25 },
  ],
  grossPay: 232.25,
  amContribution: 18.58,
  aTax: 81.19,
  netPay: 132.48,
  transport: {
    mode: 'car',
    days: 2,
    total: 124.88,
    withinThreshold: 89.2,
    cap: 39.74,
    citizenShare: 39.74,
    municipalShare: 85.14,
    paidBy: 'citizen',
    payrollAdjustment: 85.14,
  },
  estimatedPayout: 217.62,
  warnings: ['TRANSPORT_CAPPED'],
};
