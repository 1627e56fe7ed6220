// "Sådan er lønnen beregnet": the live preview of docs/rules.md §2 (wageExplanationModel.ts).
import type { Settings } from '../../../../shared/domain/settings';
import type { Assessment } from '../../../../shared/domain/wage';
import { missingText, wageExplanationView } from './wageExplanationModel';

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
        <p className="muted">{missingText(missing)}</p>
      </div>
    );
  }
  const v = wageExplanationView(assessment, settings);
  return (
    <div>
      <p className="wage" aria-live="polite" data-testid="wage-preview">
        {v.wage} <span className="muted">i timen</span>
      </p>
      <h3>Sådan er lønnen beregnet</h3>
      <table>
        <tbody>
          {v.rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td className="num">{row.value}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{v.result.label}</th>
            <td className="num">
              <strong>{v.result.value}</strong>
            </td>
          </tr>
        </tbody>
      </table>
      {v.clampedNote ? <p className="muted">{v.clampedNote}</p> : null}
    </div>
  );
}
