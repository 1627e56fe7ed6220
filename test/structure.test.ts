// Thin pages and small modules (issue 9): a page component reads its data from hooks and its
// logic from a pure model, so it stays short; no source file grows into another 1,200-line closure.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : /\.(ts|tsx|mjs)$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

const lines = (file: string) => readFileSync(file, 'utf8').split('\n').length;

describe('module sizes', () => {
  it.each(['shared', 'renderer', 'electron', 'cli', 'scripts'])(
    'no source file in %s/ is over 400 lines',
    (dir) => {
      const long = sourceFiles(dir)
        .map((f) => [f, lines(f)] as const)
        .filter(([, n]) => n > 400);
      expect(long).toEqual([]);
    },
  );

  it('no page component is over 300 lines', () => {
    const pages = sourceFiles('renderer/src/features').filter((f) => /Page\.tsx$/.test(f));
    expect(pages.length).toBeGreaterThan(5);
    const long = pages.map((f) => [f, lines(f)] as const).filter(([, n]) => n > 300);
    expect(long).toEqual([]);
  });
});
