// The mødestabilitet suggestion under its scale (stability.ts): advisory, one click to use it.
import { hasStabilityData, type StabilityResult } from './stability';
import { stabilityTexts } from './wageModel';

export function StabilityHint({
  result,
  months,
  onUse,
}: {
  result: StabilityResult | null;
  months: readonly string[];
  onUse: (score: number) => void;
}) {
  if (!result)
    return (
      <p className="suggestion">Intet forslag: der mangler en bevilling eller planlagte dage.</p>
    );
  const t = stabilityTexts(result, months);
  if (!hasStabilityData(result))
    return (
      <p className="suggestion">
        Intet forslag endnu: der er ikke registreret fremmøde i {t.period}.
      </p>
    );
  return (
    <p className="suggestion">
      Forslag ud fra fremmødet i {t.period}: <strong>{t.score}</strong> {t.detail}{' '}
      <button type="button" className="link" onClick={() => onUse(result.score)}>
        Brug forslaget
      </button>
    </p>
  );
}
