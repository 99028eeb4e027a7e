import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { DocumentDetail } from '../../src-main/api/types';
import { ReaderAnnotations } from '../annotations/ReaderAnnotations';
import { useWorkbench } from '../app/WorkbenchContext';
import type { Pane } from '../app/workbenchState';
import { useCommand } from '../commands/CommandContext';
import { FindBar } from './FindBar';
import { splitParagraphs } from './paragraphs';
import { ReaderSurface } from './ReaderSurface';
import type { SpanLayers } from './spanLayers';
import { scrollToRange } from './scrollToRange';
import { spanRanges } from './spanRanges';
import { TextSettingsBar } from './TextSettingsBar';
import { useDocumentHits } from './useDocumentHits';
import { useFocusFlash } from './useFocusFlash';
import { usePaneFocus } from './usePaneFocus';
import { usePaneSurfaceCallbacks } from './usePaneSurfaceCallbacks';

/** Hits paint over boilerplate and warnings (0, 1), the current hit over the others, the focus flash on top. */
const HIT_PRIORITY = 2;
const CURRENT_HIT_PRIORITY = 3;

interface ReaderViewProps {
  pane: Pane;
  document: DocumentDetail;
  /** Controls beside the find bar that only the tab layout offers (compare with…). */
  toolbarExtra?: ReactNode;
}

/**
 * The reader of one pane: the find bar, hit navigation (F3 in this pane only) and reveal requests
 * addressed to this pane, over a ReaderSurface that draws the text.
 */
export function ReaderView({ pane, document: doc, toolbarExtra }: ReaderViewProps) {
  const { dispatch } = useWorkbench();
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [textNodes, setTextNodes] = useState<ReadonlyArray<Text | null>>([]);
  const [currentHit, setCurrentHit] = useState<number | undefined>(undefined);
  const handledReveal = useRef<number | undefined>(undefined);
  const findInputRef = useRef<HTMLInputElement>(null);
  const focusHandlers = usePaneFocus(pane.id);
  const { focusSpan, flash } = useFocusFlash();

  const paragraphs = useMemo(() => splitParagraphs(doc.text), [doc.text]);
  const textReady = textNodes.length === paragraphs.length;

  const hitsState = useDocumentHits(doc.id, pane.query);
  const hitsCurrent = hitsState.query === pane.query;
  const hits = useMemo(() => (hitsCurrent ? hitsState.hits : []), [hitsCurrent, hitsState.hits]);

  useEffect(() => setCurrentHit(undefined), [pane.query]);

  const layers = useMemo<SpanLayers>(() => {
    const current = currentHit === undefined ? undefined : hits[currentHit];
    return new Map([
      ['qarin-hit', { spans: hits, priority: HIT_PRIORITY }],
      ['qarin-hit-current', { spans: current ? [current] : [], priority: CURRENT_HIT_PRIORITY }],
      focusSpan,
    ]);
  }, [hits, currentHit, focusSpan]);

  const goToHit = useCallback(
    (index: number, behavior: ScrollBehavior = 'smooth') => {
      const count = hits.length;
      if (count === 0) return;
      const wrapped = ((index % count) + count) % count;
      setCurrentHit(wrapped);
      const first = spanRanges(hits[wrapped]!, paragraphs, textNodes)[0];
      if (first && scrollerRef.current) scrollToRange(scrollerRef.current, first, behavior);
    },
    [hits, paragraphs, textNodes],
  );
  const nextHit = useCallback(() => goToHit(currentHit === undefined ? 0 : currentHit + 1), [goToHit, currentHit]);
  const previousHit = useCallback(
    () => goToHit(currentHit === undefined ? hits.length - 1 : currentHit - 1),
    [goToHit, currentHit, hits.length],
  );

  useCommand(pane.id, 'reader.nextHit', { keys: [{ key: 'F3', shift: false }], run: nextHit });
  useCommand(pane.id, 'reader.previousHit', { keys: [{ key: 'F3', shift: true }], run: previousHit });
  useCommand(pane.id, 'reader.find', {
    keys: [{ key: 'f', mod: true, shift: false }],
    run: () => findInputRef.current?.select(),
  });

  // A reveal request waits until what it needs (the hits of the pane's query, or the text nodes) exists.
  useEffect(() => {
    const reveal = pane.reveal;
    if (!reveal || handledReveal.current === reveal.serial || !textReady) return;
    if (reveal.kind === 'first-hit') {
      if (!hitsCurrent) return;
      handledReveal.current = reveal.serial;
      goToHit(0, 'instant');
    } else {
      handledReveal.current = reveal.serial;
      const ranges = spanRanges(reveal.span, paragraphs, textNodes);
      if (ranges[0] && scrollerRef.current) scrollToRange(scrollerRef.current, ranges[0]);
      flash(reveal.span);
    }
  }, [pane.reveal, hitsCurrent, goToHit, paragraphs, textNodes, textReady, flash]);

  const { onWarningClick, onLeave } = usePaneSurfaceCallbacks(pane.id);

  return (
    <div className="reader-view" data-pane-id={pane.id} {...focusHandlers}>
      <div className="reader-toolbar">
        <FindBar
          inputRef={findInputRef}
          query={pane.query}
          onQueryChange={(query) => dispatch({ type: 'set-pane-query', paneId: pane.id, query })}
          current={currentHit}
          total={hits.length}
          onNext={nextHit}
          onPrevious={previousHit}
        />
        {toolbarExtra}
        <TextSettingsBar />
      </div>
      <ReaderSurface
        doc={doc}
        paragraphs={paragraphs}
        layers={layers}
        scrollerRef={scrollerRef}
        onTextNodes={setTextNodes}
        initialScrollTop={pane.scrollTop}
        onLeave={onLeave}
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
    </div>
  );
}
