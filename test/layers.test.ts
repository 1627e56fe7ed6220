// Layer rules (README, "Architecture"): shared/ is pure; renderer/ and electron/ never import each other.
// The rules live in eslint.config.js and the per-layer tsconfigs; this proves they bite.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function errorsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : /\.tsx?$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

describe('layer rules', () => {
  it.each([
    [
      "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;",
      'no-restricted-imports',
    ],
    ["import fs from 'fs';\nexport const f = fs;", 'no-restricted-imports'],
    ["import { app } from 'electron';\nexport const a = app;", 'no-restricted-imports'],
    ["import { useState } from 'react';\nexport const u = useState;", 'no-restricted-imports'],
    ["import Dexie from 'dexie';\nexport const d = Dexie;", 'no-restricted-imports'],
    ["import { x } from '../renderer/src/x';\nexport const y = x;", 'no-restricted-imports'],
    ['export const title = document.title;', 'no-restricted-globals'],
    ['export const env = process.env;', 'no-restricted-globals'],
  ])('shared/ refuses %s', async (code, rule) => {
    expect(await errorsFor('shared/domain/probe.ts', code)).toContain(rule);
  });

  it('renderer/ may not import electron/ or Node; electron/ may not import renderer/', async () => {
    expect(
      await errorsFor(
        'renderer/src/probe.ts',
        "import { x } from '../../electron/main/x';\nexport const y = x;",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await errorsFor('renderer/src/probe.ts', "import fs from 'node:fs';\nexport const y = fs;"),
    ).toContain('no-restricted-imports');
    expect(
      await errorsFor(
        'electron/main/probe.ts',
        "import { x } from '../../renderer/src/x';\nexport const y = x;",
      ),
    ).toContain('no-restricted-imports');
  });

  // The UI reaches the data only as the DataApi (issue 9): no Dexie, no renderer/db but in
  // renderer/src/data/local.ts, no `export *` anywhere in renderer/.
  it.each([
    ["import Dexie from 'dexie';\nexport const d = Dexie;"],
    ["import { useLiveQuery } from 'dexie-react-hooks';\nexport const u = useLiveQuery;"],
    ["import { x } from 'dexie-export-import';\nexport const y = x;"],
    ["import { liveQuery } from 'dexie/dist/dexie';\nexport const l = liveQuery;"],
    ["import { JobbasenDb } from '../../db/schema';\nexport const d = JobbasenDb;"],
    ["import { x } from '../../../db/months';\nexport const y = x;"],
    ["import { createLocalDataApi } from '../../db';\nexport const c = createLocalDataApi;"],
    ["import { createLocalDataApi } from '../db';\nexport const c = createLocalDataApi;"],
  ])('renderer/src/ refuses %s', async (code) => {
    expect(await errorsFor('renderer/src/features/probe/probe.ts', code)).toContain(
      'no-restricted-imports',
    );
  });

  it('lets renderer/src/data/local.ts alone import renderer/db, and only its index', async () => {
    const index =
      "import { createLocalDataApi } from '../../db';\nexport const c = createLocalDataApi;";
    expect(await errorsFor('renderer/src/data/local.ts', index)).toEqual([]);
    expect(await errorsFor('renderer/src/data/other.ts', index)).toContain('no-restricted-imports');
    for (const code of [
      "import { JobbasenDb } from '../../db/schema';\nexport const d = JobbasenDb;",
      "import Dexie from 'dexie';\nexport const d = Dexie;",
      "import fs from 'node:fs';\nexport const f = fs;",
    ])
      expect(await errorsFor('renderer/src/data/local.ts', code)).toContain(
        'no-restricted-imports',
      );
  });

  it('still lets renderer/db use Dexie and the UI use the DataApi types', async () => {
    expect(
      await errorsFor(
        'renderer/db/probe.ts',
        "import Dexie from 'dexie';\nexport const d = Dexie;",
      ),
    ).toEqual([]);
    expect(
      await errorsFor(
        'renderer/src/features/probe/probe.ts',
        "import type { DataApi } from '../../../../shared/data/api';\nexport type A = DataApi;",
      ),
    ).toEqual([]);
  });

  it.each([
    ['renderer/src/features/probe/index.ts', "export * from './probe';"],
    ['renderer/src/probe.ts', "export type * from '../../shared/records';"],
    ['renderer/db/probe.ts', "export * from './schema';"],
    ['renderer/db/probe.ts', "export * as schema from './schema';"],
  ])('%s refuses %s', async (file, code) => {
    expect(await errorsFor(file, code)).toContain('no-restricted-syntax');
  });

  it('allows named re-exports in renderer/', async () => {
    expect(
      await errorsFor('renderer/db/probe.ts', "export { JobbasenDb, DB_NAME } from './schema';"),
    ).toEqual([]);
  });

  it('allows what the core is meant to use', async () => {
    expect(
      await errorsFor(
        'shared/domain/probe.ts',
        "import { z } from 'zod';\nexport const s = z.string();",
      ),
    ).toEqual([]);
  });

  it('every import in shared/ is relative or zod', () => {
    const offenders = sourceFiles('shared').flatMap((file) =>
      [
        ...readFileSync(file, 'utf8').matchAll(
          /^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm,
        ),
      ]
        .map((m) => m[1]!)
        .filter((spec) => !spec.startsWith('.') && spec !== 'zod')
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('shared/ compiles without DOM or Node types (tsconfig.shared.json)', () => {
    const config = JSON.parse(readFileSync('tsconfig.shared.json', 'utf8')) as {
      compilerOptions: { lib: string[]; types: string[] };
    };
    expect(config.compilerOptions.lib).toEqual(['ES2022']);
    expect(config.compilerOptions.types).toEqual([]);
  });
});
