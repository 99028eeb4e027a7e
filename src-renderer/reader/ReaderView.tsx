import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type MouseEvent,
} from 'react';
import type { DocumentDetail, IntegrityWarning, Span } from '../../src-main/api/types';
import { ReaderAnnotations } from '../annotations/ReaderAnnotations';
import { useWorkbench } from '../app/WorkbenchContext';
import type { ReaderTab } from '../app/workbenchState';
import { useSettings } from '../settings/SettingsContext';
import { FindBar } from './FindBar';
import { paragraphIndexAt, splitParagraphs } from './paragraphs';
import { ReaderText } from './ReaderText';
import { scrollToRange } from './scrollToRange';
import { offsetOfPosition, spanRanges } from './spanRanges';
import { TextSettingsBar } from './TextSettingsBar';
import { useCustomHighlight } from './useCustomHighlight';
import { useDocumentHits } from './useDocumentHits';
import { WarningTooltip, type WarningTooltipState } from './WarningTooltip';

/** Where each report was scrolled to, so switching tabs returns the reader to the same line. */
const scrollPositions = new Map<string, number>();

const FOCUS_FLASH_MS = 1600;

/**
 * Plain-text reports usually open with their headline, and an importer may have cut that line
 * into a shorter title ending in an ellipsis; either way the headline should not show twice.
 */
function textOpensWithTitle(firstParagraph: string, title: string): boolean {
  const stem = title.trim().replace(/(\.\.\.|…)+$/u, '').trim();
  return stem.length > 0 && firstParagraph.trim().startsWith(stem);
}

