// Live data of the audit log card and the safety copies, through the DataApi.
import { useState } from 'react';
import type { AuditChainStatus, SafetyCopyInfo } from '../../../../shared/data/api';
import type { AuditEntry, Citizen } from '../../../../shared/records';
import { useLive } from '../../data/live';

/** How many entries one page of the audit log shows (newest first). */
export const AUDIT_PAGE_SIZE = 50;

export interface AuditLogPage {
  entries: AuditEntry[] | undefined;
  citizens: Citizen[] | undefined;
  citizenId: string;
  setCitizenId: (id: string) => void;
  /** Moves a page back in time, or towards now; undefined where there is none. */
  older: (() => void) | undefined;
  newer: (() => void) | undefined;
  pageNumber: number;
  /** The whole log's hash chain, checked again whenever the log changes (docs/rules.md §13). */
  chain: AuditChainStatus | undefined;
}

/**
 * One page of the log (`AUDIT_PAGE_SIZE` entries), optionally about one citizen. Paging keeps the
 * cursor of each page seen, so "Nyere" goes back exactly; a new filter starts on the newest page.
 */
export function useAuditLog(): AuditLogPage {
  const [citizenId, setCitizen] = useState('');
  const [cursors, setCursors] = useState<number[]>([]);
  const before = cursors.at(-1);
  const page = useLive(
    (api) =>
      api.listAudit({
        limit: AUDIT_PAGE_SIZE + 1,
        ...(citizenId ? { citizenId } : {}),
        ...(before !== undefined ? { before } : {}),
      }),
    [citizenId, before],
  );
  const citizens = useLive((api) => api.listCitizens({ includeEnded: true }), []);
  const chain = useLive((api) => api.verifyAudit(), []);
  const entries = page?.slice(0, AUDIT_PAGE_SIZE);
  const last = entries?.at(-1)?.id;
  return {
    entries,
    citizens,
    citizenId,
    setCitizenId: (id) => {
      setCitizen(id);
      setCursors([]);
    },
    older:
      page && page.length > AUDIT_PAGE_SIZE && last !== undefined
        ? () => setCursors((c) => [...c, last])
        : undefined,
    newer: cursors.length > 0 ? () => setCursors((c) => c.slice(0, -1)) : undefined,
    pageNumber: cursors.length + 1,
    chain,
  };
}

/** The safety copies taken before each restore, newest first. */
export function useSafetyCopies(): SafetyCopyInfo[] | undefined {
  return useLive((api) => api.listSafetyCopies(), []);
}
