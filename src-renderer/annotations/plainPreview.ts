/**
 * A piece of a Markdown note with its markup taken out (emphasis, code ticks, link targets, line
 * markers), for snippets that cut a note into pieces: each piece is cleaned alone, so the marks
 * on matched words stay where they were.
 */
export function plainMarkdownPiece(piece: string): string {
  return piece
    .replace(/!?\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/\]\([^)\s]*\)?/gu, '')
    .replace(/^[ \t]*(?:#{1,6}|>|[-+*]|\d+[.)])[ \t]+/gmu, '')
    .replace(/[*_`~[\]]/gu, '')
    .replace(/\s*\n\s*/gu, ' ');
}

/** The note as one line of plain text, for previews in lists. */
export function plainPreview(markdown: string, length = 140): string {
  const plain = markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/^[#>\-*+\s]+|[*_`~]/gmu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  return plain.length > length ? `${plain.slice(0, length).trimEnd()}…` : plain;
}
