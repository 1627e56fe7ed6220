// Which automatic backup files to keep (issue 5): every backup of today, the newest of each of the
// previous 14 days, the newest of each of the last 12 months, and always the newest few, so a
// machine whose clock jumped or that stood unused for a year still keeps something.
// Pure: main lists the folder, calls `planRetention`, and deletes what it returns in `remove`.
import { isRealDay } from './calendar';

export const BACKUP_PREFIX = 'jobbasen-backup-';
export const BACKUP_SUFFIX = '.json';
/** A protected backup (docs/rules.md §11): the encrypted envelope, not JSON. */
export const ENCRYPTED_BACKUP_SUFFIX = '.jlbak';

const NAME_PATTERN =
  /^jobbasen-backup-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})Z\.(?:json|jlbak)$/;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * `2026-11-24T14:03:00.123Z` → `jobbasen-backup-2026-11-24T14-03-00Z.json` (sorts by time);
 * `.jlbak` for a protected backup.
 */
export function backupFileName(takenAt: Date, encrypted = false): string {
  const t = takenAt;
  return (
    `${BACKUP_PREFIX}${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}` +
    `T${pad(t.getUTCHours())}-${pad(t.getUTCMinutes())}-${pad(t.getUTCSeconds())}Z${encrypted ? ENCRYPTED_BACKUP_SUFFIX : BACKUP_SUFFIX}`
  );
}

/** The time in a backup file name, or null for any other file (which retention never touches). */
export function parseBackupFileName(name: string): Date | null {
  const m = NAME_PATTERN.exec(name);
  if (!m) return null;
  const part = (i: number) => Number(m[i]);
  const [y, mo, d, h, mi, s] = [part(1), part(2), part(3), part(4), part(5), part(6)];
  if (!isRealDay(y, mo, d) || h > 23 || mi > 59 || s > 59) return null;
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
}

/** How a moment maps to a calendar day and month: local time (the user's) or UTC (tests). */
export interface Calendar {
  /** Whole days since 1970-01-01 in this calendar. */
  day(d: Date): number;
  /** Whole months since January 1970 in this calendar. */
  month(d: Date): number;
}

const MS_PER_DAY = 86_400_000;

export const localCalendar: Calendar = {
  day: (d) => Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / MS_PER_DAY),
  month: (d) => (d.getFullYear() - 1970) * 12 + d.getMonth(),
};

export const utcCalendar: Calendar = {
  day: (d) => Math.floor(d.getTime() / MS_PER_DAY),
  month: (d) => (d.getUTCFullYear() - 1970) * 12 + d.getUTCMonth(),
};

export interface RetentionPolicy {
  /** Days before today that keep their newest backup. */
  dailyDays: number;
  /** Months (the current one included) that keep their newest backup. */
  monthlyMonths: number;
  /** The newest N backups are kept whatever their dates. */
  alwaysKeepNewest: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = {
  dailyDays: 14,
  monthlyMonths: 12,
  alwaysKeepNewest: 3,
};

export interface BackupFile {
  name: string;
  takenAt: Date;
}

export interface RetentionPlan {
  keep: string[];
  remove: string[];
}

/**
 * Split backups into those to keep and those to delete, as of `now`. Backups dated after `now`
 * (a clock set back) count as today's and are kept. Each name appears in exactly one list.
 */
export function planRetention(
  backups: readonly BackupFile[],
  now: Date,
  policy: RetentionPolicy = DEFAULT_RETENTION,
  calendar: Calendar = localCalendar,
): RetentionPlan {
  const newestFirst = [...backups].sort(
    (a, b) => b.takenAt.getTime() - a.takenAt.getTime() || (a.name < b.name ? 1 : -1),
  );
  const today = calendar.day(now);
  const thisMonth = calendar.month(now);
  const keep = new Set<string>();
  const dayTaken = new Set<number>();
  const monthTaken = new Set<number>();

  newestFirst.forEach((b, index) => {
    const day = calendar.day(b.takenAt);
    const month = calendar.month(b.takenAt);
    if (index < policy.alwaysKeepNewest || day >= today) keep.add(b.name);
    // Newest first, so the first one seen for a day or month is that period's newest.
    if (day < today && day >= today - policy.dailyDays && !dayTaken.has(day)) {
      dayTaken.add(day);
      keep.add(b.name);
    }
    if (month <= thisMonth && month > thisMonth - policy.monthlyMonths && !monthTaken.has(month)) {
      monthTaken.add(month);
      keep.add(b.name);
    }
  });

  const keepList: string[] = [];
  const removeList: string[] = [];
  for (const b of newestFirst) (keep.has(b.name) ? keepList : removeList).push(b.name);
  return { keep: keepList, remove: removeList };
}
