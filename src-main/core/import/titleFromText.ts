/** Long enough for a real headline, short enough for a list row when a "title" is a whole paragraph. */
const TITLE_MAX_CHARACTERS = 120;

/**
 * The title a report gets when its format carries none: its first non-empty line, with runs of
 * whitespace collapsed. A line longer than a headline is cut at a word boundary and marked with "…".
 */
export function titleFromText(text: string): string | undefined {
  for (const line of text.split('\n')) {
    const collapsed = line.replace(/\s+/g, ' ').trim();
    if (collapsed) return capTitle(collapsed);
  }
  return undefined;
}

export function capTitle(title: string): string {
  const characters = Array.from(title);
  if (characters.length <= TITLE_MAX_CHARACTERS) return title;
  const cut = characters.slice(0, TITLE_MAX_CHARACTERS).join('');
  const lastSpace = cut.lastIndexOf(' ');
  const atWord = lastSpace >= cut.length * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${atWord.replace(/[\s،,.:;؛-]+$/u, '')}…`;
}
