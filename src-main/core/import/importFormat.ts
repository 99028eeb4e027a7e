import { ContentError } from './contentError';
import { importReasons } from './importReasons';

export type ImportFormat = 'txt' | 'md' | 'html' | 'trec' | 'docx' | 'jsonl';

const FORMAT_BY_EXTENSION: Record<string, ImportFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  xml: 'trec',
  sgml: 'trec',
  sgm: 'trec',
  trec: 'trec',
  docx: 'docx',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
};

/** Extensions whose files may hold plain text or a TREC collection; the content decides. */
const TREC_CANDIDATES = new Set(['txt', 'text', 'xml', 'sgml', 'sgm', 'trec', '']);

/** The extension in lower case without its dot; "" for none (a leading dot marks a hidden file, not an extension). */
export function fileExtension(path: string): string {
  // After the last separator of either kind; splitting the whole path cost every import a list a file.
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** A TREC collection starts, after any whitespace, with <DOC> (possibly with attributes). */
export function looksLikeTrec(text: string): boolean {
  return /^\s*<DOC[\s>]/i.test(text);
}

/** Throws a `ContentError` naming the extension when no importer reads it. */
export function assertSupportedExtension(path: string): void {
  const extension = fileExtension(path);
  if (extension === '' || extension in FORMAT_BY_EXTENSION) return;
  throw new ContentError(importReasons.knownUnsupported[extension] ?? importReasons.unsupportedExtension(extension));
}

/**
 * The importer for a file, from its extension and, for plain-text-like extensions, its decoded
 * content: ".txt" and extensionless files are TREC if they start with <DOC>; ".xml" and ".sgml"
 * must be.
 */
export function importFormatOf(path: string, decodedText: string): ImportFormat {
  const extension = fileExtension(path);
  if (TREC_CANDIDATES.has(extension) && looksLikeTrec(decodedText)) return 'trec';
  const format = extension === '' ? 'txt' : FORMAT_BY_EXTENSION[extension];
  if (format === undefined) throw new ContentError(importReasons.unsupportedExtension(extension));
  if (format === 'trec') throw new ContentError(importReasons.notTrec(extension));
  return format;
}

/** Whether the importer needs the raw bytes rather than decoded text. */
export function isBinaryFormat(path: string): boolean {
  return FORMAT_BY_EXTENSION[fileExtension(path)] === 'docx';
}

export function isHtmlFile(path: string): boolean {
  return FORMAT_BY_EXTENSION[fileExtension(path)] === 'html';
}
