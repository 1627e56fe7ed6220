// The month report for management (docs/rules.md §12): per work area and transport mode, with
// subtotals per area and the total, a 12-month chart with its table, and CSV export.
import { Notice, Page } from '../../components/Page';
import { MonthPicker } from '../../components/MonthPicker';
import { useAppState } from '../../appState';
import { href } from '../../router';
import { formatMonth } from '../../../../shared/danish/dates';
import { monthReportCsv, monthReportDoc, trend } from '../../../../shared/documents/monthReport';
import { FiguresTable, type FiguresRow } from './FiguresTable';
import { CsvButton } from './CsvButton';
import { PrintButtons } from './PrintButtons';
import { TrendChart } from './TrendChart';
import { monthsUpTo, useMonthViews } from './useDocuments';

const STATUS = { open: 'åben', reopened: 'genåbnet', closed: 'lukket' } as const;

export default function MonthReportPage() {
  const { month, setMonth } = useAppState();
  const views = useMonthViews(monthsUpTo(month));
  const view = views?.at(-1);
  const doc = view ? monthReportDoc(view.results) : undefined;
  const rows: FiguresRow[] =
    doc?.areas.flatMap((a) => [
      ...a.groups.map((g) => ({
        key: `${a.area.id}-${g.mode}`,
        head: a.area.name,
        extra: [g.modeLabel],
        figures: g,
      })),
      {
        key: `${a.area.id}-sum`,
        head: a.area.name,
        extra: ['I alt'],
        figures: a.subtotal,
        className: 'subtotal',
      },
    ]) ?? [];
  return (
    <Page
      title="Månedsrapport"
      className="document-page"
      subtitle={formatMonth(month)}
      actions={
        <>
          <a className="button secondary" href={href(['udskrifter'])}>
            Til udskrifter
          </a>
          {doc ? (
            <>
              <CsvButton
                fileName={`maanedsrapport-${month}.csv`}
                content={() => monthReportCsv(doc)}
                document={{ document: 'monthReport', month }}
              />
              <PrintButtons
                label="Udskriv rapport"
                fileName={`maanedsrapport-${month}.pdf`}
                document={{ document: 'monthReport', month }}
              />
            </>
          ) : null}
        </>
      }
    >
      <div className="no-print">
        <MonthPicker month={month} onChange={setMonth} />
      </div>
      {!doc || !views || !view ? (
        <p className="loading">Henter …</p>
      ) : (
        <article className="document report" aria-label={doc.title}>
          <p className="statement-sender">Jobbasen · Holbæk Kommune</p>
          <h2>{doc.title}</h2>
          <p>
            Måneden er {STATUS[view.status]}
            {view.status === 'closed' ? ': tallene er dem, der blev sendt til lønkontoret.' : '.'}
          </p>
          {view.results.problems.length > 0 ? (
            <Notice kind="warning">
              {view.results.problems.length} borgere kan ikke beregnes og er ikke med.
            </Notice>
          ) : null}
          <FiguresTable
            caption="Pr. arbejdsområde og transportform"
            heads={['Arbejdsområde', 'Transportform']}
            rows={rows}
            total={{ key: 'total', head: 'I alt', extra: [''], figures: doc.total }}
            showCitizens
          />
          <h3>De seneste 12 måneder</h3>
          <TrendChart
            points={trend(views.map((v) => ({ month: v.month, totals: v.results.totals })))}
          />
        </article>
      )}
    </Page>
  );
}
