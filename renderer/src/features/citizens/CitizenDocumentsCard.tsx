// "Udskrifter" on the citizen page (docs/rules.md §12): the citizen's documents, each opening
// the existing document screen with the citizen (and the working month or its year) chosen.
import type { Citizen, WageDecision } from '../../../../shared/records';
import { Card } from '../../components/Page';
import { href } from '../../router';
import { documentLinks } from './documentLinksModel';

export function CitizenDocumentsCard({
  citizen,
  month,
  decisions,
}: {
  citizen: Citizen;
  month: string;
  decisions: readonly WageDecision[];
}) {
  const links = documentLinks(citizen.id, citizen.offer, month, decisions);
  return (
    <Card title="Udskrifter">
      <ul className="doc-links" aria-label={`Udskrifter for ${citizen.name}`}>
        {links.map((l) => (
          <li key={l.label}>
            <a href={href(l.path, l.query)}>{l.label}</a>
          </li>
        ))}
      </ul>
    </Card>
  );
}
