/**
 * Markdown the user wrote (notes, memos, report notes), made safe to open in a viewer that renders
 * raw HTML (pandoc, markdown-it with html on), while its emphasis, lists and http(s) links still work.
 *
 * - Every `<` becomes `&lt;`: raw HTML blocks, inline tags, comments and autolinks all need a `<`.
 *   An entity (not a backslash) so that a backslash the user wrote before it cannot undo the escape.
 *   The cost is that a `<` inside a code span shows as `&lt;`: finding code spans as every viewer
 *   would is not something a few lines can promise, and an error there would let a tag through.
 * - `{` is escaped, so pandoc's attribute syntax (`[text]{onclick=…}`, ```` ```{=html} ````) is text.
 * - `]:` is escaped, so no reference definition can give a link a destination.
 * - An inline link or image whose destination is not http(s), mailto or a fragment keeps its
 *   brackets as text (`]\(`), so `javascript:`, `data:` and entity-spelled schemes never become links.
 */
export function inertMarkdown(markdown: string): string {
  return markdown
    .replace(/</g, '&lt;')
    .replace(/\{/g, '\\{')
    .replace(/\]:/g, ']\\:')
    .replace(/\]\((?!\s*(?:&lt;)?\s*(?:https?:\/\/|mailto:|#))/gi, ']\\(');
}
