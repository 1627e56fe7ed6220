import { describe, expect, it } from 'vitest';
import {
  type BackupFile,
  DEFAULT_RETENTION,
  backupFileName,
  localCalendar,
  parseBackupFileName,
  planRetention,
  utcCalendar,
} from '../../shared/backup-retention';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const file = (iso: string): BackupFile => {
  const takenAt = new Date(iso);
  return { name: backupFileName(takenAt), takenAt };
};

describe('backup file names', () => {
  it('formats a sortable UTC name without colons', () => {
    expect(backupFileName(new Date('2026-11-24T14:03:00.999Z'))).toBe(
      'jobbasen-backup-2026-11-24T14-03-00Z.json',
    );
  });

  it('round-trips to the second', () => {
    const d = new Date('2027-02-28T23:59:59Z');
    expect(parseBackupFileName(backupFileName(d))?.toISOString()).toBe(d.toISOString());
  });

  it('a protected backup is named .jlbak and counts like any other (docs/rules.md §11)', () => {
    const d = new Date('2026-11-24T14:03:00.000Z');
    expect(backupFileName(d, true)).toBe('jobbasen-backup-2026-11-24T14-03-00Z.jlbak');
    expect(parseBackupFileName(backupFileName(d, true))?.toISOString()).toBe(d.toISOString());
  });

  it('sorts by name in time order', () => {
    const dates = ['2026-01-02T00:00:00Z', '2025-12-31T23:59:59Z', '2026-01-01T10:00:00Z'];
    const names = dates.map((d) => backupFileName(new Date(d)));
    const byName = [...names].sort();
    const byTime = [...dates].sort().map((d) => backupFileName(new Date(d)));
    expect(byName).toEqual(byTime);
  });

  it.each([
    'jobbasen-backup-2026-02-31T10-00-00Z.json',
    'jobbasen-backup-2026-11-24T24-00-00Z.json',
    'jobbasen-backup-2026-11-24T14-03-00Z.json.tmp',
    'jobbasen-backup-2026-11-24T14:03:00Z.json',
    '../jobbasen-backup-2026-11-24T14-03-00Z.json',
    'notes.txt',
    '',
  ])('ignores %j', (name) => {
    expect(parseBackupFileName(name)).toBeNull();
  });
});

