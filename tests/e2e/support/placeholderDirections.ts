import type { Page } from 'playwright-core';

export interface PlaceholderLayout {
  placeholder: string;
  direction: string;
  textAlign: string;
}

/**
 * Every visible empty field with a placeholder, with the direction and alignment it is laid out
 * in. A placeholder is written in the interface's language, so it must read in the interface's
 * direction: an Arabic placeholder laid out left to right puts its ellipsis and quotes at the
 * wrong end and reverses the order of its words.
 */
export function placeholderLayouts(page: Page): Promise<PlaceholderLayout[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('input:placeholder-shown, textarea:placeholder-shown')]
      .filter((field) => field.checkVisibility() && field.placeholder !== '')
      .map((field) => {
        const style = getComputedStyle(field);
        return { placeholder: field.placeholder, direction: style.direction, textAlign: style.textAlign };
      }),
  );
}

/** The layouts that do not follow the interface's direction (`rtl` for Arabic, `ltr` for English). */
export async function misdirectedPlaceholders(page: Page, direction: 'rtl' | 'ltr'): Promise<PlaceholderLayout[]> {
  const aligned = direction === 'rtl' ? ['start', 'right'] : ['start', 'left'];
  return (await placeholderLayouts(page)).filter(
    (layout) => layout.direction !== direction || !aligned.includes(layout.textAlign),
  );
}

// Page-side globals used above (the test program is compiled without the DOM library).
interface PageField {
  readonly placeholder: string;
  checkVisibility(): boolean;
}
declare const document: { querySelectorAll(selector: string): Iterable<PageField> };
declare function getComputedStyle(element: PageField): { readonly direction: string; readonly textAlign: string };
