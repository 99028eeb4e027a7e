import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
} from 'react';
import type { DocumentDetail } from '../../src-main/api/types';
import { useWorkbench } from '../app/WorkbenchContext';
import { comparePanes, MAX_COMPARE_COLUMNS, type Pane } from '../app/workbenchState';
import { useDocument } from '../documents/useDocument';
import { useStrings } from '../i18n/useStrings';
import type { SpanLayers } from '../reader/spanLayers';
import { alignedPosition, type AlignedBox } from './alignedScroll';
import { assignRows, levelRows, unlevelRows, type RowGroup } from './alignedRows';
import { CompareColumn, readingLine, type ColumnHandle } from './CompareColumn';
import { columnLayers } from './compareLayers';
import { ComparePicker } from './ComparePicker';
import type { Comparison, FactRow } from './compareTypes';
import { FactsTable } from './FactsTable';
import { drawConnectors } from './drawConnectors';
import { passageAt, publisherOf } from './provenance';
import { SharedPassages } from './SharedPassages';
import { useComparison } from './useComparison';
import { useDocumentDetails } from './useDocumentDetails';
import { VariationHeatMap, type HeatStretch } from './VariationHeatMap';
import './compare.css';
import { useReportDialog } from '../report/ReportDialogContext';
import { useSettings } from '../settings/SettingsContext';

/** The legend's swatches, each named by its string: one per kind of mark the columns paint. */
const LEGEND = [
  ['passage', 'legendPassage'],
  ['first', 'legendFirst'],
  ['unique', 'legendUnique'],
  ['moved', 'legendMoved'],
  ['diff', 'legendDifference'],
  ['minor', 'legendMinor'],
] as const;

const EMPTY_LAYERS: SpanLayers = new Map();
const NO_STARTS: readonly number[] = [];

/** The blocks a column's text is drawn in (paragraphs, or sentences in the rows layout), in order. */
const blocksOf = (handle: ColumnHandle) => [
  ...handle.scroller.querySelectorAll<HTMLElement>('[data-testid=reader-text] > .para'),
];
/** Where the rows a column has no block for are made up at the end of its text. */
const textEndOf = (handle: ColumnHandle) =>
  handle.scroller.querySelector<HTMLElement>('[data-testid=reader-text]') ?? handle.scroller;

/**
 * Levels the columns row by row: the in-order aligned groups (taken in the base's reading order)
 * become rows across the columns, every other block a row of its own.
 */
function levelAlignedRows(comparison: Comparison, columns: readonly ColumnHandle[]): void {
  const blocks = columns.map(blocksOf);
  const starts = blocks.map((column) => column.map((block) => Number(block.dataset.start)));
  // The block holding an offset: the last one starting at or before it.
  const blockAt = (column: number, offset: number) => {
    const own = starts[column]!;
    let found = -1;
    for (let index = 0; index < own.length && own[index]! <= offset; index++) found = index;
    return found;
  };
  const place = (group: RowGroup) => {
    const base = group.members.find((member) => columns[member.column]?.docId === comparison.baseId);
    const first = base ?? group.members[0]!;
    return first.block / Math.max(1, blocks[first.column]!.length);
  };
  const groups: RowGroup[] = comparison.alignment
    .filter((group) => !group.moved)
    .map((group) => ({
      members: group.members.flatMap((member) => {
        const column = columns.findIndex((handle) => handle.docId === member.docId);
        const block = column < 0 ? -1 : blockAt(column, member.start);
        return block < 0 ? [] : [{ column, block }];
      }),
    }))
    .filter((group) => group.members.length >= 2)
    .sort((a, b) => place(a) - place(b));
  const { rowOf, rowCount } = assignRows(
    blocks.map((column) => column.length),
    groups,
  );
  levelRows(
    columns.map((handle, index) => ({
      blocks: blocks[index]!,
      rows: rowOf[index]!,
      end: textEndOf(handle),
    })),
    rowCount,
  );
}

