// One schema version, and each migration checked against the frozen rows of its own version.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  BACKUP_VERSION,
  BackupDataSchema,
  SCHEMA_VERSION,
  migrateCitizenV1,
  migrateSettingsV1,
  migrateV1ToV2,
  parseBackup,
} from '../../../shared/backup';
import { BackupDataV1Schema } from '../../../shared/backup/snapshots/v1';
import { BackupDataV2Schema } from '../../../shared/backup/snapshots/v2';
import { BackupDataV3Schema } from '../../../shared/backup/snapshots/v3';
import { BackupDataV4Schema } from '../../../shared/backup/snapshots/v4';
import { BackupDataV5Schema } from '../../../shared/backup/snapshots/v5';
import { BackupDataV6Schema } from '../../../shared/backup/snapshots/v6';
import { BackupDataV7Schema } from '../../../shared/backup/snapshots/v7';
import { ValidationError } from '../../../shared/domain/errors';
import { backupV1, octoberBackupData, v1Data } from '../../fixtures/backups';

/** The frozen snapshot of each schema version's rows. */
const SNAPSHOTS: Record<number, z.ZodType> = {
  2: BackupDataV2Schema,
  3: BackupDataV3Schema,
  4: BackupDataV4Schema,
  5: BackupDataV5Schema,
  6: BackupDataV6Schema,
  7: BackupDataV7Schema,
};

/** A JSON Schema with keys and `required` lists sorted: what the rows accept, not the order. */
function shapeOf(schema: z.ZodType): unknown {
  const sort = (v: unknown, key = ''): unknown => {
    if (Array.isArray(v)) {
      const items = v.map((x) => sort(x));
      return key === 'required' ? items.sort() : items;
    }
    if (v === null || typeof v !== 'object') return v;
    const o = v as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, sort(o[k], k)]),
    );
  };
  return sort(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));
}

describe('schema version', () => {
  it('is one number for the database and the backup format', () => {
    expect(BACKUP_VERSION).toBe(SCHEMA_VERSION);
    expect(
      JSON.parse(
        readFileSync(
          resolve(import.meta.dirname, `../../fixtures/backup/backup-v${SCHEMA_VERSION}.json`),
          'utf8',
        ),
      ),
    ).toMatchObject({
      version: SCHEMA_VERSION,
      schemaVersion: SCHEMA_VERSION,
    });
  });

  it('has a frozen snapshot of its rows that the live schemas still match', () => {
    // Failing here means the stored rows changed: bump SCHEMA_VERSION, add snapshots/v<n>.ts
    // and a migration to it; never edit an existing snapshot.
    const snapshot = SNAPSHOTS[SCHEMA_VERSION];
    expect(snapshot, `shared/backup/snapshots/v${SCHEMA_VERSION}.ts mangler`).toBeDefined();
    expect(shapeOf(BackupDataSchema)).toEqual(shapeOf(snapshot!));
    const data = octoberBackupData();
    expect(snapshot!.parse(data)).toEqual(BackupDataSchema.parse(data));
  });

  it('refuses the same rows with the same messages as the live schemas', () => {
    const broken = octoberBackupData();
    (broken.citizens[0] as { cpr: string }).cpr = '3102901234';
    broken.attendance[0]!.hours = 24.5;
    (broken.settingsVersions[0]!.settings as { wageRoundingStep: number }).wageRoundingStep = 0.3;
    broken.grants[0]!.size = 'double' as never;
    const messages = (r: z.ZodSafeParseResult<unknown>) =>
      r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    const live = messages(BackupDataSchema.safeParse(broken));
    expect(live.length).toBeGreaterThanOrEqual(4);
    expect(messages(SNAPSHOTS[SCHEMA_VERSION]!.safeParse(broken))).toEqual(live);
  });

  it('snapshots import no live schema: only zod, generic builders, labels and facts', () => {
    const allowed = [
      'zod',
      '../../money',
      '../../domain/schema-helpers',
      '../../danish/values',
      '../../records/cpr',
      './v2',
      './v3',
      './v4',
      './v5',
      './v6',
    ];
    for (const name of ['v1.ts', 'v2.ts', 'v3.ts', 'v4.ts', 'v5.ts', 'v6.ts', 'v7.ts']) {
      const source = readFileSync(
        resolve(import.meta.dirname, '../../../shared/backup/snapshots', name),
        'utf8',
      );
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      for (const from of imports) expect(allowed, `${name} importerer ${from}`).toContain(from);
    }
  });
});

describe('migration v1 → v2', () => {
  it('checks its output against the frozen version-2 rows, naming the field', () => {
    // Version 1 took any text as a CPR number; version 2 does not.
    const data = v1Data();
    data.citizens[0]!.cpr = '12345';
    const parsed = parseBackup(backupV1(data));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.message).toMatch(
      /^Sikkerhedskopien \(format 1\) kan ikke flyttes til version 2: /,
    );
    expect(parsed.message).toContain('data.citizens[0].cpr: skal være 10 cifre');
    expect(parsed.issues).toEqual([
      { path: ['data', 'citizens', 0, 'cpr'], message: 'skal være 10 cifre (fx 010190-1234)' },
    ]);
    const v1 = BackupDataV1Schema.parse(data);
    expect(migrateV1ToV2(v1)).toMatchObject({ ok: false });
    expect(migrateV1ToV2(BackupDataV1Schema.parse(v1Data()))).toMatchObject({ ok: true });
  });

  it('refuses to make an invalid row for the database upgrade too (the upgrade then stops)', () => {
    const data = v1Data();
    expect(() => migrateCitizenV1({ ...data.citizens[0]!, cpr: '12345' })).toThrow(ValidationError);
    const settings = { ...data.settings[0]!, kmRate: 101 };
    expect(() => migrateSettingsV1(settings)).toThrow(/settings\.kmRate: må højst være 100/);
    expect(migrateCitizenV1(data.citizens[1]!)).toMatchObject({ endDate: '2026-08-31' });
  });
});
