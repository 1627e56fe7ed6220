// Exact decimal text of a rational number, Danish style (docs/rules.md §5): a letter prints the
// raw wage before rounding so that a reader can redo the sum by hand (docs/rules.md §12).

export interface ExactDecimal {
  /** `25,3125` — at least two decimals, at most `maxDecimals`, decimal comma. */
  text: string;
  /** False when the decimals had to be cut (the fraction does not end within `maxDecimals`). */
  exact: boolean;
}

/** numerator / denominator (denominator > 0) with as many decimals as it needs, 2 to maxDecimals. */
export function exactDecimal(
  numerator: bigint,
  denominator: bigint,
  maxDecimals = 4,
): ExactDecimal {
  if (denominator <= 0n) throw new RangeError('denominator must be positive');
  const negative = numerator < 0n;
  const n = negative ? -numerator : numerator;
  const whole = n / denominator;
  let rest = n % denominator;
  let digits = '';
  while (digits.length < maxDecimals && (rest !== 0n || digits.length < 2)) {
    rest *= 10n;
    digits += String(rest / denominator);
    rest %= denominator;
  }
  const exact = rest === 0n;
  if (!exact) {
    // Round the last shown digit half up (away from zero), carrying as needed.
    const next = (rest * 10n) / denominator;
    if (next >= 5n) {
      const bumped = (whole * 10n ** BigInt(digits.length) + BigInt(digits) + 1n).toString();
      const cut = bumped.length - digits.length;
      return {
        text: `${negative ? '−' : ''}${group(bumped.slice(0, cut) || '0')},${bumped.slice(cut)}`,
        exact,
      };
    }
  }
  return { text: `${negative ? '−' : ''}${group(whole.toString())},${digits}`, exact };
}

function group(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
