import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { SelectField, TextField } from '../../components/Field';
import { Page } from '../../components/Page';
import { VirtualList } from '../../components/VirtualList';
import { GRANT_SIZE_LABELS, listCitizens, listGrants, type Citizen, type Grant } from '../../data';
import { formatDate, todayIso } from '../../format';
import { href } from '../../router';
import { OFFER_SHORT } from './citizenForm';
import { filterCitizens, type OfferFilter, type StatusFilter } from './filter';

const ROW_HEIGHT = 48;

export default function CitizensPage() {
  const [search, setSearch] = useState('');
  const [offer, setOffer] = useState<OfferFilter>('all');
  const [status, setStatus] = useState<StatusFilter>('active');
  const data = useLiveQuery(async () => {
    const [citizens, grants] = await Promise.all([
      listCitizens({ includeEnded: true }),
      listGrants(),
    ]);
    const latestGrant = new Map<string, Grant>();
    for (const g of grants) latestGrant.set(g.citizenId, g); // sorted by start date
    return { citizens, latestGrant };
  }, []);
  const today = todayIso();
  const shown = useMemo(
    () => (data ? filterCitizens(data.citizens, { search, offer, status, today }) : []),
    [data, search, offer, status, today],
  );

  return (
    <Page
      title="Borgere"
      actions={
        <a className="button" href={href(['borgere', 'ny'])}>
          Opret borger
        </a>
      }
    >
      <div className="toolbar" role="search">
        <TextField
          label="Søg (navn, lønnummer eller CPR)"
          value={search}
          onChange={setSearch}
          className="grow"
        />
        <SelectField<OfferFilter>
          label="Tilbud"
          value={offer}
          onChange={setOffer}
          options={[
            { value: 'all', label: 'Alle tilbud' },
            { value: 'SEL103', label: '§ 103 Beskyttet beskæftigelse' },
            { value: 'SEL104', label: '§ 104 Aktivitets- og samværstilbud' },
          ]}
        />
        <SelectField<StatusFilter>
          label="Status"
          value={status}
          onChange={setStatus}
          options={[
            { value: 'active', label: 'Aktive' },
            { value: 'ended', label: 'Afsluttede' },
            { value: 'all', label: 'Alle' },
          ]}
        />
      </div>
      {!data ? (
        <p className="loading">Henter …</p>
      ) : (
        <>
          <p className="muted" role="status">
            Viser {shown.length} af {data.citizens.length} borgere.
          </p>
          {shown.length > 0 ? (
            <>
              <div className="list-head" aria-hidden="true">
                <span>Navn</span>
                <span>Lønnummer</span>
                <span>Tilbud</span>
                <span>Bevilling</span>
                <span>Status</span>
              </div>
              <VirtualList<Citizen>
                items={shown}
                rowHeight={ROW_HEIGHT}
                height={560}
                label="Borgerliste"
                getKey={(c) => c.id}
                renderRow={(c) => {
                  const g = data.latestGrant.get(c.id);
                  return (
                    <a className="citizen-row" href={href(['borgere', c.id])}>
                      <span className="name">{c.name}</span>
                      <span>{c.payrollNumber}</span>
                      <span>{OFFER_SHORT[c.offer]}</span>
                      <span>{g ? GRANT_SIZE_LABELS[g.size] : '—'}</span>
                      <span>
                        {c.endDate ? (
                          <span className="badge">Afsluttet {formatDate(c.endDate)}</span>
                        ) : (
                          <span className="badge ok">Aktiv</span>
                        )}
                      </span>
                    </a>
                  );
                }}
              />
            </>
          ) : (
            <p>Ingen borgere matcher søgningen.</p>
          )}
        </>
      )}
    </Page>
  );
}
