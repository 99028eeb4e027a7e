import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { DocumentDetail, ListedCode, Span } from '../../src-main/api/types';
import { useApi } from '../api/ApiContext';
import { useWorkbench } from '../app/WorkbenchContext';
import { useCommand } from '../commands/CommandContext';
import { useStrings } from '../i18n/useStrings';
import { usePaintLayers } from '../paint/usePaintLayers';
import type { Paragraph } from '../reader/paragraphs';
import { spanRanges } from '../reader/spanRanges';
import { useSettings } from '../settings/SettingsContext';
import { useAnnotationData } from './AnnotationDataContext';
import { useHighlightFocus } from './HighlightFocusContext';
import { useNotices } from '../app/NoticeContext';
import { useRecentCodes } from './RecentCodesContext';
import { HighlightEditor, type EditorTarget } from './HighlightEditor';
import { highlightAtPoint } from './highlightAtPoint';
import { highlightLayers, rangesByHighlight } from './highlightLayers';
import { isEditableTarget } from './isEditableTarget';
import { localizedMessage } from './localizedMessage';
import { useReaderSelection } from './ReaderSelectionContext';
import { SelectionToolbar } from './SelectionToolbar';
import { spanOfRange } from './spanOfRange';
import { useCodeLayerStyles } from './useCodeLayerStyles';
import { useDocumentHighlights } from './useDocumentHighlights';

const QUICK_CODES_SHOWN = 3;

interface ReaderAnnotationsProps {
  /** The pane this text is shown in: keys and focus requests are addressed to it. */
  paneId: string;
  doc: DocumentDetail;
  paragraphs: Paragraph[];
  textNodes: ReadonlyArray<Text | null>;
  scrollerRef: RefObject<HTMLDivElement | null>;
}

/**
 * What a popover about a passage must leave visible: every line of the passage and the line just
 * above and below it, read while deciding. A line box is taller than its glyphs by the leading, so
 * the band reaches one line height plus half the leading past the glyphs.
 */
function passageWithNeighbours(ranges: readonly Range[] | undefined): DOMRect | undefined {
  const rects = (ranges ?? []).flatMap((range) => [...range.getClientRects()]).filter((rect) => rect.width > 0);
  const first = rects[0];
  if (!first) return undefined;
  const top = Math.min(...rects.map((rect) => rect.top));
  const bottom = Math.max(...rects.map((rect) => rect.bottom));
  const left = Math.min(...rects.map((rect) => rect.left));
  const right = Math.max(...rects.map((rect) => rect.right));
  const container = ranges?.[0]?.startContainer;
  const element = container instanceof Element ? container : container?.parentElement;
  const style = element ? getComputedStyle(element) : undefined;
  const lineHeight = parseFloat(style?.lineHeight ?? '') || 1.9 * (parseFloat(style?.fontSize ?? '') || 16);
  const reach = lineHeight + Math.max(0, (lineHeight - first.height) / 2);
  return new DOMRect(left, top - reach, right - left, bottom - top + 2 * reach);
}

/**
 * Everything annotation does inside the reader: paints the report's highlights, follows the
 * selection to offer highlighting (toolbar, H or Ctrl/⌘+Shift+H), opens a highlight's editor on
 * click, and scrolls to a highlight when another view asks.
 */