interface CompareViewProps {
  panelsShown: boolean;
  onTogglePanels(): void;
}

/** Loads a column's report, then draws the column. */
function LoadedColumn(props: { pane: Pane; render(doc: DocumentDetail): ReactNode }) {
  const t = useStrings();
  const state = useDocument(props.pane.documentId);
  if (state.status === 'ready' && state.document.id === props.pane.documentId)
    return <>{props.render(state.document)}</>;
  return (
    <section className="compare-column">
      <p className={`empty-note${state.status === 'failed' ? ' error-text' : ''}`}>
        {state.status === 'failed' ? t.documentFailed(state.reason) : t.documentLoading}
      </p>
    </section>
  );
}

/** Boxes of the groups two columns share, measured in each: what scroll locking maps a line through. */
function alignedBoxes(comparison: Comparison, from: ColumnHandle, to: ColumnHandle): AlignedBox[] {
  const boxes: AlignedBox[] = [];
  for (const group of comparison.alignment) {
    const a = group.members.find((member) => member.docId === from.docId);
    const b = group.members.find((member) => member.docId === to.docId);
    if (!a || !b) continue;
    const fromBox = from.measure(a);
    const toBox = to.measure(b);
    if (!fromBox || !toBox) continue;
    boxes.push({
      fromTop: fromBox.top,
      fromBottom: fromBox.bottom,
      toTop: toBox.top,
      toBottom: toBox.bottom,
      moved: group.moved,
    });
  }
  return boxes;
}

/**
 * Two to four reports side by side (columns run right to left), painted with what `compare.run`
 * returns: shared passages in one tint per passage in every column, word differences, unique and
 * moved sentences, connectors between aligned sentences, a heat map along the base and the facts table.
 */
