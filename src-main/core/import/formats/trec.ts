import type { ParsedDocument } from '../../text/documentMeta';
import type { Bilingual } from '../../text/bilingual';
import type { IntegrityWarning } from '../../text/integrityWarning';
import { collapseWhiteSpace, isWhiteSpace } from '../../text/whiteSpace';
import { canonicalText } from '../canonicalText';
import { compactMeta } from '../compactMeta';
import { ContentError } from '../contentError';
import { decodeXmlEntities } from '../decodeXmlEntities';
import { toIsoDate } from '../isoDate';
import { titleFromText } from '../titleFromText';
import type { FormatResult } from './formatResult';
import { docBody, fieldContent, type DocBody } from './trecFields';
import { importReasons, trecDocLabel } from '../importReasons';

/**
 * TREC/CLEF collections such as the ANT corpus: one or more <DOC> elements, each with fields like
 * <DOCNO> <URL> <SRC> <CAT> <TITLE> <TIME> <AUTHOR> <ABSTRACT> <TEXT>. The files are SGML-like,
 * not XML (bare "&" in "S&P"), so this reads them by scanning for tags instead of with an XML
 * parser, and decodes only well-formed entities.
 */

/** <DOC> or <DOC id="..."> and </DOC>, but not <DOCNO>. */
const DOC_TAG = /<(\/?)DOC(?:\s[^>]*)?>/gi;

/** Paragraph and line markers inside <TEXT> in classic TREC newswire; they become line breaks. */
const PARAGRAPH_TAG = /<\/?(?:P|BR)(?:\s[^>]*)?\/?>/gi;

/** The opening of another field (not a paragraph mark): where a <TEXT> left open ends at the latest. */
const NEXT_FIELD_TAG = /<(?!(?:P|BR)\b)[A-Z][A-Z0-9]*(?:\s[^>]*)?>/gi;

/** At most this much of a report's end is quoted in the warning that it may be cut short. */
const END_WARNING_LENGTH = 40;

/** The content of a field left open: up to the next field's opening tag, else to the end of the body. */
function unclosedContent(body: string, from: number): string {
  NEXT_FIELD_TAG.lastIndex = from;
  const next = NEXT_FIELD_TAG.exec(body);
  return body.slice(from, next ? next.index : body.length);
}

/**
 * A report whose markup was not closed may have lost its end, or kept stray text there: the warning
 * marks the last words of its text, where a reader should look.
 */
function unclosedMarkupWarning(text: string): IntegrityWarning {
  let start = Math.max(0, text.length - END_WARNING_LENGTH);
  const space = text.slice(start).search(/\s/);
  if (start > 0 && space >= 0 && start + space + 1 < text.length) start += space + 1;
  return { kind: 'unclosed-markup', start, end: text.length, text: text.slice(start) };
}

function fieldValue(body: DocBody, ...tags: string[]): string | undefined {
  for (const tag of tags) {
    const value = fieldContent(body, tag).values[0];
    const cleaned = value === undefined ? '' : collapseWhiteSpace(decodeXmlEntities(value));
    if (cleaned) return cleaned;
  }
  return undefined;
}

/**
 * The report text as stored: entities decoded, paragraph tags turned into line breaks, the
 * indentation and trailing spaces the collection added around each line removed, and runs of blank
 * lines reduced to one.
 */
function reportText(rawText: string, fromCanonical: boolean): string {
  const marked = decodeXmlEntities(rawText).replace(PARAGRAPH_TAG, '\n');
  // Parts of a canonical text joined by line breaks are canonical: NFC is kept by taking part of a
  // text (what composes or reorders depends only on the characters in between) and by joining
  // parts with a line break (which composes with nothing and is never reordered). A byte-order
  // mark that canonicalText would take from the start is white space the trimming below takes.
  const unchanged = fromCanonical && marked === rawText;
  const canonical = unchanged ? rawText : canonicalText(marked);
  if (isTidy(canonical)) return canonical.trim();
  const lines = canonical.split('\n').map((line) => line.trim());
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Whether no line of the text starts or ends with white space and no two blank lines follow each
 * other: then trimming the lines and reducing blank lines changes nothing, as in most reports of a
 * collection, and the copies of every line that doing it would make are spared.
 */
function isTidy(text: string): boolean {
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== 0x0a) continue;
    const lineEnd = i;
    if (
      lineEnd > lineStart &&
      (isWhiteSpace(text.charCodeAt(lineStart)) || isWhiteSpace(text.charCodeAt(lineEnd - 1)))
    ) {
      return false;
    }
    // A third newline in a row: two blank lines.
    if (
      lineEnd < text.length &&
      lineEnd >= 2 &&
      text.charCodeAt(lineEnd - 1) === 0x0a &&
      text.charCodeAt(lineEnd - 2) === 0x0a
    ) {
      return false;
    }
    lineStart = lineEnd + 1;
  }
  return true;
}

/**
 * Line numbers for messages, without rescanning the file for each <DOC>. The lines are found on
 * the first call: most files have nothing to say, and finding them cost a pass over every file.
 */
