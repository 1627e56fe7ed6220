// The Overview's figures: its own chunk with the data layer, so the heading paints first (issue 6).
import { useLiveQuery } from 'dexie-react-hooks';
import { addMonths, daysInMonth } from '../../../../shared/domain';
import { Card, Notice } from '../../components/Page';
import {
  getMonth,
  GRANT_SIZE_LABELS,
  listAttendance,
  listCitizens,
  listAllWageDecisions,
  listGrants,
} from '../../data';
import { daysBetween, formatDate } from '../../format';
import { href } from '../../router';
import { MONTH_STATUS_LABELS } from '../monthClose/monthStatus';

async function loadOverview(month: string, today: string) {
  // One read per table: a query per citizen is thousands of IndexedDB transactions (issue 6).
  const [citizens, grants, attendance, view, decisions] = await Promise.all([
    listCitizens({ includeEnded: false }),
    listGrants(),
    listAttendance(month),
    getMonth(month),
    listAllWageDecisions(),
  ]);
  const lastDay = daysInMonth(month).at(-1)!;
  const decided = new Set(
    decisions.filter((d) => d.effectiveFrom <= lastDay).map((d) => d.citizenId),
  );
  const withAttendance = new Set(attendance.map((a) => a.citizenId));
  const byId = new Map(citizens.map((c) => [c.id, c]));
  const missingTaxCard = citizens.filter((c) => c.offer === 'SEL103' && !c.taxCard);
  const missingTransport = citizens.filter((c) => !c.transport);
  const missingDecision = citizens.filter((c) => c.offer === 'SEL103' && !decided.has(c.id));
  const horizon = addMonths(today, 1);
  const followUps = grants
    .filter((g) => byId.has(g.citizenId) && (!g.endDate || g.endDate >= today))
    .filter((g) => daysBetween(today, g.followUpDue) <= 30)
    .sort((a, b) => (a.followUpDue < b.followUpDue ? -1 : 1));
  const ending = grants
    .filter(
      (g) =>
        byId.has(g.citizenId) &&
        g.endDate &&
        g.endDate >= today &&
        g.endDate <= addMonths(horizon, 1),
    )
    .sort((a, b) => ((a.endDate ?? '') < (b.endDate ?? '') ? -1 : 1));
  return {
    citizens,
    byId,
    withAttendance,
    missingTaxCard,
    missingTransport,
    missingDecision,
    followUps,
    ending,
    view,
  };
}

function NameList({ items }: { items: ReadonlyArray<{ id: string; name: string }> }) {
  if (items.length === 0) return <p className="muted">Ingen.</p>;
  return (
    <ul className="plain">
      {items.map((c) => (
        <li key={c.id}>
          <a href={href(['borgere', c.id])}>{c.name}</a>
        </li>
      ))}
    </ul>
  );
}

/** Statistics and lists for the month; `today` comes from the page so both agree. */
export default function OverviewStats({ month, today }: { month: string; today: string }) {
  const data = useLiveQuery(() => loadOverview(month, today), [month, today]);
  return (
    <>
      {!data ? (
        <p className="loading">Henter …</p>
      ) : (
        <>
          <div className="stat-grid">
            <div className="stat">
              <span className="value">{data.citizens.length}</span>
              <span className="label">aktive borgere</span>
            </div>
            <div className="stat">
              <span className="value">
                {data.citizens.filter((c) => data.withAttendance.has(c.id)).length} af{' '}
                {data.citizens.length}
              </span>
              <span className="label">har fremmøde registreret i måneden</span>
            </div>
            <div className="stat">
              <span className="value">{MONTH_STATUS_LABELS[data.view.status]}</span>
              <span className="label">månedens status</span>
            </div>
            <div className="stat">
              <span className="value">{data.view.results.problems.length}</span>
              <span className="label">borgere der ikke kan beregnes</span>
            </div>
          </div>
          {data.citizens.length === 0 ? (
            <Notice>
              <p>
                Der er ingen borgere endnu.{' '}
                <a href={href(['borgere', 'ny'])}>Opret den første borger</a>.
              </p>
            </Notice>
          ) : null}
          <div className="grid-2">
            <Card title={`Mangler skattekort (${data.missingTaxCard.length})`}>
              <NameList items={data.missingTaxCard} />
            </Card>
            <Card title={`Mangler kørselsprofil (${data.missingTransport.length})`}>
              <NameList items={data.missingTransport} />
            </Card>
            <Card title={`Mangler lønafgørelse (${data.missingDecision.length})`}>
              <NameList items={data.missingDecision} />
            </Card>
            <Card
              title={`Opfølgning inden for 30 dage eller overskredet (${data.followUps.length})`}
            >
              {data.followUps.length === 0 ? (
                <p className="muted">Ingen.</p>
              ) : (
                <ul className="plain">
                  {data.followUps.map((g) => {
                    const c = data.byId.get(g.citizenId)!;
                    const overdue = g.followUpDue < today;
                    return (
                      <li key={g.id}>
                        <a href={href(['borgere', c.id])}>{c.name}</a>{' '}
                        <span className={`badge ${overdue ? 'err' : 'warn'}`}>
                          {overdue ? 'Overskredet' : 'Snart'} {formatDate(g.followUpDue)}
                        </span>
                      </li>
                    );
                  })}
                </ul>
              )}
            </Card>
            <Card title={`Bevillinger der udløber (${data.ending.length})`}>
              {data.ending.length === 0 ? (
                <p className="muted">Ingen inden for de næste to måneder.</p>
              ) : (
                <ul className="plain">
                  {data.ending.map((g) => {
                    const c = data.byId.get(g.citizenId)!;
                    return (
                      <li key={g.id}>
                        <a href={href(['borgere', c.id])}>{c.name}</a> · {GRANT_SIZE_LABELS[g.size]}{' '}
                        udløber {formatDate(g.endDate)}
                      </li>
                    );
                  })}
                </ul>
              )}
            </Card>
          </div>
        </>
      )}
    </>
  );
}
