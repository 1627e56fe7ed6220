// Warning codes of the calculation (docs/rules.md §7), in their fixed order, with Danish texts.
export const WARNING_CODES = ['ABOVE_CEILING', 'DEFAULT_TAX_CARD', 'TRANSPORT_CAPPED'] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export const WARNING_TEXTS: Record<WarningCode, string> = {
  ABOVE_CEILING: 'Timelønnen er sat over loftet',
  DEFAULT_TAX_CARD: 'Intet skattekort: skat anslået med standardtræk',
  TRANSPORT_CAPPED: 'Borgerens kørselsandel er begrænset til 30 % af nettolønnen',
};

/** The codes present in `set`, each once, in the contract's order. */
export function orderedWarnings(set: ReadonlySet<WarningCode>): WarningCode[] {
  return WARNING_CODES.filter((c) => set.has(c));
}

export function warningText(code: WarningCode, capPercent = 30): string {
  return code === 'TRANSPORT_CAPPED'
    ? `Borgerens kørselsandel er begrænset til ${String(capPercent).replace('.', ',')} % af nettolønnen`
    : WARNING_TEXTS[code];
}
