// "Din løn for oktober 2026" (docs/rules.md §12): one citizen's statement, or every citizen of the
// month in one print job (one A4 page each), in easy-read Danish and large type; "Arbejdsområde"
// prints one area's (docs/rules.md §6 "On screen").
import { useState } from 'react';
import { Page } from '../../components/Page';
import { useAppState } from '../../appState';
import { MonthPicker } from '../../components/MonthPicker';
import { href } from '../../router';
import { formatMonth } from '../../../../shared/danish/dates';
import { periodText, statementDocs } from '../../../../shared/documents/statement';
import { PrintButtons } from './PrintButtons';
import { useMonthView } from './useDocuments';
import { statementsSelection } from './statementsModel';
import { AreaFilter } from '../workAreas/AreaFilter';
import { useWorkAreas } from '../workAreas/useWorkAreas';
import { ALL_AREAS } from '../workAreas/workAreasModel';

export default function StatementsPage({ citizenId }: { citizenId?: string | undefined }) {
  const { month, setMonth } = useAppState();
  const view = useMonthView(month);
  const one = citizenId !== undefined;
  const [areaId, setAreaId] = useState(ALL_AREAS);
  const areas = useWorkAreas();
  // One citizen's statement is never narrowed by the area chosen for "all".
  const all = statementsSelection(month, view?.results.rows ?? [], one ? ALL_AREAS : areaId, areas);
  const docs = view ? statementDocs(month, all.rows, citizenId) : undefined;
  return (
    <Page
      title={one ? 'Lønbesked' : 'Lønbeskeder'}
      className="document-page"
      subtitle={one ? formatMonth(month) : all.subtitle}
      actions={
        <>
          <a className="button secondary" href={href(['udskrifter'])}>
            Til udskrifter
          </a>
          <PrintButtons
            label={one ? 'Udskriv lønbesked' : all.printLabel}
            fileName={
              one
                ? `loenbesked-${month}${docs?.[0] ? `-${docs[0].payrollNumber}` : ''}.pdf`
                : all.fileName
            }
            document={{
              document: 'statement',
              month,
              ...(citizenId ? { citizenId } : {}),
              ...(all.areaName ? { area: all.areaName } : {}),
            }}
          />
        </>
      }
    >
      <div className="no-print toolbar">
        <MonthPicker month={month} onChange={setMonth} />
        {one ? null : <AreaFilter areas={areas} value={areaId} onChange={setAreaId} />}
      </div>
      {!docs ? (
        <p className="loading">Henter …</p>
      ) : docs.length === 0 ? (
        <p>{one ? `Ingen borgere i ${formatMonth(month)}.` : all.empty}</p>
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
