import type { ParsedDocument } from '../text/documentMeta';

/** The longest first line a report without a title is listed by. */
const FIRST_LINE_MAX_CHARACTERS = 200;

/**
 * The title the library lists a report by: the one its format gave, else its first line that is
 * not blank, else its key in its file.
 */
export function reportTitle(document: Pick<ParsedDocument, 'meta' | 'text' | 'key'>): string {
  return document.meta.title?.trim() || firstLine(document.text) || document.key;
}

function firstLine(text: string): string | undefined {
  const line = text.split('\n').find((candidate) => candidate.trim() !== '');
  return line?.trim().slice(0, FIRST_LINE_MAX_CHARACTERS);
}
