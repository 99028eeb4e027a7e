/**
 * Paragraph numbers as a reader counts them when citing: 1-based, over non-blank lines, so the
 * blank lines between paragraphs of a news report do not count. Returns a lookup so a document with
 * many highlights is scanned once.
 */
export function createParagraphLocator(text: string): (offset: number) => number {
  const paragraphStarts: number[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (text.slice(lineStart, lineEnd).trim().length > 0) paragraphStarts.push(lineStart);
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return (offset) => {
    let low = 0;
    let high = paragraphStarts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (paragraphStarts[middle]! <= offset) low = middle + 1;
      else high = middle;
    }
    return Math.max(1, low);
  };
}
