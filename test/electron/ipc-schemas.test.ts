import { describe, expect, it } from 'vitest';
import {
  ALL_CHANNELS,
  AppVersionSchema,
  BackupDeclinedSchema,
  BackupInfoSchema,
  BackupRequestSchema,
  Channel,
  FileNameSchema,
  IPC_PREFIX,
  MAX_SAVE_BYTES,
  NoPayloadSchema,
  SaveFileRequestSchema,
  SaveFileResultSchema,
  FileStreamBeginSchema,
  FileStreamChunkSchema,
  MAX_CHUNK_CHARS,
} from '../../shared/ipc';

describe('channels', () => {
  it('all share one prefix and are unique', () => {
    for (const c of ALL_CHANNELS) expect(c.startsWith(IPC_PREFIX)).toBe(true);
    expect(new Set(ALL_CHANNELS).size).toBe(ALL_CHANNELS.length);
    expect(Channel.backupRequested).toBe('jobbasen:backup-requested');
  });
});

describe('SaveFileRequestSchema', () => {
  const good = {
    suggestedName: 'løn-2026-11.csv',
    content: '\uFEFFNavn;Beløb\r\nAne;1.234,50\r\n',
    filters: [{ name: 'CSV', extensions: ['csv'] }],
  };

  it('accepts a normal request and defaults filters to []', () => {
    expect(SaveFileRequestSchema.parse(good)).toEqual(good);
    expect(SaveFileRequestSchema.parse({ suggestedName: 'a.csv', content: '' }).filters).toEqual(
      [],
    );
  });

  it.each([
    ['missing name', { content: 'x' }],
    ['missing content', { suggestedName: 'a.csv' }],
    ['content not a string', { suggestedName: 'a.csv', content: 42 }],
    ['content as bytes', { suggestedName: 'a.csv', content: [1, 2, 3] }],
    ['unknown key', { ...good, path: '/etc/passwd' }],
    ['filters not an array', { ...good, filters: 'csv' }],
    ['filter without extensions', { ...good, filters: [{ name: 'CSV', extensions: [] }] }],
    ['extension with a dot', { ...good, filters: [{ name: 'CSV', extensions: ['.csv'] }] }],
    ['extension with a path', { ...good, filters: [{ name: 'CSV', extensions: ['../x'] }] }],
    ['too many filters', { ...good, filters: Array(11).fill(good.filters[0]) }],
    ['too large', { suggestedName: 'a.csv', content: 'x'.repeat(MAX_SAVE_BYTES + 1) }],
    ['null', null],
    ['a string', 'a.csv'],
    ['an array', [good]],
  ])('rejects %s', (_label, payload) => {
    expect(SaveFileRequestSchema.safeParse(payload).success).toBe(false);
  });
});

describe('FileNameSchema', () => {
  it.each(['løn.csv', 'Udbetaling november 2026.csv', 'a', 'backup (2).json'])(
    'accepts %j',
    (n) => {
      expect(FileNameSchema.safeParse(n).success).toBe(true);
    },
  );

  it.each([
    '',
    '.',
    '..',
    '../løn.csv',
    '..\\løn.csv',
    '/etc/passwd',
    'C:\\Windows\\win.ini',
    'C:løn.csv',
    'a/b.csv',
    'løn?.csv',
    'løn*.csv',
    'løn<1>.csv',
    'løn|x.csv',
    'a"b.csv',
    'løn\u0000.csv',
    'løn\n.csv',
    ' løn.csv',
    'løn.csv ',
    'løn.',
    'CON',
    'nul.csv',
    'COM1.txt',
    'x'.repeat(201),
  ])('rejects %j', (n) => {
    expect(FileNameSchema.safeParse(n).success).toBe(false);
  });
});

describe('streamed files', () => {
  it('begin: a backup, or a file saved under a valid bare name', () => {
    expect(FileStreamBeginSchema.safeParse({ kind: 'backup' }).success).toBe(true);
    expect(
      FileStreamBeginSchema.safeParse({ kind: 'save', suggestedName: 'kopi.json' }).success,
    ).toBe(true);
    for (const bad of [
      { kind: 'save', suggestedName: '../kopi.json' },
      { kind: 'backup', path: '/tmp/x' },
      { kind: 'other' },
      'backup',
    ])
      expect(FileStreamBeginSchema.safeParse(bad).success).toBe(false);
  });

  it('a piece: a known-shaped id and 1 to MAX_CHUNK_CHARS characters', () => {
    const id = 'a'.repeat(32);
    expect(FileStreamChunkSchema.safeParse({ id, chunk: 'x' }).success).toBe(true);
    for (const bad of [
      { id, chunk: '' },
      { id, chunk: 'x'.repeat(MAX_CHUNK_CHARS + 1) },
      { id: '../x', chunk: 'x' },
      { id, chunk: 1 },
    ])
      expect(FileStreamChunkSchema.safeParse(bad).success).toBe(false);
  });
});

describe('small schemas', () => {
  it('NoPayloadSchema accepts only undefined', () => {
    expect(NoPayloadSchema.safeParse(undefined).success).toBe(true);
    for (const bad of [null, 0, '', {}, []])
      expect(NoPayloadSchema.safeParse(bad).success).toBe(false);
  });

  it('BackupRequestSchema', () => {
    expect(BackupRequestSchema.safeParse({ requestId: 'abc-1', reason: 'quit' }).success).toBe(
      true,
    );
    for (const bad of [
      { requestId: 'abc-1', reason: 'later' },
      { requestId: '', reason: 'quit' },
      { requestId: '../x', reason: 'quit' },
      { requestId: 'a'.repeat(65), reason: 'daily' },
      { requestId: 'a', reason: 'daily', extra: true },
      { reason: 'daily' },
    ]) {
      expect(BackupRequestSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('BackupDeclinedSchema', () => {
    expect(BackupDeclinedSchema.safeParse({ requestId: 'a-1', why: 'ingen' }).success).toBe(true);
    expect(BackupDeclinedSchema.safeParse({ requestId: 'a-1', why: 'x'.repeat(501) }).success).toBe(
      false,
    );
    expect(BackupDeclinedSchema.safeParse({ requestId: 'a 1', why: '' }).success).toBe(false);
  });

  it('result schemas', () => {
    expect(SaveFileResultSchema.safeParse({ saved: false }).success).toBe(true);
    expect(SaveFileResultSchema.safeParse({ saved: 'yes' }).success).toBe(false);
    expect(
      BackupInfoSchema.safeParse({
        name: 'jobbasen-backup-2026-11-24T14-03-00Z.json',
        takenAt: '2026-11-24T14:03:00.000Z',
        sizeBytes: 10,
      }).success,
    ).toBe(true);
    expect(BackupInfoSchema.safeParse({ name: 'x', takenAt: 'i går', sizeBytes: -1 }).success).toBe(
      false,
    );
    expect(AppVersionSchema.safeParse('0.1.0').success).toBe(true);
    expect(AppVersionSchema.safeParse('v0.1').success).toBe(false);
  });
});
