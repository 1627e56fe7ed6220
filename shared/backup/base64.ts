// Bytes ↔ base64 for salts, verifiers and kept keys stored as text (JSON, IndexedDB, IPC):
// shared/ has neither the DOM's btoa/atob typed nor Node's Buffer.

/** Bytes ↔ base64 for storing salts and verifiers as text (JSON, IndexedDB, IPC). */
export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoaSafe(s);
}

export function fromBase64(text: string): Uint8Array {
  const s = atobSafe(text);
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function btoaSafe(bin: string): string {
  let out = '';
  for (let i = 0; i < bin.length; i += 3) {
    const [a, b, c] = [bin.charCodeAt(i), bin.charCodeAt(i + 1), bin.charCodeAt(i + 2)];
    const n = (a << 16) | ((b || 0) << 8) | (c || 0);
    out += B64[n >> 18]! + B64[(n >> 12) & 63]!;
    out += i + 1 < bin.length ? B64[(n >> 6) & 63]! : '=';
    out += i + 2 < bin.length ? B64[n & 63]! : '=';
  }
  return out;
}

function atobSafe(text: string): string {
  const clean = text.replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(clean)) throw new Error('Ugyldig base64-tekst.');
  let out = '';
  let bits = 0;
  let value = 0;
  for (const ch of clean) {
    value = (value << 6) | B64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((value >> bits) & 255);
    }
  }
  return out;
}
