// Lønvurdering (docs/rules.md §2): pick a § 103 citizen (the picker narrowed by "Arbejdsområde",
// docs/rules.md §6 "On screen"), then assess (WageForm).
import { useState } from 'react';
import { SelectField } from '../../components/Field';
import { Notice, Page } from '../../components/Page';
import { navigate } from '../../router';
import { useActiveCitizens } from './useWageData';
import { CitizenWage } from './CitizenWage';
import { citizenOptions, eligibleCitizens } from './wageModel';
import { useAppState } from '../../appState';
import { AreaFilter } from '../workAreas/AreaFilter';
import { useWorkAreas } from '../workAreas/useWorkAreas';
import { ALL_AREAS } from '../workAreas/workAreasModel';

export default function WagePage({ citizenId }: { citizenId?: string | undefined }) {
  const citizens = useActiveCitizens();
  const { month } = useAppState();
  const [areaId, setAreaId] = useState(ALL_AREAS);
  const areas = useWorkAreas();
  return (
    <Page
      title="Lønvurdering"
      subtitle="Løn efter indsats (SEL § 103): fem kriterier og hjælpebehov"
    >
      <div className="toolbar">
        <AreaFilter areas={areas} value={areaId} onChange={setAreaId} />
        <SelectField
          label="Borger"
          value={citizenId ?? ''}
          onChange={(id) => navigate(['loenvurdering'], { borger: id || undefined })}
          options={citizenOptions(citizens, { areaId, month, chosen: citizenId })}
        />
      </div>
      {citizens && eligibleCitizens(citizens).length === 0 ? (
        <Notice>
          <p>Der er ingen aktive borgere i beskyttet beskæftigelse (§ 103) at vurdere.</p>
        </Notice>
      ) : null}
      {citizenId ? <CitizenWage key={citizenId} citizenId={citizenId} /> : null}
    </Page>
  );
}
