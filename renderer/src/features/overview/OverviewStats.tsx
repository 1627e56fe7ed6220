// The Overview's figures: its own chunk with the data layer, so the heading paints first (issue 6).
import { useState } from 'react';
import { Card, Notice } from '../../components/Page';
import { href } from '../../router';
import type { MoneyFigure, Named, OverviewFigures } from './overviewModel';
import { useOverview } from './useOverview';
import { AreaFilter } from '../workAreas/AreaFilter';
import { ALL_AREAS } from '../workAreas/workAreasModel';
import { useWorkAreas } from '../workAreas/useWorkAreas';

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

/** Follow-ups (issue 12, Build item 8) under their work area, each a link to the citizen. */
function FollowUps({ groups }: { groups: OverviewFigures['followUpGroups'] }) {
  if (groups.length === 0) return <p className="muted">Ingen.</p>;
  const titled = groups.length > 1 || groups[0]!.area !== 'Intet arbejdsområde';
  return (
    <>
      {groups.map((g) => (
        <section key={g.area} aria-label={g.area}>
          {titled ? <h3 className="small-heading">{g.area}</h3> : null}
          <ul className="plain">
            {g.lines.map((l) => (
              <li key={l.grantId}>
                <a href={href(['borgere', l.citizen.id])}>{l.citizen.name}</a>{' '}
                <span className={`badge ${l.overdue ? 'err' : 'warn'}`}>{l.badge}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/** The month's money (issue 12, Build item 7): one line per figure. */
function Money({ figures }: { figures: readonly MoneyFigure[] }) {
  return (
    <dl className="facts">
      {figures.map((f) => (
        <div key={f.label} style={{ display: 'contents' }}>
          <dt>{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function AreaMoneyTable({ parts }: { parts: OverviewFigures['areaMoney'] }) {
  if (parts.length === 0) return null;
  const labels = parts[0]!.figures.map((f) => f.label);
  return (
    <table>
      <caption>Pr. arbejdsområde</caption>
      <thead>
        <tr>
          <th scope="col">Område</th>
          <th scope="col" className="num">
            Borgere
          </th>
          {labels.map((l) => (
            <th key={l} scope="col" className="num">
              {l}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {parts.map((p) => (
          <tr key={p.area}>
            <th scope="row">{p.area}</th>
            <td className="num">{p.citizens}</td>
            {p.figures.map((f) => (
              <td key={f.label} className="num">
                {f.value}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
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
  const [areaId, setAreaId] = useState(ALL_AREAS);
  const areas = useWorkAreas();
  const data = useOverview(month, today, areaId);
  if (!data) return <p className="loading">Henter …</p>;
  return (
    <>
      <div className="toolbar">
        <AreaFilter areas={areas} value={areaId} onChange={setAreaId} />
      </div>
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
      <Card title="Månedens penge">
        <Money figures={data.money} />
        <AreaMoneyTable parts={data.areaMoney} />
      </Card>
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
          <FollowUps groups={data.followUpGroups} />
        </Card>
        <Card title={`Bevillinger der udløber (${data.ending.length})`}>
          <Ending lines={data.ending} />
        </Card>
      </div>
    </>
  );
}
