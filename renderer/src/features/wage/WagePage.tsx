// Lønvurdering (docs/rules.md §2): pick a § 103 citizen, then assess (WageForm).
import { SelectField } from '../../components/Field';
import { Notice, Page } from '../../components/Page';
import { navigate } from '../../router';
import { useActiveCitizens } from './useWageData';
import { CitizenWage } from './CitizenWage';
import { citizenOptions, eligibleCitizens } from './wageModel';

export default function WagePage({ citizenId }: { citizenId?: string | undefined }) {
  const citizens = useActiveCitizens();
  return (
    <Page
      title="Lønvurdering"
      subtitle="Løn efter indsats (SEL § 103): fem kriterier og hjælpebehov"
    >
      <div className="toolbar">
        <SelectField
          label="Borger"
          value={citizenId ?? ''}
          onChange={(id) => navigate(['loenvurdering'], { borger: id || undefined })}
          options={citizenOptions(citizens)}
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
