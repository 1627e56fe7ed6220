// "Din løn for oktober 2026" (docs/rules.md §12): one citizen's statement, or every citizen of the
// month in one print job (one A4 page each), in easy-read Danish and large type.
import { Page } from '../../components/Page';
import { useAppState } from '../../appState';
import { MonthPicker } from '../../components/MonthPicker';
import { href } from '../../router';
import { formatMonth } from '../../../../shared/danish/dates';
import { periodText, statementDocs } from '../../../../shared/documents/statement';
import { PrintButtons } from './PrintButtons';
import { useMonthView } from './useDocuments';

export default function StatementsPage({ citizenId }: { citizenId?: string | undefined }) {
  const { month, setMonth } = useAppState();
  const view = useMonthView(month);
  const docs = view ? statementDocs(month, view.results.rows, citizenId) : undefined;
  const one = citizenId !== undefined;
  return (
    <Page
      title={one ? 'Lønbesked' : 'Lønbeskeder'}
      className="document-page"
      subtitle={one ? formatMonth(month) : `Alle borgere i ${formatMonth(month)}, én side til hver`}
      actions={
        <>
          <a className="button secondary" href={href(['udskrifter'])}>
            Til udskrifter
          </a>
          <PrintButtons
            label={one ? 'Udskriv lønbesked' : 'Udskriv alle lønbeskeder'}
            fileName={`loenbesked-${month}${one && docs?.[0] ? `-${docs[0].payrollNumber}` : ''}.pdf`}
            document={{ document: 'statement', month, ...(citizenId ? { citizenId } : {}) }}
          />
        </>
      }
    >
      <div className="no-print">
        <MonthPicker month={month} onChange={setMonth} />
      </div>
      {!docs ? (
        <p className="loading">Henter …</p>
      ) : docs.length === 0 ? (
        <p>Ingen borgere i {formatMonth(month)}.</p>
      ) : (
        docs.map((d) => (
          <article
            key={d.payrollNumber + d.name}
            className="document statement"
            aria-label={`${d.title}: ${d.name}`}
          >
            <p className="statement-sender">Jobbasen · Holbæk Kommune</p>
            <h2>{d.title}</h2>
            <p className="statement-name">
              Til <strong>{d.name}</strong>
            </p>
            <ul className="statement-lines">
              {d.lines.map((l) => (
                <li key={l.key} data-key={l.key}>
                  {l.sentence}
                </li>
              ))}
            </ul>
            {d.notes.map((n) => (
              <p key={n}>{n}</p>
            ))}
            <p className="statement-binding">
              <strong>{d.binding}</strong>
            </p>
            <p className="muted">
              {periodText(month)} Lønnummer {d.payrollNumber}.
            </p>
          </article>
        ))
      )}
    </Page>
  );
}
