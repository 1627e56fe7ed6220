// The tax estimate (docs/rules.md §3): only needed for the 30 % transport cap.
import { mulDivRound, toHundredths, toOre, type Ore } from '../money';
import type { TaxCard } from './input';
import type { Settings } from './settings';

export interface TaxEstimate {
  amContributionOre: Ore;
  aTaxOre: Ore;
  netPayOre: Ore;
  defaultTaxCard: boolean;
}

export function estimateTax(
  grossOre: Ore,
  taxCard: TaxCard | undefined,
  settings: Settings,
): TaxEstimate {
  const ratePercent = taxCard
    ? taxCard.withholdingRatePercent
    : settings.defaultWithholdingRatePercent;
  const allowanceOre = taxCard ? toOre(taxCard.monthlyAllowance) : 0;
  const amContributionOre = mulDivRound(
    grossOre,
    toHundredths(settings.amContributionPercent),
    10_000,
  );
  const taxableOre = Math.max(0, grossOre - amContributionOre - allowanceOre);
  const aTaxOre = mulDivRound(taxableOre, toHundredths(ratePercent), 10_000);
  return {
    amContributionOre,
    aTaxOre,
    netPayOre: grossOre - amContributionOre - aTaxOre,
    defaultTaxCard: !taxCard,
  };
}
