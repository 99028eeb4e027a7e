import type { Page } from 'playwright-core';

/*
 * Page-side shapes for selecting text in the reader (see pageGlobals.ts for why the Node test
 * program declares them itself).
 */
interface PageText {
  readonly data: string;
  readonly parentElement: { scrollIntoView(options: { block: string }): void } | null;
}
interface PageRect {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}
interface PageRange {
  setStart(node: PageText, offset: number): void;
  setEnd(node: PageText, offset: number): void;
  getClientRects(): Iterable<PageRect>;
  toString(): string;
}
interface PageSelection {
  removeAllRanges(): void;
  addRange(range: PageRange): void;
  toString(): string;
}
declare const document: {
  querySelectorAll(selector: string): Iterable<{ readonly firstChild: unknown }>;
  getSelection(): PageSelection | null;
};
declare const Range: new () => PageRange;
declare const CSS: { readonly highlights: Iterable<[string, Iterable<PageRange>]> };

export interface CharacterBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Where the first and last characters of a phrase are painted. */
export interface PhraseBox {
  first: CharacterBox;
  last: CharacterBox;
}

/** Selects `phrase` in the reader with a DOM Range over its paragraph's text node, as a script (or a user's drag) would. */
export async function selectPhrase(page: Page, phrase: string): Promise<string> {
  return page.evaluate((wanted) => {
    for (const paragraph of document.querySelectorAll('[data-testid=reader-text] .para-text')) {
      const node = paragraph.firstChild as PageText | null;
      const at = node ? node.data.indexOf(wanted) : -1;
      if (!node || at < 0) continue;
      node.parentElement?.scrollIntoView({ block: 'center' });
      const range = new Range();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return selection?.toString() ?? '';
    }
    throw new Error(`«${wanted}» is not in the reader`);
  }, phrase);
}

/**
 * The boxes of a phrase's first and last characters. In right-to-left text with a Latin run inside,
 * the phrase's ends are not its leftmost and rightmost points: each comes from its own character.
 */
export async function phraseBox(page: Page, phrase: string): Promise<PhraseBox> {
  return page.evaluate((wanted) => {
    for (const paragraph of document.querySelectorAll('[data-testid=reader-text] .para-text')) {
      const node = paragraph.firstChild as PageText | null;
      const at = node ? node.data.indexOf(wanted) : -1;
      if (!node || at < 0) continue;
      node.parentElement?.scrollIntoView({ block: 'center' });
      const box = (offset: number) => {
        const range = new Range();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        const rect = [...range.getClientRects()][0];
        if (!rect) throw new Error('character not laid out');
        return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
      };
      return { first: box(at), last: box(at + wanted.length - 1) };
    }
    throw new Error(`«${wanted}» is not in the reader`);
  }, phrase);
}

export async function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => document.getSelection()?.toString() ?? '');
}

/** The text of every range painted under a Custom Highlight whose name starts with `prefix`. */
export async function paintedTexts(page: Page, prefix: string): Promise<string[]> {
  return page.evaluate(
    (namePrefix) =>
      [...CSS.highlights]
        .filter(([name]) => name.startsWith(namePrefix))
        .flatMap(([, ranges]) => [...ranges].map(String)),
    prefix,
  );
}
