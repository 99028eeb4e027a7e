/**
 * The reading line, a third down the scroller: where the eye expects the next match (as browsers'
 * find-in-page puts it, rather than at the edge where scrollIntoView would leave it), and the line
 * on which compare columns are held level.
 */
export const readingLine = (scroller: HTMLElement) => scroller.clientHeight / 3;

/** Scrolls so that `top`, an offset in the scroller's content, sits on the reading line. */
export function scrollToReadingLine(scroller: HTMLElement, top: number, behavior: ScrollBehavior = 'instant'): void {
  scroller.scrollTo({ top: Math.max(0, top - readingLine(scroller)), behavior });
}

/** Brings a range to the reading line. */
export function scrollToRange(scroller: HTMLElement, range: Range, behavior: ScrollBehavior = 'smooth'): void {
  const paragraph = range.startContainer.parentElement?.closest('.para');
  // Paragraphs use content-visibility: auto, so lay the target out before measuring it.
  if (paragraph instanceof HTMLElement) paragraph.scrollIntoView({ block: 'nearest' });
  const rect = range.getBoundingClientRect();
  const box = scroller.getBoundingClientRect();
  scrollToReadingLine(scroller, scroller.scrollTop + (rect.top - box.top) - scroller.clientTop, behavior);
}
