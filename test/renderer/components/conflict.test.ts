// What a refused write shows (docs/rules.md, "Samtidige ændringer"): the differing fields only,
// with the person's value beside the stored one, the Danish way; a CPR number never in clear.
import { describe, expect, it } from 'vitest';
import { conflictRows, shownValue } from '../../../renderer/src/components/conflict';
import { citizenConflictRows } from '../../../renderer/src/features/citizens/citizenConflict';
import { emptyCitizenForm } from '../../../renderer/src/features/citizens/citizenForm';

describe('conflict rows', () => {
  it('names only the fields that differ, in the order given', () => {
    const rows = conflictRows({ a: 'x', b: true, c: '2026-11-24' }, { a: 'x', b: false, c: '' }, [
      { key: 'c', label: 'Dato' },
      { key: 'a', label: 'A' },
      { key: 'b', label: 'B' },
    ]);
    expect(rows).toEqual([
      { label: 'Dato', mine: '24.11.2026', stored: '(tom)' },
      { label: 'B', mine: 'Ja', stored: 'Nej' },
    ]);
    expect(shownValue(undefined)).toBe('(tom)');
    expect(shownValue(7.5)).toBe('7.5');
  });

  it('the citizen form: labels and Danish choices, the CPR number hidden', () => {
    const mine = { ...emptyCitizenForm('2026-11-01'), name: 'Anna', cpr: '0101901234' };
    const stored = {
      ...mine,
      name: 'Anna Omdøbt',
      cpr: '0202901234',
      offer: 'SEL104' as const,
      grantSize: 'half' as const,
    };
    const rows = citizenConflictRows(mine, stored);
    expect(rows.map((r) => r.label)).toEqual(['Navn', 'CPR-nummer', 'Tilbud', 'Omfang']);
    expect(rows[0]).toEqual({ label: 'Navn', mine: 'Anna', stored: 'Anna Omdøbt' });
    expect(JSON.stringify(rows)).not.toContain('0101901234');
    expect(rows[2]!.stored).toMatch(/104/);
    expect(citizenConflictRows(mine, mine)).toEqual([]);
  });
});
