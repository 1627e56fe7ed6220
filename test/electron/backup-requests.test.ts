import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupRequests } from '../../electron/main/backup-requests';
import { isDailyBackupDue } from '../../electron/main/files';
import type { BackupRequest } from '../../shared/ipc';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('BackupRequests', () => {
  it('resolves "written" when the renderer writes a backup', async () => {
    const sent: BackupRequest[] = [];
    const r = new BackupRequests((req) => sent.push(req) > 0, 10_000);
    const outcome = r.request('quit');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.reason).toBe('quit');
    r.written();
    await expect(outcome).resolves.toBe('written');
    expect(r.waiting).toBe(0);
  });

  it('resolves "timeout" when the renderer never answers', async () => {
    const r = new BackupRequests(() => true, 10_000);
    const outcome = r.request('quit');
    await vi.advanceTimersByTimeAsync(9_999);
    expect(r.waiting).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(outcome).resolves.toBe('timeout');
  });

  it('resolves "declined" for the declined request only', async () => {
    const sent: BackupRequest[] = [];
    const r = new BackupRequests((req) => sent.push(req) > 0, 10_000);
    const a = r.request('daily');
    const b = r.request('quit');
    expect(sent[0]?.requestId).not.toBe(sent[1]?.requestId);
    r.declined(sent[1]!.requestId);
    await expect(b).resolves.toBe('declined');
    expect(r.waiting).toBe(1);
    r.declined('unknown-id');
    r.written();
    await expect(a).resolves.toBe('written');
  });

  it('does not wait when there is no renderer', async () => {
    const r = new BackupRequests(() => false, 10_000);
    await expect(r.request('quit')).resolves.toBe('no-renderer');
  });
});

describe('isDailyBackupDue', () => {
  const local = (y: number, m: number, d: number, h: number) => new Date(y, m - 1, d, h);
  it('is due with no backup, or none yet today (local calendar)', () => {
    expect(isDailyBackupDue(null, local(2026, 11, 24, 9))).toBe(true);
    expect(isDailyBackupDue(local(2026, 11, 23, 23), local(2026, 11, 24, 0))).toBe(true);
    expect(isDailyBackupDue(local(2026, 11, 24, 0), local(2026, 11, 24, 23))).toBe(false);
    // A clock set back: a backup "from the future" cannot be trusted, so one is due (issue 11,
    // finding 10: it used to count as taken, for good).
    expect(isDailyBackupDue(local(2026, 12, 1, 8), local(2026, 11, 24, 9))).toBe(true);
  });
});
