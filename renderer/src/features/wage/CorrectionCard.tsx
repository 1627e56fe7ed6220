// The efterregulering before it is saved (docs/rules.md §10): what the corrected decision changes
// in each closed month and what is paid in the first open month. Asked again as the input changes.
import { useEffect, useState } from 'react';
import type { WageDecisionInput } from '../../../../shared/records';
import { Card, Notice } from '../../components/Page';
import { useDataApi } from '../../data/context';
import { errorMessage } from '../../data/errors';
import { correctionText, type CorrectionText } from './correctionModel';

export function CorrectionCard({
  wrongId,
  input,
}: {
  wrongId: string;
  /** The corrected decision as typed, or null while the form is not complete. */
  input: Omit<WageDecisionInput, 'citizenId'> | null;
}) {
  const api = useDataApi();
  const [shown, setShown] = useState<CorrectionText | string | null>(null);
  const key = JSON.stringify(input);
  useEffect(() => {
    if (input === null) return;
    let current = true;
    api.previewWageCorrection(wrongId, input).then(
      (r) => current && setShown(correctionText(r)),
      (e: unknown) => current && setShown(errorMessage(e)),
    );
    return () => {
      current = false;
    };
    // `key` stands for `input`: a new object each render with the same content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, wrongId, key]);

  return (
    <Card title="Efterregulering">
      {input === null || shown === null ? (
        <p className="muted">Udfyld den rettede afgørelse for at se efterreguleringen.</p>
      ) : typeof shown === 'string' ? (
        <Notice kind="error">{shown}</Notice>
      ) : (
        <>
          <table aria-label="Efterregulering pr. måned">
            <thead>
              <tr>
                <th scope="col">Måned</th>
                <th scope="col" className="num">
                  Bruttoløn (lukket)
                </th>
                <th scope="col" className="num">
                  Bruttoløn (ny)
                </th>
                <th scope="col" className="num">
                  Difference
                </th>
                <th scope="col" className="num">
                  Kørsel (difference)
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.rows.map((r) => (
                <tr key={r.month}>
                  <td>{r.month}</td>
                  <td className="num">{r.grossClosed}</td>
                  <td className="num">{r.grossNew}</td>
                  <td className="num">{r.deltaGross}</td>
                  <td className="num">{r.deltaAdjustment}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td colSpan={3}>I alt, {shown.payIn}</td>
                <td className="num">{shown.deltaGross}</td>
                <td className="num">{shown.deltaAdjustment}</td>
              </tr>
            </tfoot>
          </table>
          {shown.problem ? <Notice kind="error">{shown.problem}</Notice> : null}
          <p className="muted">
            De lukkede måneder ændres ikke; forskellen {shown.payIn} som egne linjer.
          </p>
        </>
      )}
    </Card>
  );
}
