// The audit log's hash chain (issue 11, finding 12; docs/rules.md §13): verify, break detection,
// and the chaining of a log written before the chain (legacy entries).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  AUDIT_GENESIS,
  auditEntryHash,
  chainEntries,
  createChainVerifier,
  verifyAuditChain,
} from '../../../shared/audit/chain';
import { initialsOfAccount } from '../../../shared/audit/identity';
import { canonicalJson, migrateV3ToV4 } from '../../../shared/backup';
import type { AuditEntry } from '../../../shared/records';
import { octoberBackupDataV4 } from '../../fixtures/backups';

const entry = (n: number, extra: Partial<AuditEntry> = {}): AuditEntry => ({
  id: n,
  at: `2026-11-0${1 + (n % 9)}T08:00:00.000Z`,
  by: 'ABC',
  table: 'attendance',
  recordId: `c-1|2026-10-${String(n).padStart(2, '0')}`,
  action: 'update',
  before: { hours: n },
  after: { hours: n + 1 },
  ...extra,
});
const log = (n: number) => chainEntries(Array.from({ length: n }, (_, i) => entry(i + 1)));
const headOf = (l: AuditEntry[]) => ({ id: l.at(-1)!.id!, hash: l.at(-1)!.hash! });

describe('the audit hash chain', () => {
  it('hashes the previous hash and the entry without id and hash, as SHA-256 of canonical JSON', () => {
    const e = entry(1, { reason: 'Rettet' });
    const { id: _id, ...content } = e;
    const expected = createHash('sha256')
      .update(`${AUDIT_GENESIS}\n${canonicalJson(content)}`, 'utf8')
      .digest('hex');
    expect(auditEntryHash(AUDIT_GENESIS, e)).toBe(expected);
    // The id is the store's key, not content: the same entry stored elsewhere hashes the same.
    expect(auditEntryHash(AUDIT_GENESIS, { ...e, id: 99 })).toBe(expected);
    const [first, second] = log(2);
    expect(second!.hash).toBe(auditEntryHash(first!.hash!, second!));
  });

  it('is intact for an untouched log, an empty log, and when read page by page', () => {
    const l = log(25);
    expect(verifyAuditChain(l, headOf(l))).toEqual({ intact: true, count: 25, head: headOf(l) });
    expect(verifyAuditChain([], null)).toEqual({ intact: true, count: 0, head: null });
    const v = createChainVerifier();
    for (let i = 0; i < l.length; i += 7) expect(v.add(l.slice(i, i + 7))).toBe(true);
    expect(v.result(headOf(l))).toMatchObject({ intact: true, count: 25 });
  });

  it('names the first entry that was edited, even with its own hash recomputed', () => {
    const l = log(10);
    const edited = l.map((e) => structuredClone(e));
    edited[3]!.after = { hours: 24 };
    expect(verifyAuditChain(edited, headOf(l))).toMatchObject({
      intact: false,
      why: 'hash',
      firstBad: { id: 4 },
    });
    // Re-hashing the edited entry alone moves the break to the next one.
    edited[3]!.hash = auditEntryHash(l[2]!.hash!, edited[3]!);
    expect(verifyAuditChain(edited, headOf(l))).toMatchObject({
      intact: false,
      firstBad: { id: 5 },
    });
  });

  it('shows a removed, a reordered and an unhashed entry, and a cut-off tail', () => {
    const l = log(6);
    expect(verifyAuditChain([...l.slice(0, 2), ...l.slice(3)], headOf(l))).toMatchObject({
      intact: false,
      firstBad: { id: 4 },
    });
    expect(verifyAuditChain([l[0]!, l[2]!, l[1]!, ...l.slice(3)], headOf(l))).toMatchObject({
      intact: false,
      firstBad: { id: 3 },
    });
    const { hash: _h, ...bare } = l[4]!;
    expect(verifyAuditChain([...l.slice(0, 4), bare, l[5]!], headOf(l))).toMatchObject({
      intact: false,
      why: 'missingHash',
      firstBad: { id: 5 },
    });
    // The newest entries removed: every hash left still follows, but the stored head does not.
    expect(verifyAuditChain(l.slice(0, 4), headOf(l))).toMatchObject({
      intact: false,
      why: 'tail',
    });
    expect(verifyAuditChain(l, null)).toMatchObject({ intact: false, why: 'noHead' });
  });

  it('chains a legacy log (written before the chain) in id order, as the v3 → v4 migration does', () => {
    const legacy = [entry(1), entry(2), entry(3)];
    const chained = chainEntries(legacy);
    expect(chained.map(({ hash: _h, ...e }) => e)).toEqual(legacy);
    expect(verifyAuditChain(chained, headOf(chained)).intact).toBe(true);
    const data = octoberBackupDataV4();
    const legacyLog = data.auditLog.map(({ hash: _h, ...e }) => e).reverse();
    const v3 = { ...data, auditLog: legacyLog } as Parameters<typeof migrateV3ToV4>[0];
    const v4 = migrateV3ToV4(v3);
    expect(v4.ok).toBe(true);
    if (v4.ok) expect(v4.value.auditLog).toEqual(data.auditLog);
  });
});

describe('initials of an operating-system account', () => {
  it.each([
    ['jens.hansen', 'JH'],
    ['Anne Marie Berg', 'AMB'],
    ['jhansen', 'JHA'],
    ['KOMMUNE\\søren_ørsted', 'SØ'],
    ['x1', null],
    ['123', null],
  ])('%s → %s', (account, initials) => {
    expect(initialsOfAccount(account)).toBe(initials);
  });
});
