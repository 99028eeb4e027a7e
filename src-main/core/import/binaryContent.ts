import type { Bilingual } from '../text/bilingual';
import { binaryKinds, importReasons } from './importReasons';

/**
 * Recognises bytes that are not text at all, so the user hears "this is a PDF" rather than a
 * confusing decoding error. Called on bytes without a UTF-16 byte-order mark (UTF-16 text is full of
 * NUL bytes by design).
 */

interface FileSignature {
  magic: number[];
  describes: Bilingual;
}

const SIGNATURES: FileSignature[] = [
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], describes: binaryKinds.pdf },
  { magic: [0x50, 0x4b, 0x03, 0x04], describes: binaryKinds.zip },
  { magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], describes: binaryKinds.oldOffice },
  { magic: [0x89, 0x50, 0x4e, 0x47], describes: binaryKinds.png },
  { magic: [0xff, 0xd8, 0xff], describes: binaryKinds.jpeg },
  { magic: [0x47, 0x49, 0x46, 0x38], describes: binaryKinds.gif },
  { magic: [0x1f, 0x8b], describes: binaryKinds.gzip },
  { magic: [0x52, 0x61, 0x72, 0x21], describes: binaryKinds.rar },
  { magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], describes: binaryKinds.sevenZip },
  { magic: [0x7f, 0x45, 0x4c, 0x46], describes: binaryKinds.executable },
  { magic: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], describes: binaryKinds.sqlite },
];

/** Enough to judge; a text file does not turn binary after its first 64 KiB. */
const SAMPLE_BYTES = 64 * 1024;

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, index) => bytes[index] === byte);
}

/** C0 controls that plain text never contains; TAB, LF, VT, FF, CR and ESC are left out. */
function isStrayControlByte(byte: number): boolean {
  return (
    byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b
  );
}

/** 1 for a stray control byte, by byte: every byte of every file is looked up here. */
const STRAY_CONTROL = Uint8Array.from({ length: 256 }, (_, byte) => (isStrayControlByte(byte) ? 1 : 0));

/** NULs mostly at even or mostly at odd offsets are how UTF-16 looks when its BOM is missing. */
function looksLikeUtf16WithoutBom(sample: Uint8Array): boolean {
  let evenNuls = 0;
  let oddNuls = 0;
  for (let index = 0; index < sample.length; index++) {
    if (sample[index] !== 0) continue;
    if (index % 2 === 0) evenNuls++;
    else oddNuls++;
  }
  const pairs = sample.length / 2;
  return pairs >= 2 && Math.max(evenNuls, oddNuls) >= pairs * 0.3 && Math.min(evenNuls, oddNuls) <= pairs * 0.02;
}

/** Returns why the bytes are not text, or undefined if they may be. */
export function describeBinaryContent(bytes: Uint8Array): Bilingual | undefined {
  const signature = SIGNATURES.find(({ magic }) => startsWith(bytes, magic));
  if (signature) return importReasons.binary(signature.describes);

  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const firstNul = sample.indexOf(0);
  if (firstNul >= 0) return importReasons.nulBytes(firstNul, looksLikeUtf16WithoutBom(sample));

  let strayControls = 0;
  // An indexed loop: iterating the bytes cost a tenth of the import worker's time on small files.
  for (let index = 0; index < sample.length; index++) strayControls += STRAY_CONTROL[sample[index]!]!;
  // A few stray controls happen in real text (and are flagged later as integrity warnings); many
  // mean the file is not text.
  if (strayControls >= 4 && strayControls > sample.length * 0.01) {
    return importReasons.controlBytes(strayControls, sample.length);
  }
  return undefined;
}