export function CompareView({ panelsShown, onTogglePanels }: CompareViewProps) {
  const t = useStrings();
  const { state, dispatch } = useWorkbench();
  const panes = comparePanes(state);
  const basePane = panes.find((pane) => pane.id === state.compare.basePaneId) ?? panes[0];
  const ids = useMemo(() => panes.map((pane) => pane.documentId), [panes]);
  const { openReport } = useReportDialog();
  const comparisonState = useComparison(ids, basePane?.documentId);
  const comparison =
    comparisonState.status === 'ready'
      ? comparisonState.comparison
      : comparisonState.status === 'loading'
        ? comparisonState.previous
        : undefined;
  const [locked, setLocked] = useState(true);
  const [rows, setRows] = useState(false);
  const [levelSerial, setLevelSerial] = useState(0);
  const { settings } = useSettings();
  const [factsShown, setFactsShown] = useState(true);
  const [passagesShown, setPassagesShown] = useState(false);
  const [picking, setPicking] = useState(false);
  const handles = useRef(new Map<string, ColumnHandle>());
  const [handleCount, setHandleCount] = useState(0);
  const driver = useRef<string | undefined>(undefined);
  const frame = useRef(0);
  const svgRef = useRef<SVGSVGElement>(null);
  const columnsRef = useRef<HTMLDivElement>(null);
  const [stretches, setStretches] = useState<HeatStretch[]>([]);

  const layersByDoc = useMemo(() => {
    const layers = new Map<string, ReturnType<typeof columnLayers>>();
    if (comparison)
      for (const document of comparison.documents) layers.set(document.id, columnLayers(comparison, document.id));
    return layers;
  }, [comparison]);

  const sentenceStarts = useMemo(() => {
    const byDoc = new Map<string, number[]>();
    if (rows && comparison)
      for (const sentence of comparison.sentences)
        byDoc.set(sentence.docId, [...(byDoc.get(sentence.docId) ?? []), sentence.start]);
    return byDoc;
  }, [rows, comparison]);

  const onHandle = useCallback((paneId: string, handle: ColumnHandle | undefined) => {
    if (handle) handles.current.set(paneId, handle);
    else handles.current.delete(paneId);
    setHandleCount(handles.current.size);
  }, []);

  const orderedHandles = useCallback(() => panes.flatMap((pane) => handles.current.get(pane.id) ?? []), [panes]);

  const redrawConnectors = useCallback(() => {
    const svg = svgRef.current;
    const container = columnsRef.current;
    if (svg && container && comparison) drawConnectors(svg, container, orderedHandles(), comparison);
  }, [comparison, orderedHandles]);

  /** Scrolls every other column so the line read in `fromId` sits level with its aligned counterpart. */
  const follow = useCallback(
    (fromId: string) => {
      const from = handles.current.get(fromId);
      if (!from || !comparison) return;
      const line = from.scroller.scrollTop + readingLine(from.scroller);
      for (const to of orderedHandles()) {
        if (to.paneId === fromId) continue;
        // In rows every column has the same rows of the same heights: the same pixel is the same row.
        if (rows) {
          to.scroller.scrollTop = from.scroller.scrollTop;
          continue;
        }
        const target = alignedPosition(alignedBoxes(comparison, from, to), line);
        if (target !== undefined) to.scroller.scrollTop = Math.max(0, target - readingLine(to.scroller));
      }
    },
    [comparison, orderedHandles, rows],
  );

  const onScroll = useCallback(
    (paneId: string) => {
      cancelAnimationFrame(frame.current);
      frame.current = requestAnimationFrame(() => {
        // Only the column the user drives leads; the others' scroll events are the echo of following it.
        if (locked && driver.current === paneId) follow(paneId);
        redrawConnectors();
      });
    },
    [locked, follow, redrawConnectors],
  );
  const onDrive = useCallback((paneId: string) => {
    driver.current = paneId;
  }, []);

  // Once every column is laid out (and again when the comparison, the columns or the base change):
  // level them and draw. Keyed by ids, not by the pane objects, which change with every reveal: a
  // fact's jump or a hit's reveal must not be levelled back to the base.
  const latest = useRef({ follow, redrawConnectors });
  useLayoutEffect(() => {
    latest.current = { follow, redrawConnectors };
  });
  const paneKey = panes.map((pane) => pane.id).join('\n');
  const baseId = basePane?.id;

  // The rows layout is measured once every column has its sentence blocks, and again whenever a
  // column changes width or the reading font changes size; leaving it takes the levelling away.
  const level = useRef(() => {});
  useLayoutEffect(() => {
    level.current = () => {
      if (!rows || !comparison) return;
      levelAlignedRows(comparison, orderedHandles());
      setLevelSerial((serial) => serial + 1);
    };
  });
  useEffect(() => {
    if (!rows || !comparison || handleCount < paneKey.split('\n').length) return;
    level.current();
    const columns = [...handles.current.values()];
    return () => unlevelRows(columns.map((handle) => ({ blocks: blocksOf(handle), end: textEndOf(handle) })));
  }, [rows, comparison, handleCount, paneKey, baseId, settings.fontSize, settings.lineHeight]);
  useEffect(() => {
    if (!comparison || handleCount < paneKey.split('\n').length) return;
    if (locked && baseId !== undefined && handles.current.has(baseId)) latest.current.follow(baseId);
    latest.current.redrawConnectors();
    const observer = new ResizeObserver(() => {
      level.current();
      latest.current.redrawConnectors();
    });
    for (const handle of handles.current.values()) observer.observe(handle.scroller);
    return () => observer.disconnect();
  }, [comparison, handleCount, paneKey, baseId, locked, rows]);

  // The heat map is placed by where the base's sentences really are, not by character counts.
  useEffect(() => {
    const base = basePane && handles.current.get(basePane.id);
    if (!comparison || !base) {
      setStretches([]);
      return;
    }
    const total = Math.max(1, base.scroller.scrollHeight);
    setStretches(
      comparison.baseVariation.flatMap((stretch) => {
        const box = base.measure(stretch);
        return box ? [{ ...stretch, top: box.top / total, height: (box.bottom - box.top) / total }] : [];
      }),
    );
  }, [comparison, basePane, handleCount, levelSerial]);

  const pickStretch = useCallback(
    (stretch: HeatStretch) => {
      const base = basePane && handles.current.get(basePane.id);
      if (!base) return;
      const box = base.measure(stretch);
      if (box) base.scroller.scrollTop = Math.max(0, box.top - readingLine(base.scroller));
      driver.current = base.paneId;
      follow(base.paneId);
      redrawConnectors();
      dispatch({ type: 'reveal-span', paneId: base.paneId, span: stretch });
    },
    [basePane, follow, redrawConnectors, dispatch],
  );

  // A fact sends every column to its own cell of the row; nobody leads, so locking does not undo the jump.
  const pickFact = useCallback(
    (row: FactRow) => {
      driver.current = undefined;
      for (const pane of panes) {
        const cell = row.cells.find((each) => each.docId === pane.documentId);
        if (cell) dispatch({ type: 'reveal-span', paneId: pane.id, span: { start: cell.start, end: cell.end } });
      }
      requestAnimationFrame(redrawConnectors);
    },
    [panes, dispatch, redrawConnectors],
  );

  // Focus lands on a column's text, which makes that column the focused pane its keys go to.
  const focusNeighbour = useCallback(
    (paneId: string, step: number) => {
      const at = panes.findIndex((pane) => pane.id === paneId);
      const next = panes[(at + step + panes.length) % panes.length];
      if (at >= 0 && next) handles.current.get(next.id)?.scroller.focus();
    },
    [panes],
  );
  const closeColumn = useCallback(
    (paneId: string) => {
      const at = panes.findIndex((pane) => pane.id === paneId);
      const neighbour = panes[at + 1] ?? panes[at - 1];
      const hadFocus = document.activeElement?.closest(`[data-pane-id="${paneId}"]`) != null;
      dispatch({ type: 'close-pane', paneId });
      if (hadFocus && neighbour) requestAnimationFrame(() => handles.current.get(neighbour.id)?.scroller.focus());
    },
    [panes, dispatch],
  );

  const pickPassage = useCallback(
    (index: number) => {
      const passage = comparison?.passages[index];
      if (!passage) return;
      driver.current = undefined;
      for (const pane of panes) {
        const span = passage.spans.find((each) => each.docId === pane.documentId);
        if (span) dispatch({ type: 'reveal-span', paneId: pane.id, span: { start: span.start, end: span.end } });
      }
      requestAnimationFrame(redrawConnectors);
    },
    [comparison, panes, dispatch, redrawConnectors],
  );

  // Over a shared passage, a column's tooltip says which report published it first.
  const describeAt = useCallback(
    (docId: string, offset: number) => {
      if (!comparison) return undefined;
      const index = passageAt(comparison, docId, offset);
      const firstId = index === undefined ? undefined : comparison.passages[index]?.firstDocId;
      if (firstId === undefined) return undefined;
      if (firstId === docId) return t.publishedFirstHere;
      const first = comparison.documents.find((document) => document.id === firstId);
      if (!first) return undefined;
      const publisher = publisherOf(first);
      return t.publishedFirst(publisher.name || t.untitled, publisher.when);
    },
    [comparison, t],
  );

  const documentsInOrder = useMemo(
    () => (comparison ? ids.flatMap((id) => comparison.documents.find((document) => document.id === id) ?? []) : []),
    [comparison, ids],
  );
  const details = useDocumentDetails(passagesShown ? ids : []);

  const status =
    panes.length < 2
      ? t.compareAddAnother
      : comparisonState.status === 'failed'
        ? t.compareFailed(comparisonState.reason)
        : comparisonState.status === 'loading'
          ? t.comparing
          : undefined;

  return (
    <div
      className={`compare-view${rows ? ' is-rows' : ''}`}
      aria-label={t.compareViewLabel}
      role="region"
      data-testid="compare-view"
      data-painted={comparisonState.status === 'ready' && handleCount === panes.length ? 'true' : undefined}
      style={{ '--compare-columns': panes.length } as CSSProperties}
    >
      <div className="compare-toolbar">
        <button
          type="button"
          className="button button-small"
          aria-pressed={locked}
          onClick={() => setLocked((value) => !value)}
          data-testid="compare-lock"
        >
          {t.scrollLock}
        </button>
        <button
          type="button"
          className="button button-small"
          aria-pressed={rows}
          title={t.alignedRowsHint}
          onClick={() => setRows((value) => !value)}
          data-testid="compare-rows"
        >
          {t.alignedRows}
        </button>
        <button
          type="button"
          className="button button-small"
          aria-pressed={factsShown}
          onClick={() => setFactsShown((value) => !value)}
        >
          {t.factsToggle}
        </button>
        <button
          type="button"
          className="button button-small"
          aria-pressed={passagesShown}
          onClick={() => setPassagesShown((value) => !value)}
          data-testid="compare-passages-toggle"
        >
          {t.passagesToggle}
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={panes.length >= MAX_COMPARE_COLUMNS}
          onClick={() => setPicking(true)}
          data-testid="compare-add-column"
        >
          + {t.addColumn}
        </button>
        <button
          type="button"
          className="button button-small"
          aria-pressed={panelsShown}
          onClick={onTogglePanels}
          data-testid="compare-panels"
        >
          {panelsShown ? t.hidePanels : t.showPanels}
        </button>
        <button
          type="button"
          className="button button-small"
          disabled={ids.length < 2}
          onClick={() => openReport({ compareIds: ids })}
          data-testid="compare-report"
        >
          {t.reportOfComparison}
        </button>
        <span className="compare-keys" role="note" tabIndex={0} title={t.columnKeysHint} aria-label={t.columnKeysHint}>
          <span aria-hidden="true">⌨</span>
        </span>
        <ul className="compare-legend" aria-label={t.legendLabel}>
          {LEGEND.map(([kind, label]) => (
            <li key={kind}>
              <span className={`legend-swatch legend-${kind}`} aria-hidden="true" />
              {t[label]}
            </li>
          ))}
        </ul>
        {status && (
          <span className="compare-status" role="status">
            {status}
          </span>
        )}
      </div>
      {/* Columns run right to left whatever the interface language: the reports are Arabic. */}
      <div ref={columnsRef} className="compare-columns" dir="rtl">
        {panes.map((pane) => (
          <LoadedColumn
            key={pane.id}
            pane={pane}
            render={(doc) => (
              <CompareColumn
                pane={pane}
                doc={doc}
                layers={layersByDoc.get(doc.id) ?? EMPTY_LAYERS}
                isBase={pane.id === basePane?.id}
                canClose={panes.length > 1}
                onMakeBase={() => dispatch({ type: 'set-compare-base', paneId: pane.id })}
                onClose={() => closeColumn(pane.id)}
                onFocusNeighbour={focusNeighbour}
                onHandle={onHandle}
                onScroll={onScroll}
                onDrive={onDrive}
                describeAt={(offset) => describeAt(doc.id, offset)}
                sentenceStarts={rows ? (sentenceStarts.get(doc.id) ?? NO_STARTS) : undefined}
                aside={
                  pane.id === basePane?.id && stretches.length > 0 ? (
                    <VariationHeatMap stretches={stretches} onPick={pickStretch} />
                  ) : undefined
                }
              />
            )}
          />
        ))}
        <svg ref={svgRef} className="compare-connectors" aria-hidden="true" />
      </div>
      {passagesShown && comparison && (
        <SharedPassages comparison={comparison} documents={documentsInOrder} details={details} onPick={pickPassage} />
      )}
      {factsShown && comparison && (
        <FactsTable rows={comparison.facts} documents={documentsInOrder} onPick={pickFact} />
      )}
      {picking && (
        <ComparePicker
          excludeIds={ids}
          onClose={() => setPicking(false)}
          onPick={(document) => {
            setPicking(false);
            dispatch({ type: 'add-compare-column', document });
          }}
        />
      )}
    </div>
  );
}
