// Reads what Chromium's page.pdf() wrote, enough for a test (docs/rules.md §12): each page's size
// and its text. Chromium (Skia) writes plain objects, Flate streams, Type0 fonts with Identity-H
// glyph codes and a ToUnicode map per font; that is all this reads.
import { inflateSync } from 'node:zlib';

export interface PdfPage {
  /** Points (1/72 inch): A4 is 595.92 × 842.88 in Chromium's output. */
  width: number;
  height: number;
  /** The page's text in drawing order, lines joined by '\n'. */
  text: string;
}

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const raw = pdf.toString('latin1');
  const out = new Map<number, PdfObject>();
  for (const m of raw.matchAll(/(?:^|\n)(\d+) 0 obj\s*/g)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endobj', start);
    const body = raw.slice(start, end);
    const at = body.indexOf('stream\n');
    if (at < 0) {
      out.set(Number(m[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, at);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
    const from = start + at + 'stream\n'.length;
    const data = pdf.subarray(from, from + length);
    out.set(Number(m[1]), {
      dict,
      stream: dict.includes('/FlateDecode') ? inflateSync(data) : data,
    });
  }
  return out;
}

/** A ToUnicode CMap (bfchar and bfrange) as glyph code → text. */
function cmap(text: string): Map<number, string> {
  const map = new Map<number, string>();
  const hex = (h: string) => parseInt(h, 16);
  const chars = (h: string) =>
    String.fromCharCode(...(h.match(/.{4}/g) ?? []).map((x) => parseInt(x, 16)));
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(hex(m[1]!), chars(m[2]!));
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const [lo, hi, first] = [hex(m[1]!), hex(m[2]!), hex(m[3]!)];
      for (let c = lo; c <= hi; c++) map.set(c, String.fromCharCode(first + c - lo));
    }
  return map;
}

function pageText(content: string, fonts: Map<string, Map<number, string>>): string {
  let out = '';
  let font = new Map<number, string>();
  let lastY: string | null = null;
  const decode = (h: string) =>
    (h.match(/.{4}/g) ?? []).map((g) => font.get(parseInt(g, 16)) ?? '').join('');
  const tokens =
    /\/(\w+) [\d.]+ Tf|[\d.-]+ [\d.-]+ [\d.-]+ [\d.-]+ [\d.-]+ ([\d.-]+) Tm|<([0-9A-Fa-f]*)> Tj|\[([^\]]*)\] TJ/g;
  for (const m of content.matchAll(tokens)) {
    if (m[1]) font = fonts.get(m[1]) ?? new Map();
    else if (m[2] !== undefined) {
      if (lastY !== null && m[2] !== lastY) out += '\n';
      lastY = m[2];
    } else if (m[3] !== undefined) out += decode(m[3]);
    else if (m[4] !== undefined)
      for (const s of m[4].matchAll(/<([0-9A-Fa-f]*)>/g)) out += decode(s[1]!);
  }
  return out;
}

export function readPdf(pdf: Buffer): PdfPage[] {
  const objs = objects(pdf);
  const ref = (s: string | undefined) => (s ? objs.get(Number(s)) : undefined);
  const pages: PdfPage[] = [];
  // Pages in the order the page tree lists them.
  const kids = [...objs.values()]
    .filter((o) => /\/Type \/Pages/.test(o.dict))
    .flatMap((o) => [...(/\/Kids \[([^\]]*)\]/.exec(o.dict)?.[1] ?? '').matchAll(/(\d+) 0 R/g)])
    .map((m) => Number(m[1]));
  for (const id of kids) {
    const page = objs.get(id);
    if (!page || !/\/Type \/Page\b/.test(page.dict)) continue;
    const box = /\/MediaBox \[([^\]]+)\]/.exec(page.dict)![1]!.trim().split(/\s+/).map(Number);
    const fonts = new Map<string, Map<number, string>>();
    const fontDict = /\/Font <<([^>]*)>>/.exec(page.dict)?.[1] ?? '';
    for (const f of fontDict.matchAll(/\/(\w+) (\d+) 0 R/g)) {
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(ref(f[2])?.dict ?? '')?.[1];
      const stream = ref(toUnicode)?.stream;
      if (stream) fonts.set(f[1]!, cmap(stream.toString('latin1')));
    }
    const contents = /\/Contents (?:\[([^\]]*)\]|(\d+) 0 R)/.exec(page.dict);
    const ids = contents?.[1]
      ? [...contents[1].matchAll(/(\d+) 0 R/g)].map((m) => m[1]!)
      : [contents?.[2]];
    const text = ids
      .map((c) => pageText(ref(c)?.stream?.toString('latin1') ?? '', fonts))
      .join('\n');
    pages.push({ width: box[2]! - box[0]!, height: box[3]! - box[1]!, text });
  }
  return pages;
}

/** Chromium's A4 in points (210 × 297 mm at 72/25.4, as it rounds them), either way up. */
export function isA4(p: PdfPage): boolean {
  const [short, long] = [Math.min(p.width, p.height), Math.max(p.width, p.height)];
  return Math.abs(short - 595.92) < 1 && Math.abs(long - 842.88) < 1;
}

/** Text with runs of white space as one space: for reading. */
export const flat = (s: string) => s.replace(/\s+/g, ' ');

/**
 * Text without white space: what a sentence check compares, since the PDF does not say where a
 * table cell or a bold word ends (the space between them is layout, not a character); NFKC
 * undoes the font's ligatures ("ﬂ" → "fl").
 */
export const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** True when `text` is on the page(s), white space aside. */
export const hasText = (pdfText: string, text: string) => squash(pdfText).includes(squash(text));
