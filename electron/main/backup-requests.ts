// Backups are asked of the renderer (the data lives in its IndexedDB): main sends
// `jobbasen:backup-requested`, the renderer answers by streaming a backup file or declines.
// On quit main waits for that answer, but never longer than a timeout without progress.
import type { BackupReason, BackupRequest } from '../../shared/ipc/schemas';

export type BackupOutcome = 'written' | 'declined' | 'timeout' | 'no-renderer';

interface Pending {
  requestId: string;
  resolve: (outcome: BackupOutcome) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class BackupRequests {
  private pending: Pending[] = [];
  private counter = 0;

  /**
   * @param send delivers a request to the renderer; false when there is no live renderer.
   * @param timeoutMs how long to wait for the renderer's answer.
   */
  constructor(
    private readonly send: (request: BackupRequest) => boolean,
    private readonly timeoutMs: number,
  ) {}

  /** Ask for a backup; resolves when it is written, declined, or the wait times out. */
  request(reason: BackupReason): Promise<BackupOutcome> {
    this.counter += 1;
    const requestId = `${Date.now().toString(36)}-${this.counter}`;
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.settle(requestId, 'timeout'), this.timeoutMs);
      this.pending.push({ requestId, resolve, timer });
      if (!this.send({ requestId, reason })) this.settle(requestId, 'no-renderer');
    });
  }

  /**
   * A large backup is on its way (a piece arrived): the wait starts over, so a big database is
   * not cut off by a fixed time while a stalled one still is.
   */
  extend(): void {
    for (const p of this.pending) {
      clearTimeout(p.timer);
      p.timer = setTimeout(() => this.settle(p.requestId, 'timeout'), this.timeoutMs);
    }
  }

  /** A backup was written: it answers every open request. */
  written(): void {
    for (const p of [...this.pending]) this.settle(p.requestId, 'written');
  }

  /** The renderer said it cannot answer this request. */
  declined(requestId: string): void {
    this.settle(requestId, 'declined');
  }

  get waiting(): number {
    return this.pending.length;
  }

  private settle(requestId: string, outcome: BackupOutcome): void {
    const i = this.pending.findIndex((p) => p.requestId === requestId);
    if (i < 0) return;
    const [p] = this.pending.splice(i, 1);
    if (!p) return;
    clearTimeout(p.timer);
    p.resolve(outcome);
  }
}
