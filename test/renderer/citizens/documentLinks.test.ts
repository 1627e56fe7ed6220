// The citizen page's "Udskrifter" (issue 12, task "areasui" item 6; docs/rules.md §12): links to
// the latest decision letter, the working month's statement and the year summary, each opening
// the existing document route preselected for the citizen.
import { describe, expect, it } from 'vitest';
import { documentLinks } from '../../../renderer/src/features/citizens/documentLinksModel';
import type { WageDecision } from '../../../shared/records';

const at = '2026-02-03T10:00:00.000Z';
const decision = (id: string, effectiveFrom: string, createdAt = at): WageDecision => ({
  id,
  citizenId: 'c-anna',
  effectiveFrom,
  hourlyWage: 20,
  justification: 'x',
  assessorInitials: 'KB',
  createdAt,
  updatedAt: createdAt,
});

describe('documentLinks', () => {
  it('links the latest decision, the month statement and the year summary for the citizen', () => {
    const links = documentLinks('c-anna', 'SEL103', '2026-10', [
      decision('d-new', '2026-06-01'),
      decision('d-old', '2026-01-01'),
      // Same day, registered later: the later one is the decision in force.
      decision('d-later', '2026-06-01', '2026-06-02T08:00:00.000Z'),
    ]);
    expect(links).toEqual([
      { label: 'Afgørelsesbrev', path: ['loenvurdering', 'brev', 'd-later'], query: {} },
      {
        label: 'Lønbesked for oktober 2026',
        path: ['udskrifter', 'loenbesked'],
        query: { borger: 'c-anna' },
      },
      {
        label: 'Årsoversigt 2026',
        path: ['udskrifter', 'aarsoversigt'],
        query: { borger: 'c-anna', aar: '2026' },
      },
    ]);
  });

  it('leaves out the letter when there is no decision (a § 104 citizen never has one)', () => {
    expect(documentLinks('c-bo', 'SEL104', '2027-01', []).map((l) => l.label)).toEqual([
      'Lønbesked for januar 2027',
      'Årsoversigt 2027',
    ]);
    expect(documentLinks('c-bo', 'SEL103', '2027-01', []).map((l) => l.label)).toHaveLength(2);
  });
});
