import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useWorkbench } from '../app/WorkbenchContext';
import { focusedDocumentId } from '../app/workbenchState';
import { CompareSelectionBar } from '../compare/CompareSelectionBar';
import { usePickedReports } from '../compare/usePickedReports';
import { useOpenPickedCommand } from '../compare/useOpenPickedCommand';
import { useStrings } from '../i18n/useStrings';
import { useProjectInfo } from '../project/ProjectInfoContext';
import { LibraryFilters } from './LibraryFilters';
import { LibraryRow } from './LibraryRow';
import { useLibraryPages, type LibraryFilter } from './useLibraryPages';

const ROW_HEIGHT = 60;

/**
 * Every report in the project, as a virtual list: only the rows on screen exist in the DOM and
 * only the pages scrolled past are fetched, so 30,000 reports scroll like 30.
 */
export function LibraryPanel() {
  const t = useStrings();
  const listId = useId();
  const { info, libraryGeneration } = useProjectInfo();
  const { state, dispatch, lastSearchQuery } = useWorkbench();
  // Newest first: on a news corpus the latest reports are the ones a reader comes for.
  const [filter, setFilter] = useState<LibraryFilter>({ sort: 'date', descending: true });
  const { total, error, rowAt, requestRows } = useLibraryPages(filter, libraryGeneration);
  const [activeIndex, setActiveIndex] = useState(0);
  const picks = usePickedReports();
  const panelRef = useRef<HTMLDivElement>(null);
  useOpenPickedCommand(picks, panelRef);
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = total ?? 0;

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index;
  const last = items[items.length - 1]?.index;

  // A new filter, sort or re-import is a new list: it starts at its first row, never at the old
  // list's scroll offset, where nothing would ask for the rows on screen.
  const listKey = `${libraryGeneration}\n${JSON.stringify(filter)}`;
  useEffect(() => {
    setActiveIndex(0);
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
    virtualizer.scrollToOffset(0);
  }, [listKey, virtualizer]);

  useEffect(() => {
    if (first !== undefined && last !== undefined) requestRows(first, last);
  }, [first, last, requestRows, listKey]);

  function open(index: number) {
    const document = rowAt(index);
    if (document) {
      dispatch({
        type: 'open-document',
        documentId: document.id,
        title: document.title,
        query: lastSearchQuery.current,
      });
    }
  }

  function moveTo(index: number) {
    const clamped = Math.max(0, Math.min(count - 1, index));
    setActiveIndex(clamped);
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
      Home: 0,
      End: count - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key]!);
    } else if (event.key === 'Enter' && !(event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      open(activeIndex);
    } else if (event.key === ' ') {
      // Space picks the active report for the compare view (Ctrl/⌘+Enter then compares the picked).
      event.preventDefault();
      const document = rowAt(activeIndex);
      if (document) picks.toggle({ documentId: document.id, title: document.title });
    }
  }

  const activeRow = rowAt(activeIndex);
  const emptyMessage = total === 0 ? (info.documentCount === 0 ? t.libraryEmpty : t.libraryNoMatch) : undefined;

  return (
    <div ref={panelRef} className="side-view">
      <LibraryFilters filter={filter} facets={info.facets} onChange={setFilter} />
      <div className="list-status" role="status" aria-live="polite">
        {error ?? (total !== undefined ? t.libraryCount(total, info.documentCount) : t.loading)}
      </div>
      <CompareSelectionBar picks={picks} />
      {emptyMessage ? (
        <p className="empty-note">{emptyMessage}</p>
      ) : (
        <div
          ref={scrollRef}
          className="virtual-scroll"
          role="listbox"
          id={listId}
          tabIndex={0}
          aria-label={t.libraryTab}
          aria-activedescendant={activeRow ? `${listId}-${activeIndex}` : undefined}
          onKeyDown={onKeyDown}
          data-testid="library-list"
        >
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const document = rowAt(item.index);
              return (
                <div
                  key={item.key}
                  id={`${listId}-${item.index}`}
                  role="option"
                  aria-selected={item.index === activeIndex}
                  aria-setsize={count}
                  aria-posinset={item.index + 1}
                  className="virtual-row"
                  data-document-id={document?.id}
                  style={{ height: item.size, transform: `translateY(${item.start}px)` }}
                  data-picked={document && picks.isPicked(document.id) ? 'true' : undefined}
                  onClick={(event) => {
                    setActiveIndex(item.index);
                    // Ctrl/⌘+click picks reports for the compare view instead of opening one.
                    if ((event.ctrlKey || event.metaKey) && document)
                      picks.toggle({ documentId: document.id, title: document.title });
                    else open(item.index);
                  }}
                >
                  <LibraryRow
                    document={document}
                    active={item.index === activeIndex}
                    open={document !== undefined && document.id === focusedDocumentId(state)}
                  />
                </div>
              );
            })}
          </div>
        </div>
      )}
    </div>
  );
}
