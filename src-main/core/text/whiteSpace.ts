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
 * values nearly always have single spaces between words already, and are returned as they are.
 */
export function collapseWhiteSpace(text: string): string {
  let afterSpace = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if (afterSpace) return text.replace(/\s+/g, ' ').trim();
      afterSpace = true;
    } else if (isWhiteSpace(code)) {
      return text.replace(/\s+/g, ' ').trim();
    } else {
      afterSpace = false;
    }
  }
  return afterSpace && text.length > 0 ? text.replace(/\s+/g, ' ').trim() : text;
}
