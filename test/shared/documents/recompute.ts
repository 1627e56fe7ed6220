// Redoes a letter's sum by hand: "A kr. + (B kr. − C kr.) × F = R kr.", F a fraction "19/24" or a
// percentage "79,2 %", and says whether R is what the printed figures give (docs/rules.md §12).
const num = (s: string) => Number(s.replace(/\./g, '').replace(',', '.').replace('−', '-'));

export function recomputes(
  line: string,
): { printed: number; recomputed: number; matches: boolean } | null {
  const m =
    /([\d.,]+) kr\. \+ \(([\d.,]+) kr\. − ([\d.,]+) kr\.\) × ([\d.,]+(?:\/[\d.,]+| %)) = (?:ca\. )?([\d.,]+) kr\./.exec(
      line,
    );
  if (!m) return null;
  const [, a, b, c, f, r] = m as unknown as [string, string, string, string, string, string];
  const factor = f.endsWith('%')
    ? num(f.replace(' %', '')) / 100
    : num(f.split('/')[0]!) / num(f.split('/')[1]!);
  const printed = num(r);
  const decimals = r.split(',')[1]?.length ?? 0;
  const exact = num(a) + (num(b) - num(c)) * factor;
  // The printed figure is the sum itself, or it rounded at its last decimal ("ca.").
  const matches = Math.abs(exact - printed) <= 0.5 * 10 ** -decimals + 1e-9;
  return { printed, recomputed: exact, matches };
}
