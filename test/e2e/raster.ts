// The printed pages as images (issue 12: "every document prints to a clean A4 PDF … looked at as
// images"): page.pdf() rendered by poppler's pdftoppm into grey pixels, so a test can check what
// the paper shows — white margins all round, ink on every page, no dark block such as the app's
// menu column — and a person can look at the PNGs left beside the PDFs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Raster {
  width: number;
  height: number;
  dpi: number;
  /** One byte per pixel, 0 black … 255 white, row by row. */
  grey: Uint8Array;
}

/** Whether pdftoppm (Debian: poppler-utils) is there; .ci/run installs it. */
export function canRasterise(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A binary PGM (P5, 8 bit), as pdftoppm -gray writes it. */
function readPgm(file: Buffer, dpi: number): Raster {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(file.toString('latin1', 0, 40));
  if (!header) throw new Error('not an 8-bit binary PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return {
    width,
    height,
    dpi,
    grey: file.subarray(header[0].length, header[0].length + width * height),
  };
}

/**
 * Every page of `pdf` in grey at `dpi`; with `pngPrefix`, also PNGs `<prefix>-<n>.png` to look at.
 */
export function rasterise(pdf: Buffer, dpi = 36, pngPrefix?: string): Raster[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
  try {
    const input = join(dir, 'in.pdf');
    writeFileSync(input, pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', input, join(dir, 'p')]);
    if (pngPrefix) execFileSync('pdftoppm', ['-r', '60', '-png', input, pngPrefix]);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.pgm'))
      .sort((a, b) => Number(/(\d+)\.pgm$/.exec(a)?.[1]) - Number(/(\d+)\.pgm$/.exec(b)?.[1]))
      .map((f) => readPgm(readFileSync(join(dir, f)), dpi));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Below this a pixel counts as ink (anti-aliased edges of light shading stay above it). */
const INK = 200;
/** Below this a pixel is dark (text strokes, the menu's dark column). */
const DARK = 80;

const px = (mm: number, dpi: number) => Math.round((mm / 25.4) * dpi);

/** The pixels with ink within `mm` of any edge of the page. */
export function inkInMargin(r: Raster, mm: number): number {
  const band = px(mm, r.dpi);
  let n = 0;
  for (let y = 0; y < r.height; y++)
    for (let x = 0; x < r.width; x++) {
      const inside = x >= band && x < r.width - band && y >= band && y < r.height - band;
      if (!inside && r.grey[y * r.width + x]! < INK) n++;
    }
  return n;
}

/** The share of the page with ink, and with dark ink. */
export function coverage(r: Raster): { ink: number; dark: number } {
  let ink = 0;
  let dark = 0;
  for (const g of r.grey) {
    if (g < INK) ink++;
    if (g < DARK) dark++;
  }
  return { ink: ink / r.grey.length, dark: dark / r.grey.length };
}
