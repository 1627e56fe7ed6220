// The citizens list: search, filters and one row per citizen (rows from citizensModel.ts).
import { useMemo, useState } from 'react';
import { useAppState } from '../../appState';
import { SelectField, TextField } from '../../components/Field';
import { binder } from '../../components/forms';
import { Page } from '../../components/Page';
import { VirtualList } from '../../components/VirtualList';
import { todayIso } from '../../format';
import { href } from '../../router';
import { groupByCitizen } from '../../../../shared/month';
import { citizenRow, type CitizenRow } from './citizensModel';
import { filterCitizens, NO_FILTERS, OFFER_FILTER_OPTIONS, STATUS_FILTER_OPTIONS } from './filter';
import { useCitizens } from './useCitizens';
import { plural } from '../../../../shared/danish/number';
import { AreaFilter } from '../workAreas/AreaFilter';
import { ALL_AREAS, inArea } from '../workAreas/workAreasModel';
import { useWorkAreas } from '../workAreas/useWorkAreas';

const ROW_HEIGHT = 48;

export default function CitizensPage() {
  const { month } = useAppState();
  const [filters, setFilters] = useState(NO_FILTERS);
  const field = binder(filters, setFilters, () => undefined);
  const data = useCitizens();
  // docs/rules.md §6: the area each citizen belongs to in the working month.
  const [areaId, setAreaId] = useState(ALL_AREAS);
  const areas = useWorkAreas();
  const today = todayIso();
  const grants = useMemo(() => groupByCitizen(data?.grants ?? []), [data]);
  const shown = useMemo(
    () =>
      data
        ? filterCitizens(
            data.citizens.filter((c) => inArea(c, areaId, month)),
            { ...filters, today },
          ).map((c) => citizenRow(c, grants.get(c.id) ?? [], month, today))
        : [],
    [data, grants, filters, today, month, areaId],
  );

  return (
    <Page
      title="Borgere"
      actions={
        <>
          <a className="button secondary" href={href(['indlaes'])}>
            Indlæs fra regneark
          </a>
          <a className="button" href={href(['borgere', 'ny'])}>
            Opret borger
          </a>
        </>
      }
    >
      <div className="toolbar" role="search">
        <TextField label="Søg (navn, lønnummer eller CPR)" {...field('search')} className="grow" />
        <SelectField label="Tilbud" {...field('offer')} options={OFFER_FILTER_OPTIONS} />
        <SelectField label="Status" {...field('status')} options={STATUS_FILTER_OPTIONS} />
        <AreaFilter areas={areas} value={areaId} onChange={setAreaId} />
      </div>
      {!data ? (
        <p className="loading">Henter …</p>
      ) : (
        <>
          <p className="muted" role="status">
            Viser {shown.length} af {plural(data.citizens.length, 'borger', 'borgere')}.
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
