import { describe, expect, it } from 'vitest';
import type { Grant } from '../../../shared/records';
import { groupByCitizen } from '../../../shared/month';
import { citizenRow, citizenStatus } from '../../../renderer/src/features/citizens/citizensModel';
import { citizens } from '../../fixtures/october';

const anna = citizens[0]!;
const grant = (id: string, size: Grant['size'], startDate: string, endDate?: string): Grant => ({
  id,
  citizenId: anna.id,
  size,
  startDate,
  ...(endDate ? { endDate } : {}),
  followUpDue: '2027-01-01',
  screeningNotes: '',
  createdAt: '',
  updatedAt: '',
});

describe('citizens list model', () => {
  // A later grant is already registered: the list shows the one in force in the working month.
  const grants = [
    grant('g1', 'half', '2026-01-01', '2026-10-31'),
    grant('g2', 'full', '2026-11-01'),
  ];

  it('shows the grant in force in the working month, not the latest', () => {
    expect(citizenRow(anna, grants, '2026-10', '2026-10-15').grant).toBe('½ plads');
    expect(citizenRow(anna, grants, '2026-11', '2026-10-15').grant).toBe('1/1 plads');
    expect(citizenRow(anna, [], '2026-10', '2026-10-15')).toMatchObject({
      name: 'Anna Ærø',
      payrollNumber: '1001',
      offer: '§ 103',
      grant: '—',
      status: { text: 'Aktiv', ended: false },
    });
  });

  it('marks a citizen ended only after the end date', () => {
    const erik = citizens[4]!;
    expect(citizenStatus(erik, '2026-08-31')).toEqual({
      text: 'Aktiv til 31.08.2026',
      ended: false,
    });
    expect(citizenStatus(erik, '2026-09-01')).toEqual({
      text: 'Afsluttet 31.08.2026',
      ended: true,
    });
  });

  it('groups grants by citizen (the shared groupByCitizen the list uses)', () => {
    const other = { ...grants[0]!, id: 'g3', citizenId: 'c-bo' };
    const by = groupByCitizen([...grants, other]);
    expect(by.get(anna.id)?.map((g) => g.id)).toEqual(['g1', 'g2']);
    expect(by.get('c-bo')?.map((g) => g.id)).toEqual(['g3']);
  });
});
