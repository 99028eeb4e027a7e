import { useEffect, useRef, type CSSProperties, type RefObject } from 'react';
import type { ListedCode } from '../../src-main/api/types';
import { useStrings } from '../i18n/useStrings';
import { AnchoredPopover } from './AnchoredPopover';

interface SelectionToolbarProps {
  anchor(): DOMRect | undefined;
  scroller: RefObject<HTMLElement | null>;
  /** Codes offered for a one-click highlight: the ones used last. */
  quickCodes: readonly ListedCode[];
  onHighlight(): void;
  onQuickCode(code: ListedCode): void;
}

/**
 * The small bar that appears over a selection, as in Hypothesis and Kindle. Its buttons never take
 * the focus on press, so the selection they act on stays selected. The bar floats in the document
 * body, far from the text in tab order, so Tab from the text goes to it, and Escape in it returns
 * the focus to where it came from.
 */
export function SelectionToolbar({ anchor, scroller, quickCodes, onHighlight, onQuickCode }: SelectionToolbarProps) {
  const t = useStrings();
  const cameFrom = useRef<HTMLElement | null>(null);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      // One selection, so one toolbar, lives at a time; it is portalled into the body.
      const bar = document.querySelector<HTMLElement>('[data-testid=selection-toolbar]');
      if (!bar || event.defaultPrevented) return;
      const inside = bar.contains(document.activeElement);
      if (event.key === 'Tab' && !event.shiftKey && !event.ctrlKey && !event.altKey && !inside) {
        event.preventDefault();
        cameFrom.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        bar.querySelector<HTMLButtonElement>('button')?.focus();
      } else if (event.key === 'Escape' && inside) {
        event.preventDefault();
        (cameFrom.current ?? scroller.current)?.focus();
      }
    }
    // Capture, so the toolbar answers Tab before the page's own focus order does.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [scroller]);

  return (
    <AnchoredPopover
      aria-keyshortcuts="Tab"
      anchor={anchor}
      prefer="above"
      scroller={scroller}
      hideWhenAnchorHidden
      role="toolbar"
      aria-label={t.selectionToolbarLabel}
      className="selection-toolbar"
      data-testid="selection-toolbar"
    >
      <button
        type="button"
        className="toolbar-button toolbar-button-main"
        title={t.highlightActionTitle}
        onMouseDown={(event) => event.preventDefault()}
        onClick={onHighlight}
        data-testid="highlight-selection"
      >
        <span className="highlighter-glyph" aria-hidden="true" />
        {t.highlightAction}
        <kbd aria-hidden="true">H</kbd>
      </button>
      {quickCodes.map((code) => (
        <button
          key={code.id}
          type="button"
          className="toolbar-button toolbar-code"
          style={{ '--code-color': code.color } as CSSProperties}
          title={t.quickCodeTitle(code.name)}
          aria-label={t.quickCodeTitle(code.name)}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onQuickCode(code)}
        >
          <span className="code-dot" aria-hidden="true" />
          <span dir="auto">{code.name}</span>
        </button>
      ))}
    </AnchoredPopover>
  );
}
