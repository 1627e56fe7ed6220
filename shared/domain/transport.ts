// Transport shares (docs/rules.md §4, BEK § 2), in øre.
import { mulDivRound, toHundredths, toOre, type Ore } from '../money';
import type { Offer, Payer, TransportInput, TransportMode } from './input';
import type { Settings } from './settings';

export interface TransportResultOre {
  mode: TransportMode;
  days: number;
  totalOre: Ore;
  withinThresholdOre: Ore;
  capOre: Ore;
  citizenShareOre: Ore;
  municipalShareOre: Ore;
  paidBy: Payer;
  payrollAdjustmentOre: Ore;
  capped: boolean;
}

export function defaultPayer(mode: TransportMode): Payer {
  return mode === 'special' ? 'municipality' : 'citizen';
}

/** Total cost T and within-threshold part W for `days` transport days. */
export function transportCost(
  transport: TransportInput,
  days: number,
  settings: Settings,
): { totalOre: Ore; withinThresholdOre: Ore } {
  const thresholdKm = toHundredths(settings.transportThresholdKm);
  switch (transport.mode) {
    case 'none':
      return { totalOre: 0, withinThresholdOre: 0 };
    case 'car': {
      const km = toHundredths(transport.oneWayKm);
      const rate = toOre(transport.ratePerKm ?? settings.kmRate);
      // km is in hundredths, so the product of days · 2 · km · rate is in 1/100 øre.
      return {
        totalOre: mulDivRound(days * 2 * km, rate, 100),
        withinThresholdOre: mulDivRound(days * 2 * Math.min(km, thresholdKm), rate, 100),
      };
    }
    case 'public':
    case 'special': {
      const km = toHundredths(transport.oneWayKm);
      const byTrip = days * toOre(transport.dailyCost);
      const totalOre =
        transport.mode === 'public' && transport.monthlyPass !== undefined
          ? Math.min(byTrip, toOre(transport.monthlyPass))
          : byTrip;
      const withinThresholdOre =
        km <= thresholdKm ? totalOre : mulDivRound(totalOre, thresholdKm, km);
      return { totalOre, withinThresholdOre };
    }
  }
}

export function computeTransport(args: {
  transport: TransportInput | undefined;
  days: number;
  netPayOre: Ore;
  offer: Offer;
  municipalTransport: boolean;
  settings: Settings;
}): TransportResultOre {
  const transport: TransportInput = args.transport ?? { mode: 'none' };
  const paidBy = transport.paidBy ?? defaultPayer(transport.mode);
  const zero = {
    mode: transport.mode,
    days: 0,
    totalOre: 0,
    withinThresholdOre: 0,
    capOre: 0,
    citizenShareOre: 0,
    municipalShareOre: 0,
    paidBy,
    payrollAdjustmentOre: 0,
    capped: false,
  };
  if (args.offer === 'SEL104') {
    // § 104: the municipality pays granted transport in full; otherwise there is none to share.
    if (!args.municipalTransport) return zero;
    const { totalOre, withinThresholdOre } = transportCost(transport, args.days, args.settings);
    return { ...zero, days: args.days, totalOre, withinThresholdOre, municipalShareOre: totalOre };
  }
  const { totalOre, withinThresholdOre } = transportCost(transport, args.days, args.settings);
  const capOre = mulDivRound(
    Math.max(0, args.netPayOre),
    toHundredths(args.settings.transportCapPercent),
    10_000,
  );
  const citizenShareOre = Math.min(withinThresholdOre, capOre);
  const municipalShareOre = totalOre - citizenShareOre;
  return {
    mode: transport.mode,
    days: args.days,
    totalOre,
    withinThresholdOre,
    capOre,
    citizenShareOre,
    municipalShareOre,
    paidBy,
    payrollAdjustmentOre: paidBy === 'citizen' ? municipalShareOre : -citizenShareOre,
    capped: capOre < withinThresholdOre,
  };
}
