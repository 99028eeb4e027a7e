/** Whether a code unit is white space to JavaScript: what `\s` matches and `trim` takes away. */
export function isWhiteSpace(code: number): boolean {
  if (code > 0x20 && code < 0xa0) return false;
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * `text.replace(/\s+/g, ' ').trim()`, which copies the text even when nothing changes: metadata
 * values nearly always have single spaces between words already, at most with white space around
 * them (a field's content on lines of its own), and are returned as they are, or as a slice.
 */
export function collapseWhiteSpace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const single = code === 0x20 ? text.charCodeAt(i + 1) !== 0x20 : !isWhiteSpace(code);
    if (!single) return text.replace(/\s+/g, ' ').trim();
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
