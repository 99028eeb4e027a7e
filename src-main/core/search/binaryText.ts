/**
 * Numbers packed into text for the snapshot, which is a record of strings: unsigned integers as
 * LEB128 varints (most term numbers fit in two or three bytes), the bytes as base64. Written here
 * rather than with Node's Buffer so that core stays free of Node APIs.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;
/** Characters per `String.fromCharCode` call: well under engines' argument limits. */
const CHUNK = 12_288;
const ALPHABET_CODES = Uint8Array.from(ALPHABET, (letter) => letter.charCodeAt(0));
/** The two characters of every 12-bit value, so a 3-byte group is two lookups (hot when persisting). */
const PAIRS = new Uint16Array(4096 * 2);
for (let value = 0; value < 4096; value++) {
  PAIRS[2 * value] = ALPHABET_CODES[value >> 6]!;
  PAIRS[2 * value + 1] = ALPHABET_CODES[value & 63]!;
}

function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const codes = new Uint16Array(CHUNK);
  let used = 0;
  const flush = () => {
    parts.push(String.fromCharCode.apply(null, codes.subarray(0, used) as unknown as number[]));
    used = 0;
  };
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    const high = 2 * (n >> 12);
    const low = 2 * (n & 4095);
    codes[used] = PAIRS[high]!;
    codes[used + 1] = PAIRS[high + 1]!;
    codes[used + 2] = PAIRS[low]!;
    codes[used + 3] = PAIRS[low + 1]!;
    used += 4;
    if (used === CHUNK) flush();
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = (bytes[i]! << 16) | ((rest === 2 ? bytes[i + 1]! : 0) << 8);
    codes[used++] = ALPHABET_CODES[n >> 18]!;
    codes[used++] = ALPHABET_CODES[(n >> 12) & 63]!;
    codes[used++] = rest === 2 ? ALPHABET_CODES[(n >> 6) & 63]! : 61;
    codes[used++] = 61;
  }
  flush();
  return parts.join('');
}

function decodeBase64(text: string): Uint8Array {
  let length = text.length;
  while (length > 0 && text.charCodeAt(length - 1) === 61) length--;
  const bytes = new Uint8Array(Math.floor((length * 3) / 4));
  const digit = (at: number): number => {
    const value = DECODE[text.charCodeAt(at) & 127]!;
    if (value < 0) throw new Error(`invalid base64 at ${at}`);
    return value;
  };
  let out = 0;
  let at = 0;
  // Whole groups of four characters make three bytes each; the tail is handled digit by digit.
  for (const end = length - (length % 4); at < end; at += 4) {
    const n = (digit(at) << 18) | (digit(at + 1) << 12) | (digit(at + 2) << 6) | digit(at + 3);
    bytes[out++] = n >> 16;
    bytes[out++] = (n >> 8) & 0xff;
    bytes[out++] = n & 0xff;
  }
  let buffer = 0;
  let bits = 0;
  for (; at < length; at++) {
    buffer = (buffer << 6) | digit(at);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[out++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes.subarray(0, out);
}

/**
 * Packs unsigned 32-bit integers into base64 text as they are given, for callers that would
 * otherwise gather millions of them into an array first (the term sequences of a whole corpus).
 */
export class UnsignedPacker {
  private bytes: Uint8Array;
  private at = 0;

  /** `expected`: about how many integers will come, to size the buffer once. */
  constructor(expected = 0) {
    this.bytes = new Uint8Array(Math.max(16, expected * 2));
  }

  push(integer: number): void {
    if (this.at + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    let value = integer >>> 0;
    while (value >= 0x80) {
      this.bytes[this.at++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.bytes[this.at++] = value;
  }

  text(): string {
    return encodeBase64(this.bytes.subarray(0, this.at));
  }
}

/** Packs unsigned 32-bit integers into base64 text. */
export function packUnsigned(values: ArrayLike<number>): string {
  const packer = new UnsignedPacker(values.length);
  for (let i = 0; i < values.length; i++) packer.push(values[i]!);
  return packer.text();
}

/** The integers `packUnsigned` packed. */
export function unpackUnsigned(text: string): Uint32Array {
  const bytes = decodeBase64(text);
  let count = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! < 0x80) count++;
  const values = new Uint32Array(count);
  let at = 0;
  let value = 0;
  let scale = 1;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    // Multiplying instead of shifting: a 32-bit value's fifth group would overflow a 32-bit shift.
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) {
      values[at++] = value;
      value = 0;
      scale = 1;
    } else {
      scale *= 128;
    }
  }
  return values;
}
