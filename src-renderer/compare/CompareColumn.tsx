import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import type { DocumentDetail, Span } from '../../src-main/api/types';
import { caretAtPoint } from '../annotations/caretAtPoint';
import { ReaderAnnotations } from '../annotations/ReaderAnnotations';
import { useCommand } from '../commands/CommandContext';
import type { Pane } from '../app/workbenchState';
import { useStrings } from '../i18n/useStrings';
import { splitParagraphs } from '../reader/paragraphs';
import { ReaderSurface } from '../reader/ReaderSurface';
import { scrollToReadingLine } from '../reader/scrollToRange';
import type { SpanLayers } from '../reader/spanLayers';
import { offsetOfPosition, spanRanges } from '../reader/spanRanges';
import { useFocusFlash } from '../reader/useFocusFlash';
import { usePaneFocus } from '../reader/usePaneFocus';
import { usePaneSurfaceCallbacks } from '../reader/usePaneSurfaceCallbacks';
import { formatDate } from '../shared/formatDate';
import { cutAtSentences } from './alignedRows';

/** What the compare view needs from a column to lock scrolling and draw connectors. */
export interface ColumnHandle {
  paneId: string;
  docId: string;
  scroller: HTMLDivElement;
  /** A span's top and bottom in the column's content coordinates, or undefined when it is not laid out. */
  measure(span: Span): { top: number; bottom: number } | undefined;
}

/** The line the eye reads at: a third down the column, where jumps put what they land on. */
export { readingLine } from '../reader/scrollToRange';

interface CompareColumnProps {
  pane: Pane;
  doc: DocumentDetail;
  layers: SpanLayers;
  isBase: boolean;
  canClose: boolean;
  onMakeBase(): void;
  onClose(): void;
  onHandle(paneId: string, handle: ColumnHandle | undefined): void;
  onScroll(paneId: string): void;
  /** The user is about to scroll this column (wheel, key, pointer): it drives the others. */
  onDrive(paneId: string): void;
  /** Drawn beside the text (the base column's heat map). */
  aside?: ReactNode;
  /** Moves the keyboard focus to the column `step` places further in reading order (right to left). */
  onFocusNeighbour(paneId: string, step: number): void;
  /** What the tooltip says about the text at a document offset (a shared passage's provenance). */
  describeAt?(offset: number): string | undefined;
  /** In the aligned rows layout: where this report's sentences start, so each opens a block of its own. */
  sentenceStarts?: readonly number[];
}

