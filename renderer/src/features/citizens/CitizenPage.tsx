// A citizen's page for the working month: master data, the grant shown for the month
// (docs/rules.md §1), tax card and transport with a preview, attendance, pay, work area, links to
// the citizen's documents (§12), wage history, ending.
import { useState } from 'react';
import { OFFER_LABELS } from '../../../../shared/danish/values';
import { grantToShow } from '../../../../shared/rules/grants';
import { useAppState } from '../../appState';
import { Notice, Page } from '../../components/Page';
import { todayIso } from '../../format';
import { href } from '../../router';
import { AttendanceCard, GrantCard, MasterDataCard, TaxAndTransportCard } from './CitizenCards';
import { endNotice } from './citizenModel';
import { EndCitizen } from './EndCitizen';
import { useCitizen } from './useCitizens';
import { WageHistoryCard } from './WageHistoryCard';
import { CitizenPayCard } from './CitizenPayCard';
import { CitizenAreaCard } from '../workAreas/CitizenAreaCard';
import { CitizenDocumentsCard } from './CitizenDocumentsCard';

export default function CitizenPage({ citizenId }: { citizenId: string }) {
  const { month } = useAppState();
  const [actionError, setActionError] = useState<string | null>(null);
  const data = useCitizen(citizenId, month);

  if (data === undefined) return <p className="loading">Henter …</p>;
  if (data === null)
    return (
      <Page title="Borgeren findes ikke">
        <p>
          Borgeren findes ikke (mere). <a href={href(['borgere'])}>Tilbage til borgerlisten</a>
        </p>
      </Page>
    );
  const c = data.citizen;
  const grant = grantToShow(data.grants, month);
  const today = todayIso();
  const ending = endNotice(c, today);

  return (
    <Page
      title={c.name}
      subtitle={`${OFFER_LABELS[c.offer]} · lønnummer ${c.payrollNumber}`}
      actions={
        <>
          <a className="button secondary" href={href(['borgere', c.id, 'rediger'])}>
            Ret oplysninger
          </a>
          {c.offer === 'SEL103' ? (
            <a className="button" href={href(['loenvurdering'], { borger: c.id })}>
              Ny lønvurdering
            </a>
          ) : null}
        </>
      }
    >
      {ending ? (
        <Notice kind="warning">
          <p>{ending}</p>
        </Notice>
      ) : null}
      {actionError ? <Notice kind="error">{actionError}</Notice> : null}
      <div className="grid-2">
        <MasterDataCard citizen={c} />
        <GrantCard grant={grant} today={today} onError={setActionError} />
        <TaxAndTransportCard data={data} grant={grant} month={month} />
        <AttendanceCard months={data.months} attendance={data.attendance} />
        <CitizenPayCard citizenId={c.id} month={month} />
        <CitizenAreaCard citizen={c} month={month} />
        <CitizenDocumentsCard citizen={c} month={month} decisions={data.decisions} />
      </div>
      {c.offer === 'SEL103' ? <WageHistoryCard data={data} today={today} /> : null}
      <EndCitizen citizen={c} />
    </Page>
  );
}
