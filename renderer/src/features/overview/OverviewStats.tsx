// The Overview's figures: its own chunk with the data layer, so the heading paints first (issue 6).
import { Card, Notice } from '../../components/Page';
import { href } from '../../router';
import type { Named, OverviewFigures } from './overviewModel';
import { useOverview } from './useOverview';

function NameList({ items }: { items: readonly Named[] }) {
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

function Stat({ value, label }: { value: string | number; label: string }) {
  return (
    <div className="stat">
      <span className="value">{value}</span>
      <span className="label">{label}</span>
    </div>
  );
}

function FollowUps({ lines }: { lines: OverviewFigures['followUps'] }) {
  if (lines.length === 0) return <p className="muted">Ingen.</p>;
  return (
    <ul className="plain">
      {lines.map((l) => (
        <li key={l.grantId}>
          <a href={href(['borgere', l.citizen.id])}>{l.citizen.name}</a>{' '}
          <span className={`badge ${l.overdue ? 'err' : 'warn'}`}>{l.badge}</span>
        </li>
      ))}
    </ul>
  );
}

function Ending({ lines }: { lines: OverviewFigures['ending'] }) {
  if (lines.length === 0) return <p className="muted">Ingen inden for de næste to måneder.</p>;
  return (
    <ul className="plain">
      {lines.map((l) => (
        <li key={l.grantId}>
          <a href={href(['borgere', l.citizen.id])}>{l.citizen.name}</a> · {l.text}
        </li>
      ))}
    </ul>
  );
}

/** Statistics and lists for the month; `today` comes from the page so both agree. */
export default function OverviewStats({ month, today }: { month: string; today: string }) {
  const data = useOverview(month, today);
  if (!data) return <p className="loading">Henter …</p>;
  return (
    <>
      <div className="stat-grid">
        <Stat value={data.active} label="aktive borgere" />
        <Stat
          value={`${data.withAttendance} af ${data.active}`}
          label="har fremmøde registreret i måneden"
        />
        <Stat value={data.status} label="månedens status" />
        <Stat value={data.problems} label="borgere der ikke kan beregnes" />
      </div>
      {data.active === 0 ? (
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
        <Card title={`Opfølgning inden for 30 dage eller overskredet (${data.followUps.length})`}>
          <FollowUps lines={data.followUps} />
        </Card>
        <Card title={`Bevillinger der udløber (${data.ending.length})`}>
          <Ending lines={data.ending} />
        </Card>
      </div>
    </>
  );
}