export function ReaderAnnotations({ paneId, doc, paragraphs, textNodes, scrollerRef }: ReaderAnnotationsProps) {
  const t = useStrings();
  const api = useApi();
  const { language } = useSettings().settings;
  const { dispatch } = useWorkbench();
  const { codes, codesById, refresh, status } = useAnnotationData();
  const { activeHighlightId, setActiveHighlightId, focusRequest } = useHighlightFocus();
  const { notify } = useNotices();
  const { recentCodeIds, rememberCodes } = useRecentCodes();
  const { setSelection } = useReaderSelection();
  const highlightsState = useDocumentHighlights(doc.id);
  const highlights = highlightsState.highlights;
  const [selected, setSelected] = useState<Span | undefined>(undefined);
  const [editor, setEditor] = useState<EditorTarget | undefined>(undefined);
  const handledFocus = useRef<number | undefined>(undefined);
  const available = status?.state === 'ok';
  const textReady = textNodes.length === paragraphs.length && paragraphs.length > 0;

  const ranges = useMemo(
    () => rangesByHighlight(highlights, paragraphs, textNodes),
    [highlights, paragraphs, textNodes],
  );
  const pendingRanges = useMemo(
    () => (editor?.mode === 'create' ? spanRanges(editor, paragraphs, textNodes) : undefined),
    [editor, paragraphs, textNodes],
  );
  const layers = useMemo(
    () => highlightLayers(highlights, ranges, codesById, activeHighlightId, pendingRanges),
    [highlights, ranges, codesById, activeHighlightId, pendingRanges],
  );
  usePaintLayers(layers);
  useCodeLayerStyles(codes);

  // The selection is read when the pointer is released (not on every step of a drag) and on
  // keyboard selection, then mapped to document offsets through the paragraphs' text nodes.
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller || !textReady) return;
    let pointerDown = false;
    let frame = 0;
    const read = () => {
      const selection = document.getSelection();
      const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
      if (!range || !scroller.contains(range.commonAncestorContainer)) {
        setSelected(undefined);
        return;
      }
      const span = range.collapsed ? undefined : spanOfRange(range, paragraphs, textNodes, doc.text);
      setSelected(span);
      setSelection(span ? { docId: doc.id, ...span, quote: doc.text.slice(span.start, span.end) } : undefined);
    };
    const schedule = () => {
      if (pointerDown) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(read);
    };
    const onPointerDown = (event: PointerEvent) => {
      if (event.button === 0) pointerDown = true;
    };
    const onPointerUp = () => {
      if (!pointerDown) return;
      pointerDown = false;
      schedule();
    };
    document.addEventListener('selectionchange', schedule);
    scroller.addEventListener('pointerdown', onPointerDown);
    window.addEventListener('pointerup', onPointerUp);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', schedule);
      scroller.removeEventListener('pointerdown', onPointerDown);
      window.removeEventListener('pointerup', onPointerUp);
    };
  }, [scrollerRef, textReady, paragraphs, textNodes, doc.id, doc.text, setSelection]);

  useEffect(() => () => setSelection(undefined), [doc.id, setSelection]);

  const openCreateEditor = useCallback(() => {
    if (!selected || !available) return;
    setEditor({ mode: 'create', docId: doc.id, ...selected, quote: doc.text.slice(selected.start, selected.end) });
  }, [selected, available, doc.id, doc.text]);

  // H (by key position, so it works on an Arabic layout too) or Ctrl/⌘+Shift+H highlights the selection.
  const canHighlight = (event: KeyboardEvent | undefined) =>
    Boolean(selected) && !editor && !isEditableTarget(event?.target ?? null);
  useCommand(paneId, 'annotations.highlightSelection', {
    keys: [
      { code: 'KeyH', shift: false },
      { code: 'KeyH', mod: true, shift: true },
    ],
    when: canHighlight,
    run: openCreateEditor,
  });
  // Escape drops the selection and its toolbar, as it closes any other popup.
  useCommand(paneId, 'annotations.dropSelection', {
    keys: [{ key: 'Escape' }],
    when: canHighlight,
    run: () => document.getSelection()?.removeAllRanges(),
  });

  // A click on painted text opens that highlight; a click on plain text lets the current one go.
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    function onClick(event: MouseEvent) {
      const selection = document.getSelection();
      if (selection && !selection.isCollapsed) return;
      const hit = highlightAtPoint(event.clientX, event.clientY, highlights, ranges, paragraphs, textNodes);
      if (hit) {
        setActiveHighlightId(hit.id);
        setEditor({ mode: 'edit', highlight: hit });
      } else if ((event.target as Element | null)?.closest?.('.para-text')) {
        setActiveHighlightId(undefined);
      }
    }
    let frame = 0;
    function onMouseMove(event: MouseEvent) {
      const { clientX, clientY } = event;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const over = highlightAtPoint(clientX, clientY, highlights, ranges, paragraphs, textNodes) !== undefined;
        scroller?.classList.toggle('is-over-highlight', over);
      });
    }
    scroller.addEventListener('click', onClick);
    scroller.addEventListener('mousemove', onMouseMove);
    return () => {
      cancelAnimationFrame(frame);
      scroller.removeEventListener('click', onClick);
      scroller.removeEventListener('mousemove', onMouseMove);
    };
  }, [scrollerRef, highlights, ranges, paragraphs, textNodes, setActiveHighlightId]);

  // Another view asked for a highlight of this report: scroll to it (the reader flashes it).
  useEffect(() => {
    const request = focusRequest;
    if (!request || request.paneId !== paneId || handledFocus.current === request.serial) return;
    if (highlightsState.status === 'loading' || !textReady) return;
    handledFocus.current = request.serial;
    const highlight = highlights.find((each) => each.id === request.highlightId);
    if (!highlight || highlight.status !== 'anchored') return;
    dispatch({ type: 'reveal-span', paneId, span: highlight.target.position });
    if (request.openEditor) setEditor({ mode: 'edit', highlight });
  }, [focusRequest, paneId, highlights, highlightsState.status, textReady, dispatch]);

  // An undo may take away the highlight being edited.
  useEffect(() => {
    if (
      editor?.mode === 'edit' &&
      highlightsState.status === 'ready' &&
      !highlights.some((each) => each.id === editor.highlight.id)
    ) {
      setEditor(undefined);
    }
  }, [editor, highlights, highlightsState.status]);

  async function highlightWithCode(code: ListedCode) {
    if (!selected) return;
    try {
      const created = await api.call('annotations.create', {
        docId: doc.id,
        ...selected,
        codeIds: [code.id],
        note: '',
      });
      rememberCodes([code.id]);
      setActiveHighlightId(created.id);
      document.getSelection()?.removeAllRanges();
      notify(t.highlightSaved, { undoable: true });
      refresh(doc.id);
    } catch (error) {
      notify(localizedMessage(error, language), { tone: 'error' });
    }
  }

  const created = useRef(false);
  const closeEditor = useCallback(() => {
    // A cancelled new highlight gives its passage back as a selection, to try again or copy it.
    const cancelled = editor?.mode === 'create' && !created.current ? editor : undefined;
    created.current = false;
    setEditor(undefined);
    scrollerRef.current?.focus({ preventScroll: true });
    const range = cancelled && spanRanges(cancelled, paragraphs, textNodes);
    if (range && range.length > 0) {
      const whole = new Range();
      whole.setStart(range[0]!.startContainer, range[0]!.startOffset);
      whole.setEnd(range[range.length - 1]!.endContainer, range[range.length - 1]!.endOffset);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(whole);
    }
  }, [editor, scrollerRef, paragraphs, textNodes]);

  // The codes used last in this session, then the project's most used ones.
  const quickCodes = useMemo(() => {
    const recent = recentCodeIds.flatMap((id) => codesById.get(id) ?? []);
    const mostUsed = codes
      .filter((code) => code.count > 0 && !recentCodeIds.includes(code.id))
      .sort((a, b) => b.count - a.count);
    return [...recent, ...mostUsed].slice(0, QUICK_CODES_SHOWN);
  }, [recentCodeIds, codesById, codes]);

  const editorAnchor = useCallback(() => {
    if (!editor) return undefined;
    return passageWithNeighbours(editor.mode === 'create' ? pendingRanges : ranges.get(editor.highlight.id));
  }, [editor, pendingRanges, ranges]);
  const selectionAnchor = useCallback(
    () => (selected ? passageWithNeighbours(spanRanges(selected, paragraphs, textNodes)) : undefined),
    [selected, paragraphs, textNodes],
  );

  return (
    <>
      {selected && !editor && available && (
        <SelectionToolbar
          anchor={selectionAnchor}
          scroller={scrollerRef}
          quickCodes={quickCodes}
          onHighlight={openCreateEditor}
          onQuickCode={(code) => void highlightWithCode(code)}
        />
      )}
      {editor && (
        <HighlightEditor
          key={editor.mode === 'edit' ? editor.highlight.id : `new-${editor.start}-${editor.end}`}
          target={editor}
          anchor={editorAnchor}
          scroller={scrollerRef}
          onClose={closeEditor}
          onCreated={() => {
            created.current = true;
            document.getSelection()?.removeAllRanges();
          }}
        />
      )}
    </>
  );
}
