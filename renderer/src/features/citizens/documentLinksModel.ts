// The citizen page's "Udskrifter" (docs/rules.md §12), without React: the latest decision letter
// (if any), the working month's statement and its year's summary, each the existing document
// route with the citizen preselected.
import { formatMonth } from '../../../../shared/danish/dates';
import type { Citizen, WageDecision } from '../../../../shared/records';

export interface DocumentLink {
  label: string;
  path: string[];
  query: Record<string, string>;
}

/** The decision in force last: the latest `effectiveFrom`, then the latest registered. */
function latest(decisions: readonly WageDecision[]): WageDecision | undefined {
  return [...decisions].sort((a, b) =>
    a.effectiveFrom !== b.effectiveFrom
      ? a.effectiveFrom < b.effectiveFrom
        ? 1
        : -1
      : a.createdAt < b.createdAt
        ? 1
        : -1,
  )[0];
}

export function documentLinks(
  citizenId: string,
  offer: Citizen['offer'],
  month: string,
  decisions: readonly WageDecision[],
): DocumentLink[] {
  const letter = offer === 'SEL103' ? latest(decisions) : undefined;
  const year = month.slice(0, 4);
  return [
    ...(letter
      ? [{ label: 'Afgørelsesbrev', path: ['loenvurdering', 'brev', letter.id], query: {} }]
      : []),
    {
      label: `Lønbesked for ${formatMonth(month)}`,
      path: ['udskrifter', 'loenbesked'],
      query: { borger: citizenId },
    },
    {
      label: `Årsoversigt ${year}`,
      path: ['udskrifter', 'aarsoversigt'],
      query: { borger: citizenId, aar: year },
    },
  ];
}
