// sameRow (shared/backup/same-row.ts): a restore leaves a stored row in place only when it
// already is the file's row (docs/rules.md §11), so anything short of the very same data differs.
import { describe, expect, it } from 'vitest';
import { sameRow } from '../../../shared/backup';

describe('sameRow', () => {
  it('is the same data whatever the key order', () => {
    expect(
      sameRow({ a: 1, b: [1, { c: 'x' }], d: null }, { d: null, b: [1, { c: 'x' }], a: 1 }),
    ).toBe(true);
    expect(sameRow([], [])).toBe(true);
    expect(sameRow(NaN, NaN)).toBe(true);
  });

  it('tells any difference apart', () => {
    expect(sameRow({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameRow({ a: 1 }, { a: '1' })).toBe(false);
    expect(sameRow({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameRow({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false);
    expect(sameRow({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(sameRow({ a: [1, 2] }, { a: { 0: 1, 1: 2 } })).toBe(false);
    expect(sameRow({ a: null }, { a: {} })).toBe(false);
    expect(sameRow({ a: { b: { c: 1 } } }, { a: { b: { c: 2 } } })).toBe(false);
  });

  it('counts what JSON would hide as different: undefined members, -0, holes, Dates', () => {
    // A stored row holding a member set to undefined is not the file's row without it.
    expect(sameRow({ a: 1, b: undefined }, { a: 1 })).toBe(false);
    expect(sameRow({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameRow({ a: -0 }, { a: 0 })).toBe(false);
    // eslint-disable-next-line no-sparse-arrays -- the hole is the point
    expect(sameRow([, 1], [undefined, 1])).toBe(false);
    expect(sameRow({ at: new Date(0) }, { at: new Date(0) })).toBe(false);
    expect(sameRow({ at: new Date(0) }, { at: {} })).toBe(false);
  });

  it('compares rows nested far deeper than the call stack allows', () => {
    const deep = (n: number, leaf: number) => {
      let v: unknown = leaf;
      for (let i = 0; i < n; i++) v = { v };
      return v;
    };
    expect(sameRow(deep(200_000, 1), deep(200_000, 1))).toBe(true);
    expect(sameRow(deep(200_000, 1), deep(200_000, 2))).toBe(false);
  });
});
