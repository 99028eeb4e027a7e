import { micromark } from 'micromark';
import { textDirection } from './textDirection';

const BLOCKS = 'p, ul, ol, li, h1, h2, h3, h4, h5, h6, blockquote, td, th';

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
  for (const block of parsed.querySelectorAll(BLOCKS))
    block.setAttribute('dir', textDirection(block.textContent ?? ''));
  return parsed.body.innerHTML;
}
