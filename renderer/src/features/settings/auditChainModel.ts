// The audit log's hash chain as a person reads it (docs/rules.md §13): intact, or broken with
// the first entry that does not follow named by number, time, who and what.
import type { AuditChainStatus } from '../../../../shared/data/api';
import { plural } from '../../../../shared/danish/number';
import type { CitizenNames } from '../../../../shared/audit/describe';
import type { Status } from '../../components/useProgressTask';
import { auditLine } from './settingsModel';

const WHY: Record<Extract<AuditChainStatus, { intact: false }>['why'], string> = {
  hash: 'posten er ændret, flyttet, eller en post lige før den er fjernet',
  missingHash: 'posten mangler sit led i kæden',
  tail: 'de nyeste poster mangler: kæden slutter før det sidst gemte led',
  noHead: 'kædens sidst gemte led mangler',
};

/** One notice: green when every entry follows the one before it, red naming the first that does not. */
export function chainStatus(status: AuditChainStatus, names?: CitizenNames): Status {
  if (status.intact)
    return {
      kind: 'success',
      text: `Logbogen er intakt: ${plural(status.count, 'post', 'poster')}, hver kædet til den forrige.`,
    };
  const e = status.firstBad;
  const where = e ? ` ved post nr. ${e.id ?? '?'} (${auditLine(e, names)})` : '';
  return { kind: 'error', text: `Logbogen er brudt${where}: ${WHY[status.why]}.` };
}
