// Money and other decimal quantities as exact integers (docs/rules.md §5). Amounts are integer øre;
// hours, km and percentages are integer hundredths. Conversions happen only at the edges.

/** An amount in øre (integer). */
export type Ore = number;
/** A quantity in hundredths (hours, km, percent, points, weights). */
export type Hundredths = number;

const TWO_DECIMALS = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/** True when `x` is a finite number written with at most two decimals. */
export function hasAtMostTwoDecimals(x: number): boolean {
  const r = Math.round(x * 100);
  if (Number.isSafeInteger(r) && r / 100 === x) return true; // see toHundredths
  return Number.isFinite(x) && TWO_DECIMALS.test(String(x));
}

/** 18.75 → 1875, exactly: never trusts a float product on its own. */
export function toHundredths(x: number): number {
  // Fast path: r / 100 === x means x is the double nearest the decimal r/100, i.e. x is
  // written with at most two decimals; this holds for 1.15 even though 1.15 · 100 ≠ 115.
  const r = Math.round(x * 100);
  if (Number.isSafeInteger(r) && r / 100 === x) return r === 0 ? 0 : r;
  const m = TWO_DECIMALS.exec(String(x));
  if (!m) throw new RangeError(`${x} har mere end to decimaler`);
  const whole = Number(m[2]);
  const frac = Number((m[3] ?? '').padEnd(2, '0'));
  const value = whole * 100 + frac;
  if (!Number.isSafeInteger(value)) throw new RangeError(`${x} er for stort`);
  return m[1] === '-' ? -value : value;
}

export const toOre: (kroner: number) => Ore = toHundredths;

/** 1875 → 18.75: the nearest double to the decimal, which JSON prints as `18.75`. */
export function fromHundredths(value: number): number {
  assertInteger(value);
  return value / 100;
}

export const fromOre: (ore: Ore) => number = fromHundredths;

export function assertInteger(value: number): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Ikke et helt tal: ${value}`);
}

/**
 * The one rounding function: numerator / denominator rounded half away from zero
 * (docs/rules.md §5). Exact for any integers; BigInt only when the product would not be safe.
 */
export function divRoundHalfUp(numerator: number | bigint, denominator: number | bigint): number {
  if (typeof numerator === 'number' && typeof denominator === 'number') {
    assertInteger(numerator);
    assertInteger(denominator);
    if (denominator === 0) throw new RangeError('Division med nul');
    const rem = numerator % denominator;
    const quot = (numerator - rem) / denominator;
    if (2 * Math.abs(rem) >= Math.abs(denominator)) {
      return quot + (numerator < 0 !== denominator < 0 ? -1 : 1);
    }
    return quot;
  }
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  if (d === 0n) throw new RangeError('Division med nul');
  const rem = n % d;
  let quot = (n - rem) / d;
  const absRem = rem < 0n ? -rem : rem;
  const absDen = d < 0n ? -d : d;
  if (2n * absRem >= absDen) quot += n < 0n !== d < 0n ? -1n : 1n;
  const out = Number(quot);
  assertInteger(out);
  return out;
}

/** a · b / c rounded half up, computed exactly (BigInt when a · b is beyond 2^53). */
export function mulDivRound(a: number, b: number, c: number): number {
  const product = a * b;
  return Number.isSafeInteger(product)
    ? divRoundHalfUp(product, c)
    : divRoundHalfUp(BigInt(a) * BigInt(b), BigInt(c));
}
