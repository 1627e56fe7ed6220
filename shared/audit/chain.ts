// The audit log as a hash chain (docs/rules.md §13): each entry stores
// hash = SHA-256(previous entry's hash + "\n" + the entry's canonical JSON without `id` and `hash`),
// the first one chained to GENESIS. Editing, removing or reordering an entry then breaks every
// hash from there on, and the stored head (the last entry's id and hash) shows a cut-off tail.
// Pure and synchronous, so the data layer can chain inside an IndexedDB transaction.
import { canonicalJson } from '../backup/format';
import { sha256Hex } from '../backup/sha256';
import type { AuditEntry } from '../records/audit';

/** What the first entry is chained to: no entry before it. */
export const AUDIT_GENESIS = '0'.repeat(64);

/** The last entry of a chain: kept beside the log (the `meta` table) so a cut-off tail shows. */
export interface AuditHead {
  id: number;
  hash: string;
}

/** The entry's own hash, given the hash of the entry before it. */
export function auditEntryHash(previousHash: string, entry: AuditEntry): string {
  const { id: _id, hash: _hash, ...content } = entry;
  return sha256Hex(`${previousHash}\n${canonicalJson(content)}`);
}

/** The entry with its hash, chained to `previousHash`. */
export function chainEntry(previousHash: string, entry: AuditEntry): AuditEntry {
  return { ...entry, hash: auditEntryHash(previousHash, entry) };
}

/**
 * Entries (in id order) chained from `previousHash`, each given its hash: the upgrade of a log
 * written before the chain, and the migration of a backup of an older format (§13, legacy).
 */
export function chainEntries(
  entries: readonly AuditEntry[],
  previousHash = AUDIT_GENESIS,
): AuditEntry[] {
  let prev = previousHash;
  return entries.map((e) => {
    const chained = chainEntry(prev, e);
    prev = chained.hash!;
    return chained;
  });
}

export type AuditChainStatus =
  | { intact: true; count: number; head: AuditHead | null }
  | {
      intact: false;
      count: number;
      /** The first entry whose hash does not follow (undefined: the newest entries are missing). */
      firstBad?: AuditEntry;
      why: 'hash' | 'missingHash' | 'tail' | 'noHead';
    };

/**
 * Checks a log page by page (entries in id order, oldest first): `add` each page, then `result`
 * with the stored head. Stops at the first entry that does not follow.
 */
export function createChainVerifier() {
  let prev = AUDIT_GENESIS;
  let count = 0;
  let last: AuditEntry | undefined;
  let broken: Extract<AuditChainStatus, { intact: false }> | undefined;
  return {
    /** False once the chain is broken (no need to read further). */
    add(entries: readonly AuditEntry[]): boolean {
      for (const e of entries) {
        if (broken) return false;
        count++;
        if (e.hash === undefined)
          broken = { intact: false, count, firstBad: e, why: 'missingHash' };
        else if (auditEntryHash(prev, e) !== e.hash)
          broken = { intact: false, count, firstBad: e, why: 'hash' };
        else {
          prev = e.hash;
          last = e;
        }
      }
      return !broken;
    },
    result(head: AuditHead | null | undefined): AuditChainStatus {
      if (broken) return broken;
      const lastHead = last ? { id: last.id ?? 0, hash: last.hash! } : null;
      if (!head) return lastHead ? { intact: false, count, why: 'noHead' } : intactOf(count, null);
      if (!lastHead || lastHead.id !== head.id || lastHead.hash !== head.hash)
        return { intact: false, count, why: 'tail' };
      return intactOf(count, lastHead);
    },
  };
}

const intactOf = (count: number, head: AuditHead | null): AuditChainStatus => ({
  intact: true,
  count,
  head,
});

/** A whole log at once (tests, a backup's own log): intact when every hash follows. */
export function verifyAuditChain(
  entries: readonly AuditEntry[],
  head?: AuditHead | null,
): AuditChainStatus {
  const v = createChainVerifier();
  v.add(entries);
  const last = entries.at(-1);
  return v.result(
    head === undefined ? (last ? { id: last.id ?? 0, hash: last.hash ?? '' } : null) : head,
  );
}
