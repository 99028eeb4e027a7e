/**
 * Quoted report text must show as written, not as Markdown: an asterisk in a headline must not start
 * emphasis, a line opening with "1." or "#" must not become a list or heading, and "<" must not open
 * raw HTML (which would also be an injection route into an HTML preview of the export).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, (character) => `\\${character}`)
    .replace(/^(\s*)([#+\-=])/gm, '$1\\$2')
    .replace(/^(\s*)(\d+)([.)])/gm, '$1$2\\$3');
}
