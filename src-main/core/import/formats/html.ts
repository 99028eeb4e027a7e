import { Parser } from 'htmlparser2';
import type { DocumentMeta, ParsedDocument } from '../../text/documentMeta';
import { canonicalText } from '../canonicalText';
import { compactMeta } from '../compactMeta';
import { ContentError } from '../contentError';
import { importReasons } from '../importReasons';
import { toIsoDate } from '../isoDate';
import { capTitle, titleFromText } from '../titleFromText';

/** Elements whose text is never part of the report: page chrome, code, forms, embedded media. */
const DROPPED_ELEMENTS = new Set([
  'head',
  'title',
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'iframe',
  'svg',
  'math',
  'canvas',
  'object',
  'embed',
  'audio',
  'video',
  'button',
  'select',
  'textarea',
  'dialog',
]);

/** ARIA landmarks that mark the same chrome on sites built from bare <div>s. */
const DROPPED_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'menu',
  'menubar',
]);

/** Elements that start a new line of text; everything else flows inline. */
const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'br',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hgroup',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const PUBLISHED_TIME_KEYS = [
  'article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'date',
  'dc.date',
];
const AUTHOR_KEYS = ['author', 'article:author', 'dc.creator'];

interface OpenElement {
  name: string;
  dropped: boolean;
  /** The outermost <article> this element sits in: comments are often <article>s inside the story's. */
  article: number | undefined;
  inMain: boolean;
  inPre: boolean;
}

interface TextPiece {
  text: string;
  article: number | undefined;
  inMain: boolean;
}

function isHidden(attributes: Record<string, string>): boolean {
  return (
    'hidden' in attributes ||
    attributes['aria-hidden'] === 'true' ||
    DROPPED_ROLES.has((attributes.role ?? '').toLowerCase()) ||
    /display\s*:\s*none/i.test(attributes.style ?? '')
  );
}

function collapseSpaces(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** Pieces become lines: one per block, inner runs of spaces collapsed, empty lines dropped. */
function joinLines(pieces: TextPiece[]): string {
  return pieces
    .map((piece) => piece.text)
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\f]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

function letterCount(pieces: TextPiece[]): number {
  return pieces.reduce((count, piece) => count + piece.text.replace(/\s+/g, '').length, 0);
}

/**
 * The report's own text: the longest <article> if the page has one (the story rather than teasers
 * and comments), else <main>, else everything outside the dropped chrome.
 */
function mainPieces(pieces: TextPiece[]): TextPiece[] {
  const byArticle = new Map<number, TextPiece[]>();
  for (const piece of pieces) {
    if (piece.article === undefined) continue;
    const list = byArticle.get(piece.article) ?? [];
    list.push(piece);
    byArticle.set(piece.article, list);
  }
  let best: TextPiece[] | undefined;
  for (const candidate of byArticle.values()) {
    if (letterCount(candidate) > (best ? letterCount(best) : 0)) best = candidate;
  }
  if (best) return best;
  const inMain = pieces.filter((piece) => piece.inMain);
  return letterCount(inMain) > 0 ? inMain : pieces;
}

/** "Headline - Site" and "Site | Headline": the site's name belongs in `source`, not the title. */
function withoutSiteName(title: string, siteName: string | undefined): string {
  if (!siteName) return title;
  const escaped = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const stripped = title
    .replace(new RegExp(`\\s*[-|–—:«»]\\s*${escaped}\\s*$`), '')
    .replace(new RegExp(`^\\s*${escaped}\\s*[-|–—:«»]\\s*`), '')
    .trim();
  return stripped || title;
}

/**
 * An HTML page is one report. Text comes from the page's main content with chrome dropped and each
 * block on its own line; entities are decoded by the parser. Metadata comes from <title>/<h1> and
 * the Open Graph and article metas when present.
 */
export function parseHtml(html: string, encoding: string): ParsedDocument {
  const stack: OpenElement[] = [{ name: '#root', dropped: false, article: undefined, inMain: false, inPre: false }];
  const pieces: TextPiece[] = [];
  const metas = new Map<string, string>();
  let canonicalUrl: string | undefined;
  let articleCount = 0;
  let titleText = '';
  let inTitle = false;
  let firstH1: string | undefined;
  let h1Text: string | undefined;

  const current = (): OpenElement => stack[stack.length - 1]!;
  const lineBreak = () => {
    const { article, inMain } = current();
    pieces.push({ text: '\n', article, inMain });
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const parent = current();
        const dropped = parent.dropped || DROPPED_ELEMENTS.has(name) || isHidden(attributes);
        const article = parent.article ?? (name === 'article' && !dropped ? articleCount++ : undefined);
        const inMain = parent.inMain || name === 'main' || attributes.role === 'main';
        stack.push({ name, dropped, article, inMain, inPre: parent.inPre || name === 'pre' });
        if (name === 'title') inTitle = true;
        if (name === 'h1' && !dropped && firstH1 === undefined && h1Text === undefined) h1Text = '';
        if (name === 'meta') {
          const key = (attributes.property ?? attributes.name ?? attributes.itemprop ?? '').toLowerCase();
          const content = attributes.content?.trim();
          if (key && content && !metas.has(key)) metas.set(key, content);
        }
        if (name === 'link' && (attributes.rel ?? '').toLowerCase().split(/\s+/).includes('canonical')) {
          canonicalUrl ??= attributes.href?.trim() || undefined;
        }
        if (BLOCK_ELEMENTS.has(name) && !dropped) lineBreak();
      },
      ontext(data) {
        if (inTitle) titleText += data;
        if (h1Text !== undefined) h1Text += data;
        const element = current();
        if (element.dropped) return;
        const text = element.inPre ? data : data.replace(/[ \t\n\r\f]+/g, ' ');
        pieces.push({ text, article: element.article, inMain: element.inMain });
      },
      onclosetag(name) {
        if (stack.length > 1) stack.pop();
        if (name === 'title') inTitle = false;
        if (name === 'h1' && h1Text !== undefined) {
          firstH1 = collapseSpaces(h1Text) || undefined;
          h1Text = undefined;
        }
        if (BLOCK_ELEMENTS.has(name) && !current().dropped) lineBreak();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  const text = canonicalText(joinLines(mainPieces(pieces)));
  if (!text) throw new ContentError(importReasons.htmlNoText());

  const firstMeta = (keys: string[]) => keys.map((key) => metas.get(key)).find((value) => value !== undefined);
  const source = metas.get('og:site_name');
  const authorMeta = firstMeta(AUTHOR_KEYS);
  const date = PUBLISHED_TIME_KEYS.map((key) => metas.get(key))
    .map((value) => (value === undefined ? undefined : toIsoDate(value)))
    .find((value) => value !== undefined);
  const headline = collapseSpaces(titleText) || firstH1 || metas.get('og:title');

  const meta: DocumentMeta = {
    title: headline ? capTitle(withoutSiteName(collapseSpaces(headline), source)) : titleFromText(text),
    source,
    date,
    url: canonicalUrl ?? metas.get('og:url'),
    // article:author is often a profile URL rather than a name.
    author: authorMeta && !/^https?:\/\//i.test(authorMeta) ? authorMeta : undefined,
    category: metas.get('article:section'),
    abstract: metas.get('og:description') ?? metas.get('description'),
  };
  return { key: '1', text, meta: compactMeta(meta), format: 'html', encoding };
}
