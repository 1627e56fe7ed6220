// The citizens list: search, filters and one row per citizen (rows from citizensModel.ts).
import { useMemo, useState } from 'react';
import { OFFER_LABELS } from '../../../../shared/danish/values';
import { useAppState } from '../../appState';
import { SelectField, TextField } from '../../components/Field';
import { Page } from '../../components/Page';
import { VirtualList } from '../../components/VirtualList';
import { todayIso } from '../../format';
import { href } from '../../router';
import { citizenRow, grantsByCitizen, type CitizenRow } from './citizensModel';
import { filterCitizens, type OfferFilter, type StatusFilter } from './filter';
import { useCitizens } from './useCitizens';

const ROW_HEIGHT = 48;

export default function CitizensPage() {
  const { month } = useAppState();
  const [search, setSearch] = useState('');
  const [offer, setOffer] = useState<OfferFilter>('all');
  const [status, setStatus] = useState<StatusFilter>('active');
  const data = useCitizens();
  const today = todayIso();
  const grants = useMemo(() => grantsByCitizen(data?.grants ?? []), [data]);
  const shown = useMemo(
    () =>
      data
        ? filterCitizens(data.citizens, { search, offer, status, today }).map((c) =>
            citizenRow(c, grants.get(c.id) ?? [], month, today),
          )
        : [],
    [data, grants, search, offer, status, today, month],
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
            { value: 'SEL103', label: OFFER_LABELS.SEL103 },
            { value: 'SEL104', label: OFFER_LABELS.SEL104 },
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
              <VirtualList<CitizenRow>
                items={shown}
                rowHeight={ROW_HEIGHT}
                height={560}
                label="Borgerliste"
                getKey={(r) => r.id}
                renderRow={(r) => (
                  <a className="citizen-row" href={href(['borgere', r.id])}>
                    <span className="name">{r.name}</span>
                    <span>{r.payrollNumber}</span>
                    <span>{r.offer}</span>
                    <span>{r.grant}</span>
                    <span>
                      <span className={r.status.ended ? 'badge' : 'badge ok'}>{r.status.text}</span>
                    </span>
                  </a>
                )}
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
