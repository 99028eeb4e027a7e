/** One line of the stored text. `start`/`end` are offsets into the document, so text === docText.slice(start, end). */
export interface Paragraph {
  /** 1-based number among the non-empty lines: the number a reader cites. */
  number: number;
  start: number;
  end: number;
  text: string;
  dir: 'rtl' | 'auto';
}

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/**
 * Splits the stored text at line breaks (the text model stores LF only). Empty lines have no
 * paragraph but keep their offsets, because every paragraph's start is counted in the full text.
 * A line with any Arabic letter is laid out right to left even when it opens with a Latin name
 * («CNN: ...»), which the first-strong rule of dir="auto" would get wrong.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  let number = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    if (line.trim() !== '') {
      number += 1;
      paragraphs.push({ number, start, end, text: line, dir: ARABIC_LETTER.test(line) ? 'rtl' : 'auto' });
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  return paragraphs;
}

/** Index of the paragraph holding `offset`, or of the next one when the offset falls between paragraphs. */
export function paragraphIndexAt(paragraphs: Paragraph[], offset: number): number {
  let low = 0;
  let high = paragraphs.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (paragraphs[middle]!.end < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
