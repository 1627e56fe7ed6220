// Danish search folding (issue 10): a person types "soren" or "soeren" for Søren, "aase" for Åse,
// "ae" for æ, in any case. Both the text searched and the query are folded the same way, so
// every spelling finds every other.

/** Ø/ö → oe, Æ/ä → ae, Å → aa, accents dropped, lower case; then "oe"/"ae"/"aa" → o/a/a. */
export function foldDanish(text: string): string {
  return text
    .toLocaleLowerCase('da')
    .replace(/[øö]/g, 'oe')
    .replace(/[æä]/g, 'ae')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/oe/g, 'o')
    .replace(/ae/g, 'a')
    .replace(/aa/g, 'a');
}

/** The query's words, folded; empty when there is nothing to search for. */
export function searchWords(query: string): string[] {
  return foldDanish(query).split(/\s+/).filter(Boolean);
}

/** True when every word of the query occurs in one of the texts (Danish folding on both sides). */
export function matchesSearch(query: string, texts: readonly string[]): boolean {
  const words = searchWords(query);
  if (words.length === 0) return true;
  const hay = texts.map(foldDanish).join(' ');
  return words.every((w) => hay.includes(w));
}
