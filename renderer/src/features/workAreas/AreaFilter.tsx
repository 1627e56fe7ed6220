// The "Arbejdsområde" filter above the lists and the attendance grid (docs/rules.md §6).
import { SelectField } from '../../components/Field';
import type { WorkArea } from '../../../../shared/records';
import { areaFilterOptions } from './workAreasModel';

export function AreaFilter({
  areas,
  value,
  onChange,
}: {
  areas: readonly WorkArea[] | undefined;
  value: string;
  onChange: (areaId: string) => void;
}) {
  // A workshop without areas has nothing to filter by.
  if (!areas || areas.length === 0) return null;
  return (
    <SelectField
      label="Arbejdsområde"
      value={value}
      onChange={onChange}
      options={areaFilterOptions(areas)}
    />
  );
}
