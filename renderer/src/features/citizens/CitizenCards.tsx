// The citizen page's cards (views only; the texts come from citizenModel.ts).
import { useState } from 'react';
import type { Citizen, Grant } from '../../../../shared/records';
import { formatCpr, maskCpr } from '../../../../shared/records';
import { Card } from '../../components/Page';
import { useDataApi } from '../../data/context';
import { errorMessage } from '../../data/errors';
import { formatDate } from '../../format';
import {
  attendanceSummary,
  grantFacts,
  payerText,
  taxCardText,
  transportText,
} from './citizenModel';
import { citizenToForm } from './citizenForm';
import { TransportPreview } from './TransportPreview';
import type { CitizenData } from './useCitizens';

export function MasterDataCard({ citizen: c }: { citizen: Citizen }) {
  const api = useDataApi();
  const [showCpr, setShowCpr] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The number is shown only once the audit log has it that it was (docs/rules.md §13).
  const reveal = () =>
    api.recordAccess({ kind: 'cprReveal', citizenId: c.id }).then(
      () => {
        setError(null);
        setShowCpr(true);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  return (
    <Card title="Stamdata">
      <dl className="facts">
        <dt>CPR-nummer</dt>
        <dd>
          <span data-testid="cpr">{showCpr ? formatCpr(c.cpr) : maskCpr(c.cpr)}</span>{' '}
          <button
            type="button"
            className="link"
            onClick={() => (showCpr ? setShowCpr(false) : void reveal())}
          >
            {showCpr ? 'Skjul' : 'Vis'}
          </button>
          {error ? (
            <span role="alert" className="cell-error">
              {' '}
              {error}
            </span>
          ) : null}
        </dd>
        <dt>Start</dt>
        <dd>{formatDate(c.startDate)}</dd>
        {c.note ? (
          <>
            <dt>Note</dt>
            <dd>{c.note}</dd>
          </>
        ) : null}
      </dl>
    </Card>
  );
}

export function GrantCard({
  grant,
  today,
  onError,
}: {
  grant: Grant | undefined;
  today: string;
  onError: (message: string) => void;
}) {
  const api = useDataApi();
  if (!grant)
    return (
      <Card title="Bevilling">
        <p className="muted">Ingen bevilling registreret.</p>
      </Card>
    );
  const facts = grantFacts(grant, today);
  return (
    <Card title="Bevilling">
      <dl className="facts">
        <dt>Omfang</dt>
        <dd>{facts.size}</dd>
        <dt>Periode</dt>
        <dd>{facts.period}</dd>
        <dt>Næste opfølgning</dt>
        <dd>
          {facts.followUp} {facts.overdue ? <span className="badge err">Overskredet</span> : null}{' '}
          <button
            type="button"
            className="link"
            onClick={() =>
              void api
                .recordFollowUp(grant.id, today)
                .catch((e: unknown) => onError(errorMessage(e)))
            }
          >
            Opfølgning holdt i dag
          </button>
        </dd>
        {grant.screeningNotes ? (
          <>
            <dt>Målgruppe</dt>
            <dd>{grant.screeningNotes}</dd>
          </>
        ) : null}
      </dl>
    </Card>
  );
}

export function TaxAndTransportCard({
  data,
  grant,
  month,
}: {
  data: CitizenData;
  grant: Grant | undefined;
  month: string;
}) {
  const c = data.citizen;
  const transport = transportText(c, data.version.settings);
  const taxCard = taxCardText(c);
  const payer = payerText(c);
  return (
    <Card title="Skattekort og kørsel">
      <dl className="facts">
        {c.offer === 'SEL103' ? (
          <>
            <dt>Skattekort</dt>
            <dd>{taxCard ?? <span className="badge warn">Mangler – standardtræk bruges</span>}</dd>
          </>
        ) : null}
        <dt>Kørsel</dt>
        <dd>{transport ?? <span className="badge warn">Mangler kørselsprofil</span>}</dd>
        {payer ? (
          <>
            <dt>Betaling</dt>
            <dd>{payer}</dd>
          </>
        ) : null}
        {c.offer === 'SEL104' ? (
          <>
            <dt>Bevilget kørsel</dt>
            <dd>{c.municipalTransport ? 'Ja – kommunen betaler' : 'Nej'}</dd>
          </>
        ) : null}
      </dl>
      {c.transport ? (
        <TransportPreview
          form={citizenToForm(c, grant)}
          month={month}
          saved={c}
          attendance={data.attendance[data.attendance.length - 1] ?? []}
          decisions={data.decisions}
          version={data.version}
        />
      ) : null}
    </Card>
  );
}

export function AttendanceCard({
  months,
  attendance,
}: {
  months: readonly string[];
  attendance: CitizenData['attendance'];
}) {
  return (
    <Card title="Fremmøde">
      <table>
        <thead>
          <tr>
            <th scope="col">Måned</th>
            <th scope="col" className="num">
              Dage
            </th>
            <th scope="col" className="num">
              Timer
            </th>
            <th scope="col">Fravær</th>
          </tr>
        </thead>
        <tbody>
          {attendanceSummary(months, attendance).map((m) => (
            <tr key={m.month}>
              <td>{m.label}</td>
              <td className="num">{m.days}</td>
              <td className="num">{m.hours}</td>
              <td>{m.absence}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
