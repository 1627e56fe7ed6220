// The automatic backups' state, kept beside the data (issue 11, build item 6; docs/rules.md §11):
// when one was last written — what "daily backup due" is counted from, not file names — and the
// last failure, which the app shows until a backup succeeds again. Survives a restart.
import { readFileSync } from 'node:fs';
import { BackupStatusSchema, type BackupStatus } from '../../shared/ipc/schemas';
import type { BackupOutcome } from './backup-requests';
import { writeFileDurableSync } from './durable-file';

export const BACKUP_STATUS_FILE = 'backup-status.json';

const EMPTY: BackupStatus = { lastWrittenAt: null, failure: null };

export function readBackupStatus(file: string): BackupStatus {
  try {
    const parsed = BackupStatusSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : EMPTY;
  } catch {
    return EMPTY;
  }
}

/** What the person reads when an automatic backup did not happen. */
export function failureMessage(outcome: Exclude<BackupOutcome, 'written'>, why = ''): string {
  switch (outcome) {
    case 'declined':
      return `Sikkerhedskopien kunne ikke skrives${why ? `: ${why}` : '.'}`;
    case 'timeout':
      return 'Programmet nåede ikke at skrive sikkerhedskopien (intet svar i tide).';
    case 'no-renderer':
      return 'Sikkerhedskopien kunne ikke tages: programmets vindue var lukket.';
  }
}

export class BackupStatusStore {
  private status: BackupStatus;

  constructor(
    private readonly file: string,
    private readonly onChange: (status: BackupStatus) => void = () => undefined,
  ) {
    this.status = readBackupStatus(file);
  }

  get(): BackupStatus {
    return this.status;
  }

  /** A backup is in place: the notice goes away. */
  written(at: Date): void {
    this.set({ lastWrittenAt: at.toISOString(), failure: null });
  }

  failed(at: Date, message: string): void {
    this.set({
      ...this.status,
      failure: { at: at.toISOString(), message: message.slice(0, 1000) },
    });
  }

  private set(status: BackupStatus): void {
    this.status = status;
    try {
      writeFileDurableSync(this.file, `${JSON.stringify(status)}\n`, 0o600);
    } catch (error) {
      console.error('Kunne ikke gemme backup-status:', error);
    }
    this.onChange(status);
  }
}