function lineLocator(text: string): (offset: number) => number {
  let lineStarts: number[] | undefined;
  return (offset) => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
        lineStarts.push(index + 1);
      }
    }
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

interface DocSlice {
  body: string;
  ordinal: number;
  /** The line the <DOC> starts on, asked for only to name a report that cannot be read. */
  line: () => number;
  /** False when the file ended before this <DOC>'s </DOC>. */
  closed: boolean;
}

/**
 * One report. A <TEXT> never closed is read up to the next field or the end of the <DOC>, and a
 * <DOC> the file ends inside is read to the end of the file, as a lenient reader of real corpora
 * should; either way the report carries an `unclosed-markup` warning.
 */
function readDoc(
  { body: slice, ordinal, line, closed }: DocSlice,
  encoding: string,
  canonical: boolean,
): ParsedDocument | Bilingual {
  const body = docBody(slice);
  const docno = fieldValue(body, 'DOCNO');
  const label = () => trecDocLabel(docno, ordinal, line());
  const textField = fieldContent(body, 'TEXT');
  const parts = [...textField.values];
  if (textField.unclosedAt !== undefined) parts.push(unclosedContent(slice, textField.unclosedAt));
  if (parts.length === 0) return importReasons.trecNoText(label());
  const text = reportText(parts.join('\n'), canonical);
  if (!text) return importReasons.trecEmptyText(label());
  const time = fieldValue(body, 'TIME', 'DATE');
  const warnings = textField.unclosedAt !== undefined || !closed ? [unclosedMarkupWarning(text)] : undefined;
  return {
    key: docno ?? String(ordinal),
    text,
    meta: compactMeta({
      title: fieldValue(body, 'TITLE', 'HEADLINE', 'HL') ?? titleFromText(text),
      source: fieldValue(body, 'SRC', 'SOURCE'),
      date: time === undefined ? undefined : toIsoDate(time),
      url: fieldValue(body, 'URL'),
      author: fieldValue(body, 'AUTHOR', 'BYLINE'),
      category: fieldValue(body, 'CAT'),
      externalId: docno,
      abstract: fieldValue(body, 'ABSTRACT'),
    }),
    format: 'trec',
    encoding,
    ...(warnings && { warnings }),
  };
}

/**
 * Reads every readable <DOC> and gives one problem for each malformed one (a <DOC> not closed before
 * the next, no <TEXT>, duplicate DOCNO), so one broken report does not cost the rest of the file.
 *
 * `canonical` says the text is already in the form `canonicalText` gives (as `decodeText` returns
 * it): a report's text then needs no normalizing of its own, unless entities or paragraph tags
 * changed it.
 */
export function readTrec(text: string, encoding = 'utf-8', canonical = false): FormatResult {
  const documents: ParsedDocument[] = [];
  const problems: Bilingual[] = [];
  const keys = new Set<string>();
  let open: { index: number; end: number; ordinal: number } | undefined;
  let ordinal = 0;
  const lineNumberAt = lineLocator(text);

  const keep = (result: ParsedDocument | Bilingual) => {
    if (!('text' in result)) {
      problems.push(result);
    } else if (keys.has(result.key)) {
      problems.push(importReasons.trecDuplicateDocno(result.key));
    } else {
      keys.add(result.key);
      documents.push(result);
    }
  };

  for (const tag of text.matchAll(DOC_TAG)) {
    const isClose = tag[1] === '/';
    if (!isClose) {
      if (open) {
        const label = trecDocLabel(undefined, open.ordinal, lineNumberAt(open.index));
        problems.push(importReasons.trecUnclosedDoc(label));
      }
      open = { index: tag.index, end: tag.index + tag[0].length, ordinal: ++ordinal };
      continue;
    }
    if (!open) {
      problems.push(importReasons.trecStrayClose(lineNumberAt(tag.index)));
      continue;
    }
    const { index } = open;
    const line = () => lineNumberAt(index);
    keep(
      readDoc(
        { body: text.slice(open.end, tag.index), ordinal: open.ordinal, line, closed: true },
        encoding,
        canonical,
      ),
    );
    open = undefined;
  }
  if (open) {
    const { index } = open;
    const line = () => lineNumberAt(index);
    keep(readDoc({ body: text.slice(open.end), ordinal: open.ordinal, line, closed: false }, encoding, canonical));
  }
  if (ordinal === 0) throw new ContentError(importReasons.trecNoDoc());
  return { documents, problems };
}

/**
 * The reports in a TREC/CLEF file. Strict about structure: if any <DOC> is malformed it throws a
 * `ContentError` listing what is wrong, rather than silently returning fewer reports. Use
 * `readTrec` to keep the good reports and collect the problems instead.
 */
export function parseTrec(text: string, encoding = 'utf-8'): ParsedDocument[] {
  const { documents, problems } = readTrec(text, encoding);
  if (problems.length > 0) throw new ContentError(importReasons.malformedTrec(problems));
  return documents;
}
