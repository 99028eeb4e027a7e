import type { ParsedDocument } from '../text/documentMeta';
import { importReasons } from './importReasons';
import { ContentError } from './contentError';
import { decodeText } from './decodeText';
import type { FormatResult } from './formats/formatResult';
import { declaredHtmlCharset } from './formats/htmlCharset';
import { readJsonl } from './formats/jsonl';
import { parseMarkdown } from './formats/md';
import { readTrec } from './formats/trec';
import { parseTxt } from './formats/txt';
import { ImportError } from './importError';
import { assertSupportedExtension, importFormatOf, isBinaryFormat, isHtmlFile } from './importFormat';
import type { ParseOutcome } from './parseOutcome';

export type { ImportItemError, ParseOutcome } from './parseOutcome';
export { ImportError } from './importError';

/** The limit when the caller gives none; a news report is kilobytes, a whole collection tens of megabytes. */
export const DEFAULT_MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/**
 * How much larger than the file size limit a Word document may be once unpacked: its XML
 * compresses a few times over, and its images hardly at all; a zip bomb expands hundreds of times.
 */
const DOCX_EXPANSION_ALLOWED = 4;

export interface ParseFileOptions {
  maxBytes?: number;
}

function single(document: ParsedDocument): FormatResult {
  return { documents: [document], problems: [] };
}

/**
 * The longest text one report may have. The reader paints a report whole (every paragraph is a
 * text node that hits, highlights and warnings point into), and the time to paint grows faster than
 * the text: measured in Chromium, 1 million characters in 1.2 s, 4 million in 4.2 s, 10 million in
 * 18 s on a loaded 2-core machine. Two million characters (some 350,000 Arabic words) stays usable.
 */
export const MAX_REPORT_CHARACTERS = 2_000_000;

/** Sets aside reports too long for the reader, each as a problem that names it and says what to do. */
function withinReaderLimit({ documents, problems }: FormatResult): FormatResult {
  const kept = documents.filter((document) => document.text.length <= MAX_REPORT_CHARACTERS);
  const tooLong = documents
    .filter((document) => document.text.length > MAX_REPORT_CHARACTERS)
    .map((document) =>
      importReasons.reportTooLong(
        documents.length > 1 ? document.key : undefined,
        document.text.length,
        MAX_REPORT_CHARACTERS,
      ),
    );
  return { documents: kept, problems: [...problems, ...tooLong] };
}

/**
 * The Word and HTML readers, loaded at their first file: their libraries (JSZip, mammoth,
 * htmlparser2) took each import worker about 0.2 s of CPU to load, and a corpus of TREC or text
 * files never needs them.
 */
const docxReader = () => import('./formats/docx');
const htmlReader = () => import('./formats/html');

async function parseDocxFile(bytes: Uint8Array, maxBytes: number): Promise<FormatResult> {
  const { parseDocx } = await docxReader();
  return single(await parseDocx(bytes, maxBytes * DOCX_EXPANSION_ALLOWED));
}

async function readFormat(path: string, bytes: Uint8Array, maxBytes: number): Promise<FormatResult> {
  if (isBinaryFormat(path)) return parseDocxFile(bytes, maxBytes);

  const declaredEncoding = isHtmlFile(path) ? declaredHtmlCharset(bytes) : undefined;
  const { text, encoding } = decodeText(bytes, { declaredEncoding });
  if (!text.trim()) throw new ContentError(importReasons.blankFile(bytes.length));

  switch (importFormatOf(path, text)) {
    case 'trec':
      return readTrec(text, encoding, true);
    case 'jsonl':
      return readJsonl(text, encoding);
    case 'html':
      return single((await htmlReader()).parseHtml(text, encoding));
    case 'md':
      return single(parseMarkdown(text, encoding));
    case 'txt':
      return single(parseTxt(text, encoding));
    case 'docx':
      return parseDocxFile(bytes, maxBytes);
  }
}

/**
 * Turns one file's bytes into reports. The format comes from the extension and, for text-like
 * files, from the content (a file starting with <DOC> is TREC). A file that cannot be read at all
 * throws an `ImportError` whose reason says what is wrong (binary, empty, too large, undecodable,
 * unsupported, corrupt); parts of a file that cannot be read (a JSONL line, a <DOC>) come back in
 * `errors` while the rest imports.
 */
export async function parseFile(
  path: string,
  bytes: Uint8Array,
  options: ParseFileOptions = {},
): Promise<ParseOutcome> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  try {
    assertSupportedExtension(path);
    if (bytes.length > maxBytes) {
      throw new ContentError(importReasons.fileTooLarge(bytes.length, maxBytes));
    }
    if (bytes.length === 0) throw new ContentError(importReasons.emptyFile());
    const { documents, problems } = withinReaderLimit(await readFormat(path, bytes, maxBytes));
    return { documents, errors: problems.map((reason) => ({ path, reason })) };
  } catch (error) {
    if (error instanceof ImportError) throw error;
    if (error instanceof ContentError) throw new ImportError(path, error.reason);
    // A parser failing on input it should have handled is still this file's problem, not the import's.
    throw new ImportError(path, importReasons.couldNotRead((error as Error).message ?? String(error)));
  }
}
