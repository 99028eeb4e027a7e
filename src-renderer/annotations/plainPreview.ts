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
