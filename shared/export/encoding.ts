// The payroll file's bytes (docs/rules.md §9, export templates): UTF-8 with or without BOM, or
// Windows-1252 (Visma Løn and many municipal systems read only that). Pure: an encoder table for
// Windows-1252 here (tests decode back with TextDecoder('windows-1252')).
import { utf8Bytes } from '../backup/sha256';

export const ENCODINGS = ['utf-8-bom', 'utf-8', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Windows-1252 bytes 0x80–0x9F (five are unassigned: 0x81, 0x8D, 0x8F, 0x90, 0x9D). */
const CP1252_HIGH: Readonly<Record<number, number>> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x0192: 0x83,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2020: 0x86,
  0x2021: 0x87,
  0x02c6: 0x88,
  0x2030: 0x89,
  0x0160: 0x8a,
  0x2039: 0x8b,
  0x0152: 0x8c,
  0x017d: 0x8e,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x02dc: 0x98,
  0x2122: 0x99,
  0x0161: 0x9a,
  0x203a: 0x9b,
  0x0153: 0x9c,
  0x017e: 0x9e,
  0x0178: 0x9f,
};

/** The Windows-1252 byte of one code point, or undefined when the encoding cannot hold it. */
export function cp1252Byte(codePoint: number): number | undefined {
  if (codePoint < 0x80 || (codePoint >= 0xa0 && codePoint <= 0xff)) return codePoint;
  return CP1252_HIGH[codePoint];
}

/** The characters of `text` that `encoding` cannot hold, each once, in order. */
export function unencodable(text: string, encoding: Encoding): string[] {
  if (encoding !== 'windows-1252') return [];
  const out = new Set<string>();
  for (const ch of text) if (cp1252Byte(ch.codePointAt(0)!) === undefined) out.add(ch);
  return [...out];
}

const BOM_BYTES = [0xef, 0xbb, 0xbf];

/**
 * The file's bytes. Windows-1252: a character it cannot hold becomes `?` — the template check
 * names every such character before export (`templateProblems`), so this only happens when the
 * person exports anyway.
 */
export function encodeText(text: string, encoding: Encoding): Uint8Array<ArrayBuffer> {
  if (encoding === 'windows-1252') {
    const bytes: number[] = [];
    for (const ch of text) bytes.push(cp1252Byte(ch.codePointAt(0)!) ?? 0x3f);
    return Uint8Array.from(bytes);
  }
  const utf8 = utf8Bytes(text);
  if (encoding === 'utf-8') return Uint8Array.from(utf8);
  const out = new Uint8Array(utf8.length + 3);
  out.set(BOM_BYTES);
  out.set(utf8, 3);
  return out;
}

const CP1252_DECODE: Readonly<Record<number, number>> = Object.fromEntries(
  Object.entries(CP1252_HIGH).map(([cp, byte]) => [byte, Number(cp)]),
);

/** Windows-1252 bytes back to text (an unassigned byte becomes U+FFFD). */
export function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes)
    out += String.fromCodePoint(b < 0x80 || b >= 0xa0 ? b : (CP1252_DECODE[b] ?? 0xfffd));
  return out;
}
