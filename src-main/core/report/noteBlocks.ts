import { Parser } from 'htmlparser2';
import { micromark } from 'micromark';
import { isLinkableUrl } from '../export/linkableUrl';

/** A stretch of a note's text with the emphasis Markdown gave it. */
export interface NoteRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  /** A link's address, only where it is one a reader may follow (http, https, mailto). */
  href?: string;
}

/** One block of a note: a paragraph, a list item (its number when the list is ordered), a heading, a quote. */
export interface NoteBlock {
  kind: 'paragraph' | 'item' | 'heading' | 'quote' | 'code';
  /** 1, 2… in an ordered list; absent in a bulleted one and for other blocks. */
  ordinal?: number;
  /** A list item's nesting: 1 in a top-level list, 2 in a list inside an item… */
  depth?: number;
  runs: NoteRun[];
}

const MAILTO = /^mailto:[^\s\\<>"'`\u0000-\u001f\u007f]+$/iu;

function followable(address: string): string | undefined {
  return isLinkableUrl(address) || MAILTO.test(address) ? address : undefined;
}

const BLOCK_TAGS: Record<string, NoteBlock['kind']> = {
  p: 'paragraph',
  li: 'item',
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  pre: 'code',
};

/**
 * A note or memo, written in Markdown, as blocks of plain runs, so the HTML and the Word report show
 * the same emphasis, lists and links and neither passes on anything the analyst's text could make
 * run: micromark reads the Markdown (raw HTML in it stays text), and only text and the few marks
 * above are kept from what it produces. An image becomes its description.
 */
export function noteBlocks(markdown: string): NoteBlock[] {
  const blocks: NoteBlock[] = [];
  const open: string[] = [];
  const lists: Array<{ ordered: boolean; next: number }> = [];
  const links: Array<string | undefined> = [];
  let current: NoteBlock | undefined;
  let quoteDepth = 0;

  const block = (): NoteBlock => {
    if (current) return current;
    current = { kind: quoteDepth > 0 ? 'quote' : 'paragraph', runs: [] };
    blocks.push(current);
    return current;
  };
  const addText = (text: string) => {
    if (text.length === 0) return;
    const target = block();
    const href = links[links.length - 1];
    const run: NoteRun = { text };
    if (open.includes('strong')) run.bold = true;
    if (open.includes('em')) run.italic = true;
    if (open.includes('code')) run.code = true;
    if (href !== undefined) run.href = href;
    const last = target.runs[target.runs.length - 1];
    if (
      last &&
      last.bold === run.bold &&
      last.italic === run.italic &&
      last.code === run.code &&
      last.href === run.href
    )
      last.text += text;
    else target.runs.push(run);
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        open.push(name);
        if (name === 'blockquote') quoteDepth++;
        else if (name === 'ul' || name === 'ol') {
          // A list may start at any number, 0 included (`0. …`).
          const start = attributes.start === undefined ? 1 : Number(attributes.start);
          lists.push({ ordered: name === 'ol', next: Number.isFinite(start) ? start : 1 });
        } else if (name === 'a') links.push(followable(attributes.href ?? ''));
        else if (name === 'img') addText(`[${attributes.alt || attributes.src || ''}]`);
        else if (name === 'br') addText('\n');
        const kind = BLOCK_TAGS[name];
        if (kind === undefined) return;
        // A list item's paragraphs (a loose list) continue the item, on a line of their own.
        if (name === 'p' && current?.kind === 'item' && open.includes('li')) {
          const last = current.runs[current.runs.length - 1];
          if (last) last.text = last.text.replace(/\s+$/, '');
          if (current.runs.some((run) => run.text.length > 0)) addText('\n');
          return;
        }
        const list = lists[lists.length - 1];
        current = { kind: name === 'p' && quoteDepth > 0 ? 'quote' : kind, runs: [] };
        if (kind === 'item' && list?.ordered) current.ordinal = list.next++;
        if (kind === 'item') current.depth = lists.length;
        blocks.push(current);
      },
      ontext(text) {
        // Line breaks between block tags are micromark's layout, not the note's text.
        if ((current === undefined || current.runs.length === 0) && text.trim().length === 0) return;
        addText(current?.kind === 'code' ? text : text.replace(/\n/g, ' '));
      },
      onclosetag(name) {
        open.pop();
        if (name === 'blockquote') quoteDepth--;
        else if (name === 'ul' || name === 'ol') lists.pop();
        else if (name === 'a') links.pop();
        if (BLOCK_TAGS[name] !== undefined && !(name === 'p' && open.includes('li'))) current = undefined;
      },
    },
    { decodeEntities: true },
  );
  parser.end(micromark(markdown));
  for (const each of blocks) {
    const first = each.runs[0];
    if (first) first.text = first.text.replace(/^\s+/, '');
    const last = each.runs[each.runs.length - 1];
    if (last) last.text = last.text.replace(/\s+$/, '');
  }
  return blocks.filter((each) => each.runs.some((run) => run.text.trim().length > 0));
}
