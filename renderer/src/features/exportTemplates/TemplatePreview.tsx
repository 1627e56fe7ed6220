// The live preview of the selected month's file with the template being edited (docs/rules.md
// §9): its problems named per citizen and field first, then the file as text and as a table.
import type { TemplatePreview as Preview } from '../../../../shared/data/api';
import { problemText } from '../../../../shared/export';
import { problemLines } from '../../../../shared/month/csv';
import { Notice } from '../../components/Page';
import { formatMonth } from '../../format';

/** Shown with a tab as `⇥`, so the separator can be seen. */
const visible = (text: string) => text.replace(/\t/g, '⇥');

export function TemplatePreview({
  preview,
  hasHeader,
}: {
  preview: Preview | undefined | null;
  /** The template writes a header row: the table shows it as the column heads. */
  hasHeader: boolean;
}) {
  if (preview === undefined) return <p className="loading">Henter …</p>;
  if (preview === null)
    return <p className="muted">Ret skabelonens felter ovenfor for at se filen.</p>;
  const month = formatMonth(preview.month);
  if (preview.monthProblems.length > 0)
    return (
      <Notice kind="warning">
        <p>{month} kan ikke beregnes endnu, så der er ingen fil at vise:</p>
        <ul>
          {problemLines(preview.monthProblems).map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      </Notice>
    );
  const [head, ...rows] = preview.table;
  const header = hasHeader ? head : undefined;
  return (
    <section aria-label="Eksempel på lønfilen">
      <p>
        Filen for {month}: <strong>{preview.fileName}</strong>
        {preview.frozen ? ' (lukket måned: de gemte tal)' : ''}
      </p>
      {preview.problems.length > 0 ? (
        <Notice kind="warning">
          <p>Ret dette, før filen kan eksporteres:</p>
          <ul aria-label="Problemer i lønfilen">
            {preview.problems.map((p) => (
              <li key={problemText(p)}>{problemText(p)}</li>
            ))}
          </ul>
        </Notice>
      ) : (
        <p className="muted">Ingen problemer: filen kan eksporteres med denne skabelon.</p>
      )}
      <h3>Som tekst</h3>
      <pre className="file-preview" aria-label="Lønfilen som tekst" tabIndex={0}>
        {visible(preview.text)}
      </pre>
      <h3>Som tabel</h3>
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Lønfilen som tabel">
        <table>
          <caption className="visually-hidden">Lønfilen som tabel</caption>
          {header ? (
            <thead>
              <tr>
                {header.map((h, i) => (
                  <th key={i} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
          ) : null}
          <tbody>
            {(header ? rows : preview.table).map((r, i) => (
              <tr key={i}>
                {r.map((c, j) => (
                  <td key={j}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
