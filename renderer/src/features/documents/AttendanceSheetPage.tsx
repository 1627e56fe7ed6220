// The attendance sheet per work area and month (docs/rules.md §12): citizens × days, planned days
// marked, what is recorded written in, and a signature line; A4 landscape on paper.
import { Page } from '../../components/Page';
import { MonthPicker } from '../../components/MonthPicker';
import { useAppState } from '../../appState';
import { href } from '../../router';
import { formatMonth } from '../../../../shared/danish/dates';
import {
  attendanceSheetsByArea,
  type AttendanceSheetDoc,
} from '../../../../shared/documents/attendanceSheet';
import { SelectField } from '../../components/Field';
import { navigate } from '../../router';
import { citizensOfMonth } from '../../../../shared/month';
import { useLive } from '../../data/live';
import { PrintButtons } from './PrintButtons';

function useSheetData(month: string) {
  return useLive(
    async (api) => {
      const [citizens, grants, attendance, areas] = await Promise.all([
        api.listCitizens({ includeEnded: true }),
        api.listGrants(),
        api.listAttendance(month),
        api.listWorkAreas(),
      ]);
      return { month, citizens, grants, attendance, areas };
    },
    [month],
  );
}

export default function AttendanceSheetPage({ area }: { area?: string | undefined }) {
  const { month, setMonth } = useAppState();
  const data = useSheetData(month);
  const ready = data?.month === month ? data : undefined;
  const sheets = ready
    ? attendanceSheetsByArea(
        month,
        ready.areas,
        citizensOfMonth({ ...ready, wageDecisions: [], settingsVersions: [] }),
        ready.grants,
        ready.attendance,
        area,
      )
    : undefined;
  const areaName = ready?.areas.find((a) => a.id === area)?.name;
  return (
    <Page
      title="Fremmødeliste"
      className="document-page"
      subtitle={`${areaName ?? 'Alle arbejdsområder'} · ${formatMonth(month)}`}
      actions={
        <>
          <a className="button secondary" href={href(['udskrifter'])}>
            Til udskrifter
          </a>
          <PrintButtons
            label="Udskriv fremmødeliste"
            fileName={`fremmoedeliste-${month}.pdf`}
            document={{
              document: 'attendanceSheet',
              month,
              ...(areaName ? { area: areaName } : {}),
            }}
          />
        </>
      }
    >
      <div className="no-print filters">
        <MonthPicker month={month} onChange={setMonth} />
        <SelectField
          label="Arbejdsområde"
          value={area ?? '*'}
          onChange={(v) =>
            navigate(['udskrifter', 'fremmoedeliste'], { omraade: v === '*' ? undefined : v })
          }
          options={[
            { value: '*', label: 'Alle (én side pr. område)' },
            ...(ready?.areas ?? []).map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
      </div>
      {!sheets ? (
        <p className="loading">Henter …</p>
      ) : sheets.length === 0 ? (
        <p>Ingen borgere i {formatMonth(month)}.</p>
      ) : (
        sheets.map((doc) => <Sheet key={doc.area} doc={doc} month={month} />)
      )}
    </Page>
  );
}

function Sheet({ doc, month }: { doc: AttendanceSheetDoc; month: string }) {
  return (
    <article className="document sheet" aria-label={`${doc.title}, ${doc.area}`}>
      <div className="letter-head">
        <h2>
          {doc.title} · {doc.area}
        </h2>
        <p>Jobbasen · Holbæk Kommune</p>
      </div>
      <p className="muted">
        Skriv timer pr. dag, eller S (syg), F (ferie), FR (fri), U (udeblevet), A (andet). Planlagte
        dage er markeret med en ramme og ●.
      </p>
      <div className="table-wrap">
        <table className="sheet-table">
          <caption className="visually-hidden">
            Fremmøde pr. borger og dag i {formatMonth(month)}, {doc.area}
          </caption>
          <thead>
            <tr>
              <th scope="col">Borger</th>
              {doc.days.map((d) => (
                <th key={d.date} scope="col" className={d.weekend ? 'weekend' : undefined}>
                  {d.day}
                </th>
              ))}
              <th scope="col" className="num">
                Timer
              </th>
            </tr>
          </thead>
          <tbody>
            {doc.rows.map((r) => (
              <tr key={r.citizenId}>
                <th scope="row">
                  {r.name}
                  <span className="muted"> ({r.payrollNumber})</span>
                </th>
                {r.cells.map((c) => (
                  <td
                    key={c.date}
                    className={c.planned ? 'planned' : undefined}
                    aria-label={c.planned ? `planlagt${c.text ? `: ${c.text}` : ''}` : undefined}
                  >
                    {c.text || (c.planned ? '●' : '')}
                  </td>
                ))}
                <td className="num">{r.hours}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {doc.rows.length === 0 ? <p>Ingen borgere i området i måneden.</p> : null}
      <div className="signature-line">
        <p>Underskrift (værkstedsleder): ______________________________</p>
        <p>Dato: ____________</p>
      </div>
    </article>
  );
}
