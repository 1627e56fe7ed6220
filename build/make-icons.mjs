// Draws the app icon (a white "J" on a teal rounded square with a gold coin) and writes
// build/icon.png (512×512) and build/icon.ico (16–256 px) with Node built-ins only.
// Run `node build/make-icons.mjs` after changing the drawing; the outputs are committed.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));

// The drawing, in a 512-unit square. Returns [r, g, b, a] (0–255) for one point.
const TEAL_TOP = [18, 122, 138];
const TEAL_BOTTOM = [10, 76, 90];
const WHITE = [255, 255, 255];
const GOLD = [242, 183, 5];

function insideRoundedSquare(x, y) {
  const r = 100;
  const cx = Math.min(Math.max(x, 16 + r), 496 - r);
  const cy = Math.min(Math.max(y, 16 + r), 496 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= 16 && x <= 496 && y >= 16 && y <= 496;
}

function insideJ(x, y) {
  const topBar = x >= 170 && x <= 360 && y >= 104 && y <= 160;
  const stem = x >= 268 && x <= 330 && y >= 104 && y <= 316;
  const d2 = (x - 214) ** 2 + (y - 316) ** 2;
  const hook = y >= 316 && d2 <= 116 ** 2 && d2 >= 54 ** 2;
  const tip = x >= 98 && x <= 160 && y >= 276 && y <= 316;
  return topBar || stem || hook || tip;
}

function insideCoin(x, y) {
  return (x - 380) ** 2 + (y - 392) ** 2 <= 62 ** 2;
}

function sample(x, y) {
  if (!insideRoundedSquare(x, y)) return [0, 0, 0, 0];
  if (insideCoin(x, y)) {
    const ring = (x - 380) ** 2 + (y - 392) ** 2 >= 46 ** 2;
    return ring ? [...WHITE, 255] : [...GOLD, 255];
  }
  if (insideJ(x, y)) return [...WHITE, 255];
  const t = (y - 16) / 480;
  return [...TEAL_TOP.map((c, i) => Math.round(c + (TEAL_BOTTOM[i] - c) * t)), 255];
}

/** RGBA pixels at `size`×`size`, each pixel the average of a 4×4 grid of samples. */
function render(size) {
  const out = Buffer.alloc(size * size * 4);
  const n = 4;
  const scale = 512 / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const [r, g, b, a] = sample((px + (sx + 0.5) / n) * scale, (py + (sy + 0.5) / n) * scale);
          acc[0] += r * a;
          acc[1] += g * a;
          acc[2] += b * a;
          acc[3] += a;
        }
      }
      const o = (py * size + px) * 4;
      const alpha = acc[3] / (n * n);
      for (let i = 0; i < 3; i++) out[o + i] = acc[3] ? Math.round(acc[i] / acc[3]) : 0;
      out[o + 3] = Math.round(alpha);
    }
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A classic 32-bit DIB icon image (small sizes; older tools such as NSIS expect these). */
function dib(size, rgba) {
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // colour image + AND mask
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4;
      const to = ((size - 1 - y) * size + x) * 4; // bottom-up, BGRA
      pixels[to] = rgba[from + 2];
      pixels[to + 1] = rgba[from + 1];
      pixels[to + 2] = rgba[from];
      pixels[to + 3] = rgba[from + 3];
    }
  }
  const maskRow = Math.ceil(size / 32) * 4;
  return Buffer.concat([header, pixels, Buffer.alloc(maskRow * size)]);
}

function ico(sizes) {
  const images = sizes.map((size) => {
    const rgba = render(size);
    return { size, data: size >= 256 ? png(size, rgba) : dib(size, rgba) };
  });
  const head = Buffer.alloc(6);
  head.writeUInt16LE(1, 2);
  head.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const e = Buffer.alloc(16);
    e[0] = size >= 256 ? 0 : size;
    e[1] = size >= 256 ? 0 : size;
    e.writeUInt16LE(1, 4);
    e.writeUInt16LE(32, 6);
    e.writeUInt32LE(data.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += data.length;
    return e;
  });
  return Buffer.concat([head, ...entries, ...images.map((i) => i.data)]);
}

writeFileSync(join(here, 'icon.png'), png(512, render(512)));
writeFileSync(join(here, 'icon.ico'), ico([16, 24, 32, 48, 64, 128, 256]));
console.log('Skrev build/icon.png og build/icon.ico');
