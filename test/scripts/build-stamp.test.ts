// `npm start` builds only when the build's inputs changed since the last successful build.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildDecision,
  buildInputs,
  buildLine,
  outputsHash,
  readStamp,
  removeStamp,
  sourcesHash,
  writeStamp,
} from '../../scripts/start.mjs';

let root: string;

function put(path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** What a start would decide in `root` now. */
function decide(): ReturnType<typeof buildDecision> {
  return buildDecision(readStamp(root), { sources: sourcesHash(root), outputs: outputsHash(root) });
}

/** What `npm start` does after electron-vite succeeded. */
function stampBuild(): void {
  put('out/renderer/index.html', '<!doctype html>');
  put('out/main/index.js', 'main');
  writeStamp(root, { sources: sourcesHash(root), outputs: outputsHash(root)! });
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'jobbasen-stamp-'));
  put('renderer/index.html', '<div id="root"></div>');
  put('renderer/src/main.tsx', 'render()');
  put('shared/money.ts', 'export const øre = 1;');
  put('electron/main/index.ts', 'app()');
  put('package.json', '{}');
  put('package-lock.json', '{}');
  put('electron.vite.config.ts', 'export default {}');
  put('tsconfig.json', '{}');
  put('tsconfig.renderer.json', '{}');
  put('README.md', 'docs');
  put('test/x.test.ts', 'test');
  put('renderer/.main.tsx.swp', 'editor');
  put('renderer/node_modules/x/index.js', 'nested');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('build inputs', () => {
  it('are the sources electron-vite reads, and nothing else', () => {
    expect(buildInputs(root)).toEqual([
      'electron.vite.config.ts',
      'electron/main/index.ts',
      'package-lock.json',
      'package.json',
      'renderer/index.html',
      'renderer/src/main.tsx',
      'shared/money.ts',
      'tsconfig.json',
      'tsconfig.renderer.json',
    ]);
  });
});

describe('build decision', () => {
  it('builds the first time (no out/, no stamp)', () => {
    expect(decide()).toBe('first');
  });

  it('builds when out/ is there but has no stamp (built by another tool, or interrupted)', () => {
    put('out/renderer/index.html', '<!doctype html>');
    expect(decide()).toBe('first');
  });

  it('reuses out/ when nothing changed since the stamped build', () => {
    stampBuild();
    expect(decide()).toBe('fresh');
  });

  it('reuses out/ when a source was only touched (same content)', () => {
    stampBuild();
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'shared/money.ts'), later, later);
    expect(decide()).toBe('fresh');
  });

  it.each([
    ['a changed file', () => put('shared/money.ts', 'export const øre = 2;')],
    ['a new file', () => put('renderer/src/page.tsx', 'page()')],
    ['a deleted file', () => rmSync(join(root, 'electron/main/index.ts'))],
    [
      'a renamed file',
      () => {
        rmSync(join(root, 'renderer/src/main.tsx'));
        put('renderer/src/entry.tsx', 'render()');
      },
    ],
    ['package.json', () => put('package.json', '{"version":"2"}')],
    ['the lockfile', () => put('package-lock.json', '{"v":2}')],
    ['a tsconfig', () => put('tsconfig.renderer.json', '{"strict":true}')],
    ['the electron-vite config', () => put('electron.vite.config.ts', 'export default 1')],
  ])('builds after %s', (_what, change) => {
    stampBuild();
    change();
    expect(decide()).toBe('sources');
  });

  it.each([
    ['the README', () => put('README.md', 'more docs')],
    ['a test', () => put('test/x.test.ts', 'more tests')],
    ['an editor swap file', () => put('renderer/.main.tsx.swp', 'typing')],
  ])('does not build after a change to %s', (_what, change) => {
    stampBuild();
    change();
    expect(decide()).toBe('fresh');
  });

  it('builds when out/ was rewritten by another build since the stamp', () => {
    stampBuild();
    put('out/main/index.js', 'another build');
    expect(decide()).toBe('outputs');
  });

  it('builds when out/ was removed', () => {
    stampBuild();
    rmSync(join(root, 'out'), { recursive: true });
    expect(decide()).toBe('first');
  });

  it('builds when the stamp was removed (a build started and did not finish)', () => {
    stampBuild();
    removeStamp(root);
    expect(decide()).toBe('first');
  });

  it('treats an unreadable stamp as none', () => {
    stampBuild();
    put('out/.build-stamp.json', '{ not json');
    expect(readStamp(root)).toBeNull();
    expect(decide()).toBe('first');
  });
});

describe('the one line about building', () => {
  it('says in Danish whether it builds or reuses', () => {
    expect(buildLine('fresh')).toBe('Ingen ændringer siden sidste bygning: genbruger out/.');
    expect(buildLine('sources')).toMatch(/^Kildekoden er ændret .*: bygger/);
    expect(buildLine('outputs')).toMatch(/bygger/);
    expect(buildLine('first')).toMatch(/^Første bygning: bygger/);
  });
});
