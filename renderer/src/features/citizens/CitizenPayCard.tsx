// "Løn i <måned>" on the citizen page (issue 12, Build item 7): the citizen's row of the month as
// the month close shows it (frozen when the month is closed), never a second calculation.
import { Fragment } from 'react';
import { formatMonth } from '../../../../shared/danish/dates';
import { Card } from '../../components/Page';
import { useLive } from '../../data/live';
import { payLines } from './citizenPayModel';

export function CitizenPayCard({ citizenId, month }: { citizenId: string; month: string }) {
  const view = useLive((api) => api.getMonth(month), [month]);
  if (!view) return <p className="loading">Henter …</p>;
  const row = view.results.rows.find((r) => r.citizenId === citizenId);
  const problem = view.results.problems.find((p) => p.citizenId === citizenId);
  const lines = payLines(row);
  return (
    <Card title={`Løn i ${formatMonth(month)}`}>
      {lines ? (
        <dl className="facts" data-testid="pay-lines">
          {lines.map((l) => (
            <Fragment key={l.label}>
              <dt>{l.label}</dt>
              <dd>{l.strong ? <strong>{l.value}</strong> : l.value}</dd>
            </Fragment>
          ))}
        </dl>
      ) : (
        <p className="muted">
          {problem
            ? 'Måneden kan ikke beregnes for borgeren endnu: se månedsafslutningen.'
            : 'Ingen løn eller kørsel i måneden.'}
        </p>
      )}
      {view.status === 'closed' ? (
        <p className="muted">Måneden er lukket: tallene er dem, der blev sendt til lønkontoret.</p>
      ) : (
        <p className="muted">Skatten er et skøn; lønkontorets lønseddel er den gældende.</p>
      )}
    </Card>
  );
}
