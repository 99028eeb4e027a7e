import iconv from 'iconv-lite';
import { canonicalText } from './canonicalText';
import { ContentError } from './contentError';
import { describeBinaryContent } from './binaryContent';
import { importReasons } from './importReasons';
import { firstInvalidUtf8Offset } from './utf8Validation';
import { looksLikeWindows1256Arabic } from './windows1256Detection';

export interface DecodedText {
  /** Canonical text: NFC, LF line endings, no byte-order mark. */
  text: string;
  /** The encoding the bytes were read as: "utf-8", "utf-16le", "utf-16be", "windows-1256", ... */
  encoding: string;
}

export interface DecodeHints {
  /** A charset the file declares about itself (an HTML <meta charset>); used only when the bytes are not valid UTF-8. */
  declaredEncoding?: string;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];
const UTF32LE_BOM = [0xff, 0xfe, 0x00, 0x00];
const UTF32BE_BOM = [0x00, 0x00, 0xfe, 0xff];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

/**
 * The strict UTF-8 decoder, made once: one made a file cost an import worker a third as much again
 * as the decoding itself. A decoder that has thrown is not used again, so no state of a failed
 * decoding can leak into the next file.
 */
let utf8Decoder: TextDecoder | undefined;

function decodeStrictly(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): string | undefined {
  const decoder =
    encoding === 'utf-8'
      ? (utf8Decoder ??= new TextDecoder(encoding, { fatal: true, ignoreBOM: true }))
      : new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  try {
    return decoder.decode(bytes);
  } catch {
    if (decoder === utf8Decoder) utf8Decoder = undefined;
    return undefined;
  }
}

/** Text decoded from a BOM-marked UTF-16 file can still be binary underneath. */
function assertDecodedIsText(text: string, encoding: string): void {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) throw new ContentError(importReasons.nulAfterDecoding(encoding, nul));
}

function decodeWithByteOrderMark(bytes: Uint8Array): DecodedText | undefined {
  if (startsWith(bytes, UTF32LE_BOM) || startsWith(bytes, UTF32BE_BOM)) {
    throw new ContentError(importReasons.utf32());
  }
  if (startsWith(bytes, UTF8_BOM)) {
    const body = bytes.subarray(UTF8_BOM.length);
    const text = decodeStrictly(body, 'utf-8');
    if (text === undefined) {
      const offset = firstInvalidUtf8Offset(body) + UTF8_BOM.length;
      throw new ContentError(importReasons.badUtf8AfterBom(offset, hex(bytes[offset] ?? 0)));
    }
    return { text, encoding: 'utf-8' };
  }
  for (const [bom, encoding] of [
    [UTF16LE_BOM, 'utf-16le'],
    [UTF16BE_BOM, 'utf-16be'],
  ] as const) {
    if (!startsWith(bytes, bom)) continue;
    const body = bytes.subarray(bom.length);
    if (body.length % 2 !== 0) {
      throw new ContentError(importReasons.oddUtf16(encoding));
    }
    const text = decodeStrictly(body, encoding);
    if (text === undefined) {
      throw new ContentError(importReasons.unpairedSurrogate(encoding));
    }
    assertDecodedIsText(text, encoding);
    return { text, encoding };
  }
  return undefined;
}

const ENCODING_NAMES: Record<string, string> = {
  utf8: 'utf-8',
  cp1256: 'windows-1256',
  'windows-1256': 'windows-1256',
  'x-cp1256': 'windows-1256',
  'iso-8859-6': 'iso-8859-6',
  'iso8859-6': 'iso-8859-6',
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
};

/** Labels such as "UTF8", "cp1256", "ISO-8859-1" named the way the WHATWG Encoding standard names them. */
function canonicalEncodingName(label: string): string {
  const lowered = label.trim().toLowerCase();
  return ENCODING_NAMES[lowered] ?? lowered;
}

function isUnicodeEncoding(name: string): boolean {
  return name === 'utf-8' || name.startsWith('utf-16') || name.startsWith('utf-32') || name === 'unicode';
}

/**
 * Reads bytes as text, detecting the encoding rather than assuming it: a byte-order mark decides
 * first; then strict UTF-8 (real multi-byte UTF-8 is virtually never produced by accident, so it
 * outranks a declared charset that often went stale when the file was re-saved); then a declared
 * single-byte charset; then Windows-1256 if the bytes read as Arabic in it. Anything else throws a
 * `ContentError` saying what is wrong. The result is canonical (NFC, LF, no BOM).
 */
export function decodeText(bytes: Uint8Array, hints: DecodeHints = {}): DecodedText {
  const marked = decodeWithByteOrderMark(bytes);
  if (marked) return { text: canonicalText(marked.text), encoding: marked.encoding };

  const binary = describeBinaryContent(bytes);
  if (binary) throw new ContentError(binary);

  const utf8 = decodeStrictly(bytes, 'utf-8');
  if (utf8 !== undefined) return { text: canonicalText(utf8), encoding: 'utf-8' };

  const declared = hints.declaredEncoding ? canonicalEncodingName(hints.declaredEncoding) : undefined;
  if (declared && !isUnicodeEncoding(declared) && iconv.encodingExists(declared)) {
    return { text: canonicalText(iconv.decode(bytes, declared)), encoding: declared };
  }

  if (looksLikeWindows1256Arabic(bytes)) {
    return { text: canonicalText(iconv.decode(bytes, 'windows-1256')), encoding: 'windows-1256' };
  }

  const offset = firstInvalidUtf8Offset(bytes);
  throw new ContentError(importReasons.undecodable(offset, hex(bytes[offset] ?? 0)));
}
