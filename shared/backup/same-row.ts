// Whether a stored row already is the row a restore would write (docs/rules.md §11): a restore
// leaves such rows in place instead of deleting and writing them again. Strict: the same own
// keys at every level, primitives by Object.is, only plain objects and arrays — anything else
// (a Date, a Blob, a key holding undefined on one side only, -0 against 0) counts as different
// and is written, so the stored data end up exactly the file's.

export function sameRow(a: unknown, b: unknown): boolean {
  // An explicit stack: a stored row may nest deeper than any call stack allows.
  const work: [unknown, unknown][] = [[a, b]];
  while (work.length > 0) {
    const [x, y] = work.pop()!;
    if (Object.is(x, y)) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    const proto = Object.getPrototypeOf(x) as unknown;
    if (proto !== Object.getPrototypeOf(y)) return false;
    if (proto === Array.prototype) {
      const xs = x as unknown[];
      const ys = y as unknown[];
      if (xs.length !== ys.length) return false;
      for (let i = 0; i < xs.length; i++) {
        // A hole is not undefined: [ , 1] and [undefined, 1] differ as stored rows.
        if (i in xs !== i in ys) return false;
        work.push([xs[i], ys[i]]);
      }
      continue;
    }
    if (proto !== Object.prototype && proto !== null) return false;
    const keys = Object.keys(x);
    if (keys.length !== Object.keys(y).length) return false;
    for (const k of keys) {
      if (!Object.prototype.hasOwnProperty.call(y, k)) return false;
      work.push([(x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]]);
    }
  }
  return true;
}
