// The notice shown while automatic backups fail (issue 11, build item 6; docs/rules.md §11):
// until one succeeds again, every screen says so, when it failed, why, and what to do.
import type { BackupStatus } from '../../../shared/ipc/schemas';
import { formatDateTime } from '../../../shared/danish/dates';

export interface BackupNoticeText {
  title: string;
  detail: string;
}

export function backupFailureNotice(status: BackupStatus | null): BackupNoticeText | null {
  if (!status?.failure) return null;
  const last = status.lastWrittenAt
    ? `Den seneste sikkerhedskopi er fra ${formatDateTime(status.lastWrittenAt)}.`
    : 'Der er endnu ikke taget nogen sikkerhedskopi.';
  return {
    title: `Den automatiske sikkerhedskopi mislykkedes ${formatDateTime(status.failure.at)}.`,
    detail: `${status.failure.message} ${last} Vælg Filer → "Tag backup nu", eller hent en sikkerhedskopi under Indstillinger. Beskeden forsvinder, når en sikkerhedskopi er lykkedes.`,
  };
}