describe('planRetention', () => {
  const now = new Date('2026-11-24T15:00:00Z');
  const plan = (files: BackupFile[], at = now) =>
    planRetention(files, at, DEFAULT_RETENTION, utcCalendar);

  it('keeps everything from today', () => {
    const files = [0, 1, 2, 3, 4, 5, 6].map((h) => file(`2026-11-24T0${h}:00:00Z`));
    expect(plan(files).remove).toEqual([]);
  });

  it('keeps only the newest of an earlier day', () => {
    const files = [
      file('2026-11-20T08:00:00Z'),
      file('2026-11-20T12:00:00Z'),
      file('2026-11-20T16:00:00Z'),
      ...[1, 2, 3].map((h) => file(`2026-11-24T0${h}:00:00Z`)),
    ];
    const { keep, remove } = plan(files);
    expect(keep).toContain(backupFileName(new Date('2026-11-20T16:00:00Z')));
    expect(remove).toEqual([
      backupFileName(new Date('2026-11-20T12:00:00Z')),
      backupFileName(new Date('2026-11-20T08:00:00Z')),
    ]);
  });

  it('always keeps the newest backups, even when all are very old', () => {
    const files = [file('2020-01-01T00:00:00Z'), file('2019-06-01T00:00:00Z')];
    expect(plan(files).remove).toEqual([]);
    const many = [1, 2, 3, 4, 5].map((d) => file(`2019-06-0${d}T00:00:00Z`));
    expect(plan(many).keep).toHaveLength(DEFAULT_RETENTION.alwaysKeepNewest);
  });

  it('keeps backups dated in the future (clock set back)', () => {
    const files = [
      file('2027-01-01T00:00:00Z'),
      ...[1, 2, 3, 4].map((d) => file(`2020-0${d}-01T00:00:00Z`)),
    ];
    expect(plan(files).keep).toContain(backupFileName(new Date('2027-01-01T00:00:00Z')));
  });

  it('puts every name in exactly one list and is stable when applied again', () => {
    const files = Array.from({ length: 400 }, (_, i) => {
      const takenAt = new Date(now.getTime() - i * 19 * HOUR);
      return { name: backupFileName(takenAt), takenAt };
    });
    const first = plan(files);
    expect(new Set([...first.keep, ...first.remove]).size).toBe(files.length);
    const kept = files.filter((f) => first.keep.includes(f.name));
    expect(plan(kept).remove).toEqual([]);
  });

  it('uses the local calendar by default', () => {
    const files = [file('2026-11-24T01:00:00Z')];
    expect(planRetention(files, now).keep).toEqual(
      planRetention(files, now, DEFAULT_RETENTION, localCalendar).keep,
    );
  });

  it('over two simulated years of use keeps the promised history and stays bounded', () => {
    // Every working day: a daily backup at 09:00, a quit backup at 15:30; some days also a
    // manual one. Prune after every write, exactly as main does.
    let disk: BackupFile[] = [];
    const start = Date.parse('2025-01-01T00:00:00Z');
    const end = Date.parse('2026-12-31T00:00:00Z');
    const written: number[] = [];
    const dayCount = (end - start) / DAY;
    const limit =
      DEFAULT_RETENTION.dailyDays +
      DEFAULT_RETENTION.monthlyMonths +
      DEFAULT_RETENTION.alwaysKeepNewest;

    for (let d = 0; d <= dayCount; d++) {
      const midnight = start + d * DAY;
      const weekday = new Date(midnight).getUTCDay();
      if (weekday === 0 || weekday === 6) continue;
      const times = [9 * HOUR, 15.5 * HOUR];
      if (d % 7 === 3) times.push(11 * HOUR);
      for (const offset of times.sort((a, b) => a - b)) {
        const at = new Date(midnight + offset);
        disk.push({ name: backupFileName(at), takenAt: at });
        written.push(at.getTime());
        const { keep, remove } = planRetention(disk, at, DEFAULT_RETENTION, utcCalendar);
        expect(keep.length + remove.length).toBe(disk.length);
        disk = disk.filter((f) => keep.includes(f.name));

        // Bounded: today's backups plus one per day and month plus the newest few.
        expect(disk.length).toBeLessThanOrEqual(limit + times.length);
        // The backup just written is never deleted.
        expect(disk.some((f) => f.takenAt.getTime() === at.getTime())).toBe(true);
      }
    }

    const last = new Date(Math.max(...written));
    const kept = new Set(disk.map((f) => f.takenAt.getTime()));
    const today = utcCalendar.day(last);
    const thisMonth = utcCalendar.month(last);

    // Every day of the last 14 with a backup still has its newest one.
    for (let back = 1; back <= DEFAULT_RETENTION.dailyDays; back++) {
      const ofDay = written.filter((t) => utcCalendar.day(new Date(t)) === today - back);
      if (ofDay.length) expect(kept.has(Math.max(...ofDay))).toBe(true);
    }
    // Every one of the last 12 months still has its newest backup.
    for (let back = 0; back < DEFAULT_RETENTION.monthlyMonths; back++) {
      const ofMonth = written.filter((t) => utcCalendar.month(new Date(t)) === thisMonth - back);
      expect(ofMonth.length).toBeGreaterThan(0);
      expect(kept.has(Math.max(...ofMonth))).toBe(true);
    }
    // Nothing older than 12 months survives (more than the newest few exist).
    for (const t of kept) {
      expect(utcCalendar.month(new Date(t))).toBeGreaterThan(
        thisMonth - DEFAULT_RETENTION.monthlyMonths,
      );
    }
    // All of today's backups survive.
    for (const t of written.filter((w) => utcCalendar.day(new Date(w)) === today)) {
      expect(kept.has(t)).toBe(true);
    }
  });
});
