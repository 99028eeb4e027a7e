/**
 * An absolute http(s) URL with a host and nothing a Markdown or HTML reader could be tricked by:
 * no whitespace, control characters, angle brackets, quotes or backslashes. Core runs without the
 * WHATWG URL parser (no DOM, no Node), so the rule is written out.
 */
const LINKABLE = /^https?:\/\/[^\s/?#\\<>"'`\u0000-\u001f\u007f]+(?:[/?#][^\s\\<>"'`\u0000-\u001f\u007f]*)?$/iu;

/** True for a URL a citation may write as a link: http(s) only, never `javascript:`, `data:` or `file:`. */
export function isLinkableUrl(url: string): boolean {
  return LINKABLE.test(url);
}