interface ReaderViewProps {
  tab: ReaderTab;
  document: DocumentDetail;
  findFocusSignal: number;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | undefined {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

export function ReaderView({ tab, document: doc, findFocusSignal }: ReaderViewProps) {
  const { dispatch } = useWorkbench();
  const { settings } = useSettings();
  const scrollerRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [textNodes, setTextNodes] = useState<ReadonlyArray<Text | null>>([]);
  const [currentHit, setCurrentHit] = useState<number | undefined>(undefined);
  const [focusSpan, setFocusSpan] = useState<Span | undefined>(undefined);
  const [tooltip, setTooltip] = useState<WarningTooltipState | undefined>(undefined);
  const handledReveal = useRef<number | undefined>(undefined);

  const paragraphs = useMemo(() => splitParagraphs(doc.text), [doc.text]);

  const warningsByParagraph = useMemo(() => {
    const grouped = new Map<number, IntegrityWarning[]>();
    for (const warning of doc.warnings) {
      const index = paragraphIndexAt(paragraphs, warning.start);
      grouped.set(index, [...(grouped.get(index) ?? []), warning]);
    }
    return grouped;
  }, [doc.warnings, paragraphs]);

  const hiddenParagraphs = useMemo(() => {
    const hidden = new Set<number>();
    if (settings.showBoilerplate) return hidden;
    paragraphs.forEach((paragraph, index) => {
      if (doc.boilerplate.some((span) => span.start <= paragraph.start && span.end >= paragraph.end)) hidden.add(index);
    });
    return hidden;
  }, [paragraphs, doc.boilerplate, settings.showBoilerplate]);

  // Text nodes are read back from the DOM once per document: they are what the ranges point into.
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const nodes = paragraphs.map((_, index) => {
      const text = body.querySelector(`.para[data-index="${index}"] .para-text`)?.firstChild;
      return text instanceof Text ? text : null;
    });
    setTextNodes(nodes);
  }, [paragraphs]);

  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (scroller) scroller.scrollTop = scrollPositions.get(doc.id) ?? 0;
  }, [doc.id]);

  const hitsState = useDocumentHits(doc.id, tab.query);
  const hitsCurrent = hitsState.query === tab.query;
  const hitRanges = useMemo(
    () => (hitsCurrent ? hitsState.hits.map((span) => spanRanges(span, paragraphs, textNodes)) : []),
    [hitsCurrent, hitsState.hits, paragraphs, textNodes],
  );
  const allHitRanges = useMemo(() => hitRanges.flat(), [hitRanges]);
  const currentHitRanges = currentHit === undefined ? undefined : hitRanges[currentHit];

  useEffect(() => setCurrentHit(undefined), [tab.query]);

  const boilerplateRanges = useMemo(
    () => (settings.showBoilerplate ? doc.boilerplate.flatMap((span) => spanRanges(span, paragraphs, textNodes)) : []),
    [doc.boilerplate, paragraphs, textNodes, settings.showBoilerplate],
  );
  const warningRanges = useMemo(
    () => doc.warnings.flatMap((span) => spanRanges(span, paragraphs, textNodes)),
    [doc.warnings, paragraphs, textNodes],
  );
  const focusRanges = useMemo(
    () => (focusSpan ? spanRanges(focusSpan, paragraphs, textNodes) : undefined),
    [focusSpan, paragraphs, textNodes],
  );

  useCustomHighlight('qarin-boilerplate', boilerplateRanges, 0);
  useCustomHighlight('qarin-warning', warningRanges, 1);
  useCustomHighlight('qarin-hit', allHitRanges, 2);
  useCustomHighlight('qarin-hit-current', currentHitRanges, 3);
  useCustomHighlight('qarin-focus', focusRanges, 4);

  const goToHit = useCallback(
    (index: number, behavior: ScrollBehavior = 'smooth') => {
      const count = hitRanges.length;
      if (count === 0) return;
      const wrapped = ((index % count) + count) % count;
      setCurrentHit(wrapped);
      const first = hitRanges[wrapped]?.[0];
      if (first && scrollerRef.current) scrollToRange(scrollerRef.current, first, behavior);
    },
    [hitRanges],
  );
  const nextHit = useCallback(() => goToHit(currentHit === undefined ? 0 : currentHit + 1), [goToHit, currentHit]);
  const previousHit = useCallback(
    () => goToHit(currentHit === undefined ? hitRanges.length - 1 : currentHit - 1),
    [goToHit, currentHit, hitRanges.length],
  );

  // A reveal request waits until what it needs (the hits of the tab's query, or the text nodes) exists.
  useEffect(() => {
    const reveal = tab.reveal;
    if (!reveal || handledReveal.current === reveal.serial || textNodes.length !== paragraphs.length) return;
    if (reveal.kind === 'first-hit') {
      if (!hitsCurrent) return;
      handledReveal.current = reveal.serial;
      goToHit(0, 'instant');
    } else {
      handledReveal.current = reveal.serial;
      const ranges = spanRanges(reveal.span, paragraphs, textNodes);
      if (ranges[0] && scrollerRef.current) scrollToRange(scrollerRef.current, ranges[0]);
      setFocusSpan(reveal.span);
    }
  }, [tab.reveal, hitsCurrent, goToHit, paragraphs, textNodes]);

  useEffect(() => {
    if (!focusSpan) return;
    const timer = setTimeout(() => setFocusSpan(undefined), FOCUS_FLASH_MS);
    return () => clearTimeout(timer);
  }, [focusSpan]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'F3') return;
      event.preventDefault();
      if (event.shiftKey) previousHit();
      else nextHit();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [nextHit, previousHit]);

  const onWarningClick = useCallback(
    (warning: IntegrityWarning) => dispatch({ type: 'reveal-span', documentId: doc.id, span: warning }),
    [dispatch, doc.id],
  );

  const pointerFrame = useRef(0);
  function onPointerMove(event: MouseEvent<HTMLDivElement>) {
    if (doc.warnings.length === 0) return;
    const { clientX, clientY } = event;
    cancelAnimationFrame(pointerFrame.current);
    pointerFrame.current = requestAnimationFrame(() => {
      const caret = caretAt(clientX, clientY);
      const offset = caret && offsetOfPosition(caret.node, caret.offset, paragraphs, textNodes);
      const warning =
        offset === undefined ? undefined : doc.warnings.find((each) => offset >= each.start && offset < each.end);
      setTooltip(warning ? { warning, x: clientX, y: clientY } : undefined);
    });
  }

  return (
    <div className="reader-view">
      <div className="reader-toolbar">
        <FindBar
          query={tab.query}
          onQueryChange={(query) => dispatch({ type: 'set-document-query', documentId: doc.id, query })}
          current={currentHit}
          total={hitsCurrent ? hitsState.hits.length : 0}
          onNext={nextHit}
          onPrevious={previousHit}
          focusSignal={findFocusSignal}
        />
        <TextSettingsBar />
      </div>
      <div
        ref={scrollerRef}
        className="reader-scroller"
        tabIndex={0}
        aria-label={doc.title}
        onScroll={(event) => scrollPositions.set(doc.id, event.currentTarget.scrollTop)}
        onMouseMove={onPointerMove}
        onMouseLeave={() => setTooltip(undefined)}
        style={{ '--reader-font-size': `${settings.fontSize}px`, '--reader-line-height': settings.lineHeight } as CSSProperties}
        data-testid="reader-scroller"
        data-document-id={doc.id}
      >
        {/* Reports are Arabic whatever the interface language: the page keeps its own direction. */}
        <article className="reader-page" dir="rtl" lang="ar">
          {!textOpensWithTitle(paragraphs[0]?.text ?? '', doc.title) && (
            <h1 className="reader-title" dir="auto">
              {doc.title}
            </h1>
          )}
          <ReaderText
            paragraphs={paragraphs}
            warningsByParagraph={warningsByParagraph}
            hiddenParagraphs={hiddenParagraphs}
            onWarningClick={onWarningClick}
            bodyRef={bodyRef}
          />
        </article>
      </div>
      {tooltip && <WarningTooltip state={tooltip} />}
      <ReaderAnnotations doc={doc} paragraphs={paragraphs} textNodes={textNodes} scrollerRef={scrollerRef} />
    </div>
  );
}
