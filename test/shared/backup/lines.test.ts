// The streamed backup file (issue 11, build item 5; docs/rules.md §11): written and read in
// chunks, checked whole, older whole-JSON files still read.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  BackupLineReader,
  BackupLineWriter,
  canonicalJson,
  parseAnyBackup,
  serializeBackupLines,
  type BackupData,
} from '../../../shared/backup';
import { octoberBackupData } from '../../fixtures/backups';

const here = dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => resolve(here, '../../fixtures/backup', name);
const meta = { createdAt: '2026-11-30T12:00:00.000Z', appVersion: '0.1.0' };

/** Reads `text` pushed in pieces of `size` characters. */
function readInPieces(text: string, size: number) {
  const reader = new BackupLineReader();
  let rows = 0;
  for (let i = 0; i < text.length; i += size)
    for (const b of reader.push(text.slice(i, i + size))) rows += b.rows.length;
  const end = reader.end();
  return { end, rows: rows + (end.ok ? end.rest.reduce((n, b) => n + b.rows.length, 0) : 0) };
}

describe('streamed backup (lines)', () => {
  it('reads the kept line-layout fixture back to the same data, and writes the same bytes', () => {
    const text = serializeBackupLines(octoberBackupData(), meta);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(fixture('backup-v7-lines.jsonl'), text);
    expect(existsSync(fixture('backup-v7-lines.jsonl'))).toBe(true);
    const kept = readFileSync(fixture('backup-v7-lines.jsonl'), 'utf8');
    const read = parseAnyBackup(kept);
    expect(read).toMatchObject({ ok: true, fromVersion: 7, createdAt: meta.createdAt });
    if (!read.ok) return;
    expect(canonicalJson(read.data)).toBe(canonicalJson(octoberBackupData()));
    expect(serializeBackupLines(read.data, meta)).toBe(kept);
  });

  it('reads a version-6 line-layout file (before export templates) to the same data', () => {
    // The kept file, never rewritten: what a version-6 installation wrote.
    const read = parseAnyBackup(readFileSync(fixture('backup-v6-lines.jsonl'), 'utf8'));
    expect(read).toMatchObject({ ok: true, fromVersion: 6, createdAt: meta.createdAt });
    if (!read.ok) return;
    expect(canonicalJson(read.data)).toBe(canonicalJson(octoberBackupData()));
  });

  it('has a header line, a line per row, and a trailer with counts and the SHA-256 of the rest', () => {
    const text = serializeBackupLines(octoberBackupData(), meta);
    const lines = text.split('\n');
    expect(lines.at(-1)).toBe('');
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: 'jobbasen-lon-backup', layout: 'lines' });
    const trailer = JSON.parse(lines.at(-2)!) as [string, { sha256: string; counts: object }];
    const before = text.slice(0, text.length - lines.at(-2)!.length - 1);
    expect(trailer[1].sha256).toBe(createHash('sha256').update(before, 'utf8').digest('hex'));
    expect(trailer[1].counts).toMatchObject({ citizens: octoberBackupData().citizens.length });
  });

  it('gives the same verdict and rows however the text is cut into chunks', () => {
    const text = serializeBackupLines(octoberBackupData(), meta);
    const whole = readInPieces(text, text.length);
    expect(whole.end.ok).toBe(true);
    for (const size of [1, 2, 3, 7, 64, 1000]) expect(readInPieces(text, size)).toEqual(whole);
  });

  it('still reads every older whole-JSON backup (formats 1 to 6)', () => {
    for (const [name, version] of [
      ['backup-v1.json', 1],
      ['backup-v2.json', 2],
      ['backup-v3.json', 3],
      ['backup-v4.json', 4],
      ['backup-v5.json', 5],
      ['backup-v6.json', 6],
    ] as const) {
      const text = readFileSync(fixture(name), 'utf8');
      for (const size of [5, 4096, text.length])
        expect(readInPieces(text, size).end, `${name} i stykker af ${size}`).toMatchObject({
          ok: true,
          fromVersion: version,
        });
    }
  });

  it('refuses a changed byte, a cut-off file and text after the trailer', () => {
    const text = serializeBackupLines(octoberBackupData(), meta);
    const changed = text.replace('Anna', 'Anne');
    expect(parseAnyBackup(changed)).toMatchObject({
      ok: false,
      message: expect.stringContaining('kontrolsummen (SHA-256) passer ikke'),
    });
    const cut = text.slice(0, Math.floor(text.length / 2));
    expect(parseAnyBackup(cut.slice(0, cut.lastIndexOf('\n') + 1))).toMatchObject({
      ok: false,
      message: expect.stringContaining('afkortet'),
    });
    expect(parseAnyBackup(cut)).toMatchObject({ ok: false });
    expect(parseAnyBackup(`${text}{"x":1}\n`)).toMatchObject({
      ok: false,
      message: expect.stringContaining('efter slutlinjen'),
    });
  });

  it('refuses duplicate keys and rows pointing at a citizen who is not in the file', () => {
    const data = octoberBackupData();
    const twice = rewrite(data, (w) => {
      w.table('citizens');
      w.row(data.citizens[0]);
      w.row(data.citizens[0]);
    });
    expect(parseAnyBackup(twice)).toMatchObject({
      ok: false,
      message: expect.stringContaining('findes to gange'),
    });
    const orphan = rewrite(data, (w) => {
      w.table('attendance');
      w.row({ ...data.attendance[0], citizenId: 'c-ingen' });
    });
    expect(parseAnyBackup(orphan)).toMatchObject({
      ok: false,
      message: expect.stringContaining('borgeren c-ingen findes ikke'),
    });
    // A citizen's work area is checked at the end (the areas come after the citizens).
    const noArea = rewrite(data, (w) => {
      w.table('citizens');
      w.row({ ...data.citizens[0], workAreas: [{ from: '2026-01', areaId: 'a-ingen' }] });
    });
    expect(parseAnyBackup(noArea)).toMatchObject({
      ok: false,
      message: expect.stringContaining('arbejdsområdet a-ingen findes ikke'),
    });
  });

  it('refuses a re-sealed file whose closed month was changed after closing (finding 6)', () => {
    const data = octoberBackupData();
    data.monthCloses[0]!.payroll.rows[0]!.name = 'Ændret efter lukning';
    expect(parseAnyBackup(serializeBackupLines(data, meta))).toMatchObject({
      ok: false,
      reason: 'closedMonthChanged',
      message: expect.stringContaining('En lukket måned i sikkerhedskopien er ændret'),
    });
  });

  it('names at most a few problems for a file with 100 000 bad rows, in Danish', () => {
    const data = octoberBackupData();
    const bad = rewrite(data, (w) => {
      w.table('citizens');
      for (const c of data.citizens) w.row(c);
      w.table('attendance');
      const c = data.citizens[0]!.id;
      for (let i = 0; i < 100_000; i++)
        w.row({ citizenId: c, date: `2026-10-${String(i).padStart(6, '0')}`, hours: -1 });
    });
    const read = parseAnyBackup(bad);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.message.length).toBeLessThan(1000);
    expect(read.message).toMatch(/^Sikkerhedskopien er ugyldig: data\.attendance\[0\]/);
    expect(read.message).toMatch(/\(og \d+ mere\)$/);
    expect(read.issues).toHaveLength(5);
  });

  it('refuses a file from a newer version and a file that is not a backup', () => {
    const text = serializeBackupLines(octoberBackupData(), meta).replace(
      '"version":7,"schemaVersion":7',
      '"version":99,"schemaVersion":99',
    );
    expect(parseAnyBackup(text)).toMatchObject({
      ok: false,
      message: expect.stringContaining('nyere version'),
    });
    expect(parseAnyBackup('')).toMatchObject({
      ok: false,
      message: expect.stringContaining('tom'),
    });
    expect(parseAnyBackup('hej')).toMatchObject({ ok: false });
  });
});

/** A file whose rows `write` gives (tables it skips are empty). */
function rewrite(_data: BackupData, write: (w: BackupLineWriter) => void): string {
  const w = new BackupLineWriter(meta);
  write(w);
  const head = w.take();
  return head + w.end().text;
}
