/**
 * Brings a range to the upper third of the scroller, where the eye expects the next match (as
 * browsers' find-in-page does), rather than to the edge where scrollIntoView would leave it.
 */
export function scrollToRange(scroller: HTMLElement, range: Range, behavior: ScrollBehavior = 'smooth'): void {
  const paragraph = range.startContainer.parentElement?.closest('.para');
  // Paragraphs use content-visibility: auto, so lay the target out before measuring it.
  if (paragraph instanceof HTMLElement) paragraph.scrollIntoView({ block: 'nearest' });
  const rect = range.getBoundingClientRect();
  const box = scroller.getBoundingClientRect();
  const target = scroller.scrollTop + (rect.top - box.top) - box.height / 3;
  scroller.scrollTo({ top: Math.max(0, target), behavior });
}
