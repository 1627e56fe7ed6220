// A citizen's year (docs/rules.md §12): gross pay and transport shares per month and for the year,
// from each month's row of the one computation (closed months frozen).
import { Page } from '../../components/Page';
import { SelectField } from '../../components/Field';
import { useAppState } from '../../appState';
import { href, navigate } from '../../router';
import { yearSummaryCsv, yearSummaryDoc } from '../../../../shared/documents/yearSummary';
import { FiguresTable } from './FiguresTable';
import { CsvButton } from './CsvButton';
import { PrintButtons } from './PrintButtons';
import { monthsOfYear, useCitizensAndGrants, useMonthViews } from './useDocuments';

const STATUS = { open: 'åben', reopened: 'genåbnet', closed: 'lukket' } as const;

export default function YearSummaryPage({
  citizenId,
  year: asked,
}: {
  citizenId?: string | undefined;
  year?: number | undefined;
}) {
  const { month } = useAppState();
  const year = asked ?? Number(month.slice(0, 4));
  const people = useCitizensAndGrants();
  const views = useMonthViews(monthsOfYear(year));
  const citizen = people?.citizens.find((c) => c.id === citizenId);
  const doc =
    citizen && views
      ? yearSummaryDoc(
          year,
          citizen,
          views.map((v) => ({
            month: v.month,
            status: v.status,
            row: v.results.rows.find((r) => r.citizenId === citizen.id),
          })),
        )
      : undefined;
  const go = (c: string | undefined, y: number) =>
    navigate(['udskrifter', 'aarsoversigt'], { borger: c, aar: String(y) });
  return (
    <Page
      title="Årsoversigt"
      className="document-page"
      subtitle={citizen ? `${citizen.name} · ${year}` : String(year)}
      actions={
        <>
          <a className="button secondary" href={href(['udskrifter'])}>
            Til udskrifter
          </a>
          {doc ? (
            <>
              <CsvButton
                fileName={`aarsoversigt-${year}-${doc.payrollNumber}.csv`}
                content={() => yearSummaryCsv(doc)}
                document={{ document: 'yearSummary', month: `${year}-01`, citizenId: citizen!.id }}
              />
              <PrintButtons
                label="Udskriv årsoversigt"
                fileName={`aarsoversigt-${year}-${doc.payrollNumber}.pdf`}
                document={{ document: 'yearSummary', month: `${year}-01`, citizenId: citizen!.id }}
              />
            </>
          ) : null}
        </>
      }
    >
      <div className="no-print filters">
        <SelectField
          label="Borger"
          value={citizenId ?? ''}
          onChange={(v) => go(v || undefined, year)}
          options={[
            { value: '', label: 'Vælg borger' },
            ...(people?.citizens ?? []).map((c) => ({
              value: c.id,
              label: `${c.name} (${c.payrollNumber})`,
            })),
          ]}
        />
        <SelectField
          label="År"
          value={String(year)}
          onChange={(v) => go(citizenId, Number(v))}
          options={[year - 2, year - 1, year, year + 1].map((y) => ({
            value: String(y),
            label: String(y),
          }))}
        />
      </div>
      {!citizenId ? (
        <p>Vælg en borger.</p>
      ) : !doc ? (
        <p className="loading">Henter …</p>
      ) : (
        <article className="document" aria-label={`${doc.title}: ${doc.name}`}>
          <p className="statement-sender">Jobbasen · Holbæk Kommune</p>
          <h2>
            {doc.title} for {doc.name}
          </h2>
          <p>Lønnummer {doc.payrollNumber}. Bruttoløn og kørsel måned for måned.</p>
          <FiguresTable
            caption={`Løn og kørsel ${year}`}
            heads={['Måned', 'Status']}
            rows={doc.rows.map((r) => ({
              key: r.month,
              head: r.label,
              extra: [r.present ? STATUS[r.status] : 'ikke i måneden'],
              figures: r,
            }))}
            total={{ key: 'total', head: 'I alt', extra: [''], figures: doc.total }}
          />
          <p className="statement-binding">
            Det er lønsedlerne fra lønkontoret, der gælder. Åbne måneder kan stadig ændre sig.
          </p>
        </article>
      )}
    </Page>
  );
}
