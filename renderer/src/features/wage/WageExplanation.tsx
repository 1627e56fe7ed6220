// "Sådan er lønnen beregnet": the live preview of domain.md § 2, straight from `explainWage`.
import {
  CRITERIA,
  CRITERION_LABELS,
  explainWage,
  type Assessment,
  type Settings,
} from '../../../../shared/domain';
import { fromOre } from '../../../../shared/money';
import { formatAmount, formatDecimal, formatKr, formatPercent } from '../../format';

export function WageExplanation({
  assessment,
  settings,
  missing,
}: {
  assessment: Assessment | null;
  settings: Settings;
  missing: string[];
}) {
  if (!assessment) {
    return (
      <div>
        <p className="wage" aria-live="polite">
          — kr.
        </p>
        <p className="muted">
          Lønnen vises, når alle seks punkter er udfyldt. Mangler: {missing.join(', ')}.
        </p>
      </div>
    );
  }
  const e = explainWage(assessment, settings);
  const weights = settings.criteriaWeights;
  const allWeightsOne = Object.values(weights).every((w) => w === 1);
  return (
    <div>
      <p className="wage" aria-live="polite" data-testid="wage-preview">
        {formatKr(fromOre(e.wageOre))} <span className="muted">i timen</span>
      </p>
      <h3>Sådan er lønnen beregnet</h3>
      <table>
        <tbody>
          {CRITERIA.map((c) => (
            <tr key={c}>
              <th scope="row">{CRITERION_LABELS[c]}</th>
              <td className="num">
                {assessment.scores[c]} af 4
                {allWeightsOne ? '' : ` × vægt ${formatDecimal(weights[c])}`}
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">Hjælpebehov</th>
            <td className="num">
              {formatDecimal(e.helpNeedPoints)} af 4
              {allWeightsOne ? '' : ` × vægt ${formatDecimal(weights.helpNeed)}`}
            </td>
          </tr>
          <tr>
            <th scope="row">Score</th>
            <td className="num">
              {formatDecimal(e.weightedPoints / 100)} af {formatDecimal(e.maxPoints / 100)} point ={' '}
              {formatPercent(e.fraction)}
            </td>
          </tr>
          <tr>
            <th scope="row">
              Bund ({formatDecimal(settings.wageFloorPercent)} % af mindstelønnen{' '}
              {formatAmount(settings.minimumWageReference)} kr.)
            </th>
            <td className="num">{formatKr(fromOre(e.floorOre))}</td>
          </tr>
          <tr>
            <th scope="row">Loft</th>
            <td className="num">{formatKr(fromOre(e.ceilingOre))}</td>
          </tr>
          <tr>
            <th scope="row">Bund + (loft − bund) × score</th>
            <td className="num">{formatKr(fromOre(e.rawOre))}</td>
          </tr>
          <tr>
            <th scope="row">Afrundet til trin på {formatAmount(fromOre(e.stepOre))} kr.</th>
            <td className="num">
              <strong>{formatKr(fromOre(e.wageOre))}</strong>
            </td>
          </tr>
        </tbody>
      </table>
      {e.clamped === 'floor' ? (
        <p className="muted">Lønnen er løftet til bunden (mindstelønnen).</p>
      ) : null}
      {e.clamped === 'ceiling' ? <p className="muted">Lønnen er begrænset til loftet.</p> : null}
    </div>
  );
}