/** One report of the compare view: the reader's surface with the comparison painted over it, and its annotations. */
export function CompareColumn({
  pane,
  doc,
  layers,
  isBase,
  canClose,
  onMakeBase,
  onClose,
  onHandle,
  onScroll,
  onDrive,
  aside,
  onFocusNeighbour,
  describeAt,
  sentenceStarts,
}: CompareColumnProps) {
  const t = useStrings();
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [textNodes, setTextNodes] = useState<ReadonlyArray<Text | null>>([]);
  const handledReveal = useRef<number | undefined>(undefined);
  const focusHandlers = usePaneFocus(pane.id);
  const { focusSpan, flash } = useFocusFlash();
  const paragraphs = useMemo(() => {
    const lines = splitParagraphs(doc.text);
    return sentenceStarts ? cutAtSentences(lines, sentenceStarts) : lines;
  }, [doc.text, sentenceStarts]);
  const textReady = textNodes.length === paragraphs.length && paragraphs.length > 0;

  const allLayers = useMemo<SpanLayers>(() => new Map([...layers, focusSpan]), [layers, focusSpan]);

  const measure = useCallback(
    (span: Span) => {
      const scroller = scrollerRef.current;
      const ranges = spanRanges(span, paragraphs, textNodes);
      if (!scroller || ranges.length === 0) return undefined;
      const box = scroller.getBoundingClientRect();
      const first = ranges[0]!.getBoundingClientRect();
      const last = ranges[ranges.length - 1]!.getBoundingClientRect();
      if (first.height === 0 && last.height === 0) return undefined;
      return { top: first.top - box.top + scroller.scrollTop, bottom: last.bottom - box.top + scroller.scrollTop };
    },
    [paragraphs, textNodes],
  );

  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller || !textReady) return;
    onHandle(pane.id, { paneId: pane.id, docId: doc.id, scroller, measure });
    return () => onHandle(pane.id, undefined);
  }, [onHandle, pane.id, doc.id, measure, textReady]);

  // Reveals land at once rather than smoothly: columns scrolled together must not drift apart mid-animation.
  useEffect(() => {
    const reveal = pane.reveal;
    const scroller = scrollerRef.current;
    if (!reveal || reveal.kind !== 'span' || handledReveal.current === reveal.serial || !textReady || !scroller) return;
    handledReveal.current = reveal.serial;
    const place = measure(reveal.span);
    if (place) scrollToReadingLine(scroller, place.top);
    flash(reveal.span);
  }, [pane.reveal, measure, textReady, flash]);

  const { onWarningClick, onLeave } = usePaneSurfaceCallbacks(pane.id);
  const drive = () => onDrive(pane.id);

  // Keys of the focused column. The columns run right to left whatever the interface language, so
  // Ctrl+← goes to the next report and Ctrl+→ to the previous one, as the eye moves.
  useCommand(pane.id, 'compare.nextColumn', {
    keys: [{ key: 'ArrowLeft', mod: true }],
    run: () => onFocusNeighbour(pane.id, 1),
  });
  useCommand(pane.id, 'compare.previousColumn', {
    keys: [{ key: 'ArrowRight', mod: true }],
    run: () => onFocusNeighbour(pane.id, -1),
  });
  useCommand(pane.id, 'compare.makeBase', {
    keys: [{ code: 'KeyB', mod: true }],
    when: () => !isBase,
    run: onMakeBase,
  });
  useCommand(pane.id, 'compare.closeColumn', {
    keys: [
      { key: 'Delete', mod: true },
      { key: 'Backspace', mod: true },
    ],
    when: () => canClose,
    run: onClose,
  });

  // The tooltip follows the text under the pointer, read once a frame.
  const [hoverNote, setHoverNote] = useState<string | undefined>(undefined);
  const hoverFrame = useRef(0);
  const onPointerMove = (event: MouseEvent<HTMLDivElement>) => {
    if (!describeAt) return;
    const { clientX, clientY } = event;
    cancelAnimationFrame(hoverFrame.current);
    hoverFrame.current = requestAnimationFrame(() => {
      const caret = caretAtPoint(clientX, clientY);
      const offset = caret && offsetOfPosition(caret.node, caret.offset, paragraphs, textNodes);
      setHoverNote(offset === undefined ? undefined : describeAt(offset));
    });
  };

  return (
    <section
      className={`compare-column${isBase ? ' is-base' : ''}`}
      aria-label={doc.title}
      data-pane-id={pane.id}
      data-document-id={doc.id}
      data-testid="compare-column"
      onWheel={drive}
      onKeyDown={drive}
      onTouchStart={drive}
      {...focusHandlers}
      onPointerDownCapture={() => {
        focusHandlers.onPointerDownCapture();
        drive();
      }}
    >
      <header className="compare-column-head">
        <div className="compare-column-title" dir="auto" title={doc.title}>
          {doc.title || t.untitled}
        </div>
        <div className="compare-column-meta">
          {doc.source && <span dir="auto">{doc.source}</span>}
          {doc.date && <span>{formatDate(doc.date)}</span>}
        </div>
        <div className="compare-column-actions">
          {isBase ? (
            <span className="badge compare-base-badge" data-testid="compare-base">
              {t.baseBadge}
            </span>
          ) : (
            <button type="button" className="button button-small" onClick={onMakeBase} data-testid="compare-make-base">
              {t.makeBase}
            </button>
          )}
          {canClose && (
            <button
              type="button"
              className="icon-button"
              aria-label={t.closeColumn(doc.title)}
              title={`${t.closeColumn(doc.title)} (Ctrl+Delete)`}
              aria-keyshortcuts="Control+Delete"
              onClick={onClose}
              data-testid="compare-close-column"
            >
              <span aria-hidden="true">×</span>
            </button>
          )}
        </div>
      </header>
      <div
        className="compare-column-body"
        title={hoverNote}
        onMouseMove={onPointerMove}
        onMouseLeave={() => setHoverNote(undefined)}
        data-testid="compare-column-body"
      >
        <ReaderSurface
          doc={doc}
          paragraphs={paragraphs}
          layers={allLayers}
          scrollerRef={scrollerRef}
          onTextNodes={setTextNodes}
          initialScrollTop={pane.scrollTop}
          onLeave={onLeave}
          onScroll={() => onScroll(pane.id)}
          onWarningClick={onWarningClick}
        >
          <ReaderAnnotations
            paneId={pane.id}
            doc={doc}
            paragraphs={paragraphs}
            textNodes={textNodes}
            scrollerRef={scrollerRef}
          />
        </ReaderSurface>
        {aside}
      </div>
    </section>
  );
}
