import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type MouseEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import type { DocumentDetail, IntegrityWarning, Span } from '../../src-main/api/types';
import { usePaintLayers } from '../paint/usePaintLayers';
import { useSettings } from '../settings/SettingsContext';
import { caretAtPoint } from '../annotations/caretAtPoint';
import { paragraphIndexAt, type Paragraph } from './paragraphs';
import { ReaderText } from './ReaderText';
import type { SpanLayers } from './spanLayers';
import { offsetOfPosition, spanRanges } from './spanRanges';
import { WarningTooltip, type WarningTooltipState } from './WarningTooltip';

/** Painted under everything else: boilerplate dims, warnings underline. */
const BOILERPLATE_PRIORITY = 0;
const WARNING_PRIORITY = 1;

/**
 * Plain-text reports usually open with their headline, and an importer may have cut that line
 * into a shorter title ending in an ellipsis; either way the headline should not show twice.
 */
function textOpensWithTitle(firstParagraph: string, title: string): boolean {
  const stem = title
    .trim()
    .replace(/(\.\.\.|…)+$/u, '')
    .trim();
  return stem.length > 0 && firstParagraph.trim().startsWith(stem);
}

interface ReaderSurfaceProps {
  doc: DocumentDetail;
  paragraphs: Paragraph[];
  /** What the caller paints over the text (hits, compare marks…); boilerplate and warnings are the surface's own. */
  layers: SpanLayers;
  scrollerRef: RefObject<HTMLDivElement | null>;
  /** The text nodes the paragraphs render into, once they exist: what every range points into. */
  onTextNodes(nodes: ReadonlyArray<Text | null>): void;
  initialScrollTop: number;
  /** Told where the surface was scrolled when it goes away, to restore it next time. */
  onLeave(scrollTop: number): void;
  onScroll?(scroller: HTMLDivElement): void;
  onWarningClick(warning: IntegrityWarning): void;
  /** Popovers and toolbars that belong to this text (annotations). */
  children?: ReactNode;
}

/**
 * A report's text with paint layers over it, and nothing else: it knows no tabs, panes or find
 * bar, so the reader and every compare column draw the same surface.
 */
export function ReaderSurface({
  doc,
  paragraphs,
  layers,
  scrollerRef,
  onTextNodes,
  initialScrollTop,
  onLeave,
  onScroll,
  onWarningClick,
  children,
}: ReaderSurfaceProps) {
  const { settings } = useSettings();
  const bodyRef = useRef<HTMLDivElement>(null);
  const [textNodes, setTextNodes] = useState<ReadonlyArray<Text | null>>([]);
  const [tooltip, setTooltip] = useState<WarningTooltipState | undefined>(undefined);
  const scrollTop = useRef(initialScrollTop);
  const leave = useRef(onLeave);
  useLayoutEffect(() => {
    leave.current = onLeave;
  });

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
  // One walk over the paragraphs' elements, which ReaderText renders in paragraph order: a selector
  // query per paragraph scanned the whole text each time, and cost a third of a second per column.
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const byIndex = new Map<number, Text>();
    for (const element of body.children) {
      const text = element.querySelector(':scope > .para-text')?.firstChild;
      const index = Number((element as HTMLElement).dataset.index);
      if (text instanceof Text) byIndex.set(index, text);
    }
    const nodes = paragraphs.map((_, index) => byIndex.get(index) ?? null);
    setTextNodes(nodes);
    onTextNodes(nodes);
  }, [paragraphs, onTextNodes]);

  // Writing scrollTop lays the new text out at once; at the top there is nothing to restore, so the
  // layout waits for the frame, where the columns opened together are laid out in one pass.
  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (scroller && scrollTop.current !== 0) scroller.scrollTop = scrollTop.current;
  }, [doc.id, scrollerRef]);

  useEffect(() => () => leave.current(scrollTop.current), []);

  const painted = useMemo(() => {
    const ranges = new Map<string, { ranges: Range[]; priority: number }>();
    if (textNodes.length !== paragraphs.length) return ranges;
    const toRanges = (spans: readonly Span[]) => spans.flatMap((span) => spanRanges(span, paragraphs, textNodes));
    if (settings.showBoilerplate)
      ranges.set('qarin-boilerplate', { ranges: toRanges(doc.boilerplate), priority: BOILERPLATE_PRIORITY });
    ranges.set('qarin-warning', { ranges: toRanges(doc.warnings), priority: WARNING_PRIORITY });
    for (const [name, layer] of layers) ranges.set(name, { ranges: toRanges(layer.spans), priority: layer.priority });
    return ranges;
  }, [layers, paragraphs, textNodes, doc.boilerplate, doc.warnings, settings.showBoilerplate]);
  usePaintLayers(painted);

  const pointerFrame = useRef(0);
  const onPointerMove = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      if (doc.warnings.length === 0) return;
      const { clientX, clientY } = event;
      cancelAnimationFrame(pointerFrame.current);
      pointerFrame.current = requestAnimationFrame(() => {
        const caret = caretAtPoint(clientX, clientY);
        const offset = caret && offsetOfPosition(caret.node, caret.offset, paragraphs, textNodes);
        const warning =
          offset === undefined ? undefined : doc.warnings.find((each) => offset >= each.start && offset < each.end);
        setTooltip(warning ? { warning, x: clientX, y: clientY } : undefined);
      });
    },
    [doc.warnings, paragraphs, textNodes],
  );

  return (
    <>
      <div
        ref={scrollerRef}
        className="reader-scroller"
        tabIndex={0}
        aria-label={doc.title}
        onScroll={(event) => {
          scrollTop.current = event.currentTarget.scrollTop;
          onScroll?.(event.currentTarget);
        }}
        onMouseMove={onPointerMove}
        onMouseLeave={() => setTooltip(undefined)}
        style={
          {
            '--reader-font-size': `${settings.fontSize}px`,
            '--reader-line-height': settings.lineHeight,
          } as CSSProperties
        }
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
      {children}
    </>
  );
}
