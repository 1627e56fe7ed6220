// Search and filters of the citizens list (pure, unit-tested).
import { OFFER_LABELS } from '../../../../shared/danish/values';
import type { Offer } from '../../../../shared/domain';
import { endedOn } from '../../../../shared/rules/citizens';
import { foldDanish, searchWords } from '../../../../shared/text/search';

export type OfferFilter = 'all' | Offer;
export type StatusFilter = 'all' | 'active' | 'ended';

export interface CitizenFilters {
  search: string;
  offer: OfferFilter;
  status: StatusFilter;
}

/** The list opens on the active citizens of every offer. */
export const NO_FILTERS: CitizenFilters = { search: '', offer: 'all', status: 'active' };

export const OFFER_FILTER_OPTIONS: readonly { value: OfferFilter; label: string }[] = [
  { value: 'all', label: 'Alle tilbud' },
  { value: 'SEL103', label: OFFER_LABELS.SEL103 },
  { value: 'SEL104', label: OFFER_LABELS.SEL104 },
];

export const STATUS_FILTER_OPTIONS: readonly { value: StatusFilter; label: string }[] = [
  { value: 'active', label: 'Aktive' },
  { value: 'ended', label: 'Afsluttede' },
  { value: 'all', label: 'Alle' },
];

interface Filterable {
  name: string;
  payrollNumber: string;
  cpr: string;
  offer: Offer;
  startDate: string;
  endDate?: string | undefined;
}

export function filterCitizens<T extends Filterable>(
  citizens: readonly T[],
  f: CitizenFilters & { today: string },
): T[] {
  // "soren" finds Søren, "aase" Åse (shared/text/search.ts); a CPR number with or without dash.
  const words = searchWords(f.search);
  return citizens.filter((c) => {
    if (f.offer !== 'all' && c.offer !== f.offer) return false;
    // One meaning of "ended" (docs/rules.md §1): the end date has passed.
    const ended = endedOn(c, f.today);
    if (f.status === 'active' && ended) return false;
    if (f.status === 'ended' && !ended) return false;
    if (words.length === 0) return true;
    const hay = `${foldDanish(c.name)} ${foldDanish(c.payrollNumber)} ${c.cpr}`;
    return words.every((w) => hay.includes(w.replace(/-/g, '')) || hay.includes(w));
  });
}
