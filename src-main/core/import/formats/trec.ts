import type { ParsedDocument } from '../../text/documentMeta';
import type { Bilingual } from '../../text/bilingual';
import type { IntegrityWarning } from '../../text/integrityWarning';
import { collapseWhiteSpace } from '../../text/whiteSpace';
import { canonicalText } from '../canonicalText';
import { compactMeta } from '../compactMeta';
import { ContentError } from '../contentError';
import { decodeXmlEntities } from '../decodeXmlEntities';
import { toIsoDate } from '../isoDate';
import { titleFromText } from '../titleFromText';
import type { FormatResult } from './formatResult';
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

interface FieldContent {
  values: string[];
  /** Where the content of an opening tag left without its close begins, if one was. */
  unclosedAt?: number;
}

/** The opening of another field (not a paragraph mark): where a <TEXT> left open ends at the latest. */
const NEXT_FIELD_TAG = /<(?!(?:P|BR)\b)[A-Z][A-Z0-9]*(?:\s[^>]*)?>/gi;

/** At most this much of a report's end is quoted in the warning that it may be cut short. */
const END_WARNING_LENGTH = 40;

function escapeTag(tag: string): string {
  return tag.replace(/[^A-Za-z0-9]/g, '');
}

interface TagPatterns {
  open: RegExp;
  close: RegExp;
}

/**
 * The opening and closing patterns of each field, made once: building them for every field of
 * every <DOC> (a dozen a report) cost an import worker as much as matching them did.
 */
const tagPatterns = new Map<string, TagPatterns>();

function patternsOf(tag: string): TagPatterns {
  let patterns = tagPatterns.get(tag);
  if (!patterns) {
    const name = escapeTag(tag);
    patterns = { open: new RegExp(`<${name}(?:\\s[^>]*)?>`, 'gi'), close: new RegExp(`</${name}\\s*>`, 'gi') };
    tagPatterns.set(tag, patterns);
  }
  return patterns;
}

/** Every <TAG>…</TAG> in a DOC body, and whether an opening tag was left without its close. */
function fieldContent(body: string, tag: string): FieldContent {
  const { open, close } = patternsOf(tag);
  open.lastIndex = 0;
  const values: string[] = [];
  for (let opening = open.exec(body); opening; opening = open.exec(body)) {
    close.lastIndex = opening.index + opening[0].length;
    const closing = close.exec(body);
    if (!closing) return { values, unclosedAt: opening.index + opening[0].length };
    values.push(body.slice(opening.index + opening[0].length, closing.index));
    open.lastIndex = closing.index + closing[0].length;
  }
  return { values };
}

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

function fieldValue(body: string, ...tags: string[]): string | undefined {
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
function reportText(rawText: string): string {
  const lines = canonicalText(decodeXmlEntities(rawText).replace(PARAGRAPH_TAG, '\n'))
    .split('\n')
    .map((line) => line.trim());
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
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
      for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1))
        lineStarts.push(index + 1);
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
function readDoc({ body, ordinal, line, closed }: DocSlice, encoding: string): ParsedDocument | Bilingual {
  const docno = fieldValue(body, 'DOCNO');
  const label = () => trecDocLabel(docno, ordinal, line());
  const textField = fieldContent(body, 'TEXT');
  const parts = [...textField.values];
  if (textField.unclosedAt !== undefined) parts.push(unclosedContent(body, textField.unclosedAt));
  if (parts.length === 0) return importReasons.trecNoText(label());
  const text = reportText(parts.join('\n'));
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
 */
export function readTrec(text: string, encoding = 'utf-8'): FormatResult {
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
    keep(readDoc({ body: text.slice(open.end, tag.index), ordinal: open.ordinal, line, closed: true }, encoding));
    open = undefined;
  }
  if (open) {
    const { index } = open;
    const line = () => lineNumberAt(index);
    keep(readDoc({ body: text.slice(open.end), ordinal: open.ordinal, line, closed: false }, encoding));
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
