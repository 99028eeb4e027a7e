import { micromark } from 'micromark';

const BLOCKS = 'p, ul, ol, li, h1, h2, h3, h4, h5, h6, blockquote, td, th';
const FIRST_STRONG = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]|[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/u;
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/u;

/**
 * The direction of a text's first strong letter, as dir="auto" decides. Computed here because
 * dir="auto" skips descendants that carry their own dir, so nested blocks would each decide but
 * their container would fall back to left to right.
 */
export function textDirection(text: string): 'rtl' | 'ltr' {
  const first = FIRST_STRONG.exec(text)?.[0];
  return first !== undefined && RIGHT_TO_LEFT.test(first) ? 'rtl' : 'ltr';
}

/**
 * HTML for a note written in Markdown (CommonMark). micromark escapes raw HTML and drops
 * `javascript:` links by default; what it does emit is then made inert for an offline app: images
 * become their description (an <img> would fetch its source), links keep their address as a
 * tooltip but cannot be followed. The HTML is rebuilt in a DOMParser document, which never loads
 * anything. Every block (and list) takes its direction from its own first strong letter, so an
 * English line in an Arabic note reads left to right, and list bullets sit on the side it starts.
 */
export function renderMarkdown(markdown: string): string {
  const parsed = new DOMParser().parseFromString(micromark(markdown), 'text/html');
  for (const image of [...parsed.querySelectorAll('img')]) {
    const description = parsed.createElement('span');
    description.className = 'md-image';
    description.textContent = `[${image.getAttribute('alt') || image.getAttribute('src') || ''}]`;
    description.title = image.getAttribute('src') ?? '';
    image.replaceWith(description);
  }
  for (const link of [...parsed.querySelectorAll('a')]) {
    const address = link.getAttribute('href') ?? '';
    const inert = parsed.createElement('span');
    inert.className = 'md-link';
    inert.title = address;
    inert.append(...link.childNodes);
    link.replaceWith(inert);
  }
  for (const block of parsed.querySelectorAll(BLOCKS)) block.setAttribute('dir', textDirection(block.textContent ?? ''));
  return parsed.body.innerHTML;
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
