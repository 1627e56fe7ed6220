// Live preview of this month's transport shares for the profile being edited (docs/rules.md §4);
// what it shows is computed in transportPreviewModel.ts.
import { formatMonth } from '../../format';
import { transportPreview, type PreviewSource } from './transportPreviewModel';

export function TransportPreview(props: PreviewSource) {
  const preview = transportPreview(props);
  return (
    <div className="transport-preview" aria-live="polite">
      <h3>Kørsel i {formatMonth(props.month)} (forhåndsvisning)</h3>
      {!preview.ok ? (
        <p className="muted">{preview.message}</p>
      ) : (
        <>
          <p className="muted">{preview.note}</p>
          <table>
            <tbody>
              {preview.rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  <td className="num" data-testid={row.testId}>
                    {row.value}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.payer ? <p className="muted">{preview.payer}</p> : null}
        </>
      )}
    </div>
  );
}
