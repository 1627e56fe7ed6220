// "Udskrifter" (docs/rules.md §12): the documents of the working month — statements, attendance
// sheet, month report — and each citizen's statement and year summary.
import { Card, Page } from '../../components/Page';
import { MonthPicker } from '../../components/MonthPicker';
import { useAppState } from '../../appState';
import { href } from '../../router';
import { formatMonth } from '../../../../shared/danish/dates';
import { useMonthView } from './useDocuments';

export default function DocumentsPage() {
  const { month, setMonth } = useAppState();
  const view = useMonthView(month);
  const year = month.slice(0, 4);
  return (
    <Page title="Udskrifter" subtitle="Breve, lønbeskeder, lister og rapporter til papir eller PDF">
      <MonthPicker month={month} onChange={setMonth} />
      <Card title={`For ${formatMonth(month)}`}>
        <ul className="doc-links">
          <li>
            <a href={href(['udskrifter', 'loenbesked'])}>Lønbeskeder til alle borgere</a> – én side
            til hver, i let dansk
          </li>
          <li>
            <a href={href(['udskrifter', 'fremmoedeliste'])}>Fremmødeliste</a> – borgere × dage pr.
            arbejdsområde, med planlagte dage og underskrift
          </li>
          <li>
            <a href={href(['udskrifter', 'maanedsrapport'])}>Månedsrapport</a> – til ledelsen: pr.
            arbejdsområde og transportform, 12 måneder i graf og tabel
          </li>
        </ul>
      </Card>
      <Card title="Pr. borger">
        {!view ? (
          <p className="loading">Henter …</p>
        ) : view.results.rows.length === 0 ? (
          <p>Ingen borgere i {formatMonth(month)}.</p>
        ) : (
          <table>
            <caption className="visually-hidden">Udskrifter pr. borger</caption>
            <thead>
              <tr>
                <th scope="col">Borger</th>
                <th scope="col">Lønnummer</th>
                <th scope="col">Udskrifter</th>
              </tr>
            </thead>
            <tbody>
              {view.results.rows.map((r) => (
                <tr key={r.citizenId}>
                  <th scope="row">{r.name}</th>
                  <td>{r.payrollNumber}</td>
                  <td>
                    <a
                      href={href(['udskrifter', 'loenbesked'], { borger: r.citizenId })}
                      aria-label={`Lønbesked for ${formatMonth(month)}: ${r.name}`}
                    >
                      Lønbesked
                    </a>
                    {' · '}
                    <a
                      href={href(['udskrifter', 'aarsoversigt'], {
                        borger: r.citizenId,
                        aar: year,
                      })}
                      aria-label={`Årsoversigt ${year}: ${r.name}`}
                    >
                      Årsoversigt {year}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </Page>
  );
}
