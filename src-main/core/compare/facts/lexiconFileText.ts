import { describeBinaryContent } from '../../import/binaryContent';
import { canonicalText } from '../../import/canonicalText';
import { ContentError } from '../../import/contentError';
import { decodeText } from '../../import/decodeText';
import { firstInvalidUtf8Offset } from '../../import/utf8Validation';
import { verbatim as v, type Bilingual } from '../../text/bilingual';

/** A lexicon file's bytes as text, with the lines that could not be decoded. */
export interface LexiconFileText {
  /** Canonical text (NFC, LF); a line that could not be decoded is left empty, so the others keep their numbers. */
  text: string;
  /** The encoding the text was read in ("utf-8", "windows-1256", "utf-16le"…), as import names it. */
  encoding: string;
  /** Lines left out because of their bytes (1-based), or the whole file at line 1 when it is not text. */
  problems: { line: number; reason: Bilingual }[];
}

const LINE_FEED = 0x0a;

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

export const lexiconFileReasons = {
  notText: (reason: Bilingual): Bilingual => ({
    en: `the file is not read as text (${reason.en}); none of its entries apply`,
    ar: `لم يُقرأ الملف نصًّا (${reason.ar})؛ لم يُقرأ منه شيء`,
  }),
  undecodableLine: (column: number, byte: number): Bilingual => ({
    en:
      `byte ${hex(byte)} at column ${column} is not UTF-8, and the file is neither UTF-8 nor Arabic in ` +
      'Windows-1256, so this line was left out; save the file as UTF-8',
    ar:
      `البايت ${v(hex(byte))} في العمود ${column} ليس ${v('UTF-8')}، والملف ليس ${v('UTF-8')} ولا عربيًّا بترميز ` +
      `${v('Windows-1256')}، فتُرك هذا السطر؛ احفظ الملف بترميز ${v('UTF-8')}`,
  }),
};

/**
 * Reads a lexicon file the way import reads a text file (a byte-order mark, then UTF-8, then
 * Arabic in Windows-1256), so a list saved by a Windows tool reads as what its author typed. When
 * no encoding fits the whole file, a line that is UTF-8 still counts and each other line is named
 * with its first bad byte: one pasted line in another encoding costs only itself. Bytes that are
 * not text at all (a PDF, UTF-32, NUL bytes) are one problem for the whole file.
 */
export function decodeLexiconFile(bytes: Uint8Array): LexiconFileText {
  try {
    return { ...decodeText(bytes), problems: [] };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    // Line by line only where lines are what went wrong: not for bytes that are no text at all, nor
    // for a file that declares itself UTF-16 or UTF-32 by its mark and then breaks that promise.
    if (describeBinaryContent(bytes) !== undefined || startsWithUtf16Or32Mark(bytes)) {
      return { text: '', encoding: 'none', problems: [{ line: 1, reason: lexiconFileReasons.notText(error.reason) }] };
    }
    return decodeLineByLine(bytes);
  }
}

/** FF FE (UTF-16LE, and the start of UTF-32LE's mark) or FE FF (UTF-16BE); neither starts UTF-8. */
function startsWithUtf16Or32Mark(bytes: Uint8Array): boolean {
  const [first, second] = bytes;
  return (first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff);
}

function decodeLineByLine(bytes: Uint8Array): LexiconFileText {
  const lines: string[] = [];
  const problems: LexiconFileText['problems'] = [];
  const decoder = new TextDecoder('utf-8');
  let start = 0;
  while (start <= bytes.length) {
    const end = bytes.indexOf(LINE_FEED, start);
    const lineBytes = bytes.subarray(start, end < 0 ? bytes.length : end);
    const bad = firstInvalidUtf8Offset(lineBytes);
    if (bad < 0) lines.push(decoder.decode(lineBytes));
    else {
      lines.push('');
      problems.push({ line: lines.length, reason: lexiconFileReasons.undecodableLine(bad + 1, lineBytes[bad] ?? 0) });
    }
    if (end < 0) break;
    start = end + 1;
  }
  return { text: canonicalText(lines.join('\n')), encoding: 'utf-8', problems };
}
