import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { typoReadingsByWord } from '../../src-shared/typoReadings';
import { AnnotationSearchHits } from '../annotations/AnnotationSearchHits';
import { useWorkbench } from '../app/WorkbenchContext';
import { useCommand } from '../commands/CommandContext';
import { GLOBAL_SCOPE } from '../commands/commandRegistry';
import { CompareSelectionBar } from '../compare/CompareSelectionBar';
import { usePickedReports } from '../compare/usePickedReports';
import { useOpenPickedCommand } from '../compare/useOpenPickedCommand';
import { useStrings } from '../i18n/useStrings';
import { useProjectInfo } from '../project/ProjectInfoContext';
import { QuerySyntaxHelp } from './QuerySyntaxHelp';
import { SearchFilterControls } from './SearchFilterControls';
import { SearchResultItem } from './SearchResultItem';
import { SEARCH_RESULTS_ID, useSearchQuery } from './SearchQueryContext';
import { useSearch, type SearchFilters } from './useSearch';

export function SearchPanel() {
  const t = useStrings();
  const id = useId();
  const { info, libraryGeneration } = useProjectInfo();
  const { dispatch, lastSearchQuery } = useWorkbench();
  const { query, setActiveResultId } = useSearchQuery();
  const [filters, setFilters] = useState<SearchFilters>({});
  const [helpOpen, setHelpOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  const picks = usePickedReports();
  const { state, loadMore } = useSearch(query, filters, libraryGeneration);
  const listRef = useRef<HTMLUListElement>(null);

  const result = state.status === 'done' ? state.result : state.status === 'searching' ? state.previous : undefined;
  const hits = result?.hits ?? [];

  useCommand(GLOBAL_SCOPE, 'search.help', { run: () => setHelpOpen(true) });
  // The field in the top bar moves in the results and opens one through these.
  const move = (step: number) => setActiveIndex((index) => Math.max(0, Math.min(hits.length - 1, index + step)));
  useCommand(GLOBAL_SCOPE, 'search.nextResult', { run: () => move(1) });
  useCommand(GLOBAL_SCOPE, 'search.previousResult', { run: () => move(-1) });
  useCommand(GLOBAL_SCOPE, 'search.openResult', { run: () => open(activeIndex) });
  useCommand(GLOBAL_SCOPE, 'search.pickResult', { run: () => pick(activeIndex) });
  const panelRef = useRef<HTMLDivElement>(null);
  useOpenPickedCommand(picks, panelRef);
  useEffect(
    () => setActiveResultId(hits[activeIndex] ? `${id}-result-${activeIndex}` : undefined),
    [hits, activeIndex, id, setActiveResultId],
  );

  useEffect(() => setActiveIndex(0), [result?.query, filters]);

  useEffect(() => {
    // Reports opened from the library afterwards paint the hits of the latest search too.
    // Only a search that found reports carries over: a query that found nothing (a typo, an unclosed
    // quote) would open every report with an empty find bar reading «0 / 0».
    if (state.status === 'done') lastSearchQuery.current = state.result.total > 0 ? state.query : '';
    else if (state.status === 'idle' || state.status === 'failed') lastSearchQuery.current = '';
  }, [state, lastSearchQuery]);

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);

  function open(index: number) {
    const hit = hits[index];
    if (!hit || !result) return;
    dispatch({
      type: 'open-document',
      documentId: hit.id,
      title: hit.title,
      query: result.query,
      revealFirstHit: true,
    });
  }

  function pick(index: number) {
    const hit = hits[index];
    if (hit) picks.toggle({ documentId: hit.id, title: hit.title });
  }

  const openLatest = useRef(open);
  const pickLatest = useRef(pick);
  useLayoutEffect(() => {
    openLatest.current = open;
    pickLatest.current = pick;
  });
  const onOpenResult = useCallback((index: number, pick: boolean) => {
    setActiveIndex(index);
    if (pick) pickLatest.current(index);
    else openLatest.current(index);
  }, []);

  let status: string;
  if (state.status === 'idle') status = t.searchIdle;
  else if (state.status === 'failed') status = t.searchFailed(state.reason);
  else if (state.status === 'searching' && !result) status = t.searching;
  // With none as typed, the typo notice already says what the results were found as.
  else if (result?.typedTotal) status = t.resultCountTyped(result.total, result.typedTotal);
  else status = t.resultCount(result?.total ?? 0);

  // The results list answers the keys the search field does, and Space picks for the compare view.
  function onListKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter' && !(event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      open(activeIndex);
    } else if (event.key === ' ') {
      event.preventDefault();
      pick(activeIndex);
    }
  }

  return (
    <div ref={panelRef} className="side-view">
      <div className="panel-controls">
        <div className="control-row search-panel-tools">
          <span className="field-hint">{t.searchShortcutHint}</span>
          <button
            type="button"
            className={`icon-button${helpOpen ? ' is-on' : ''}`}
            aria-expanded={helpOpen}
            aria-controls={`${id}-help`}
            aria-label={t.searchHelpToggle}
            title={t.searchHelpToggle}
            onClick={() => setHelpOpen((open) => !open)}
          >
            <span aria-hidden="true">?</span>
          </button>
        </div>
        {helpOpen && <QuerySyntaxHelp id={`${id}-help`} />}
        <SearchFilterControls filters={filters} facets={info.facets} onChange={setFilters} />
      </div>
      <div
        id={`${id}-status`}
        className={`list-status${state.status === 'searching' ? ' is-busy' : ''}`}
        role="status"
        aria-live="polite"
        data-testid="search-status"
      >
        {status}
      </div>
      {result?.notice && (
        <p className="notice" role="note" dir="auto" data-testid="search-notice">
          {result.noticeCodes?.length
            ? result.noticeCodes
                .map((code) =>
                  code === 'typo-corrected'
                    ? t.typoReadings(typoReadingsByWord(result.corrections ?? []))
                    : t.queryNotices[code],
                )
                .join(' ')
            : result.notice}
        </p>
      )}
      {result?.partial && hits.length > 0 && <p className="notice notice-soft">{t.partialResults}</p>}
      {hits.length > 1 && <CompareSelectionBar picks={picks} />}
      <AnnotationSearchHits hits={result?.annotationHits} pending={result?.annotationHitsPending === true} />
      {state.status === 'done' && hits.length === 0 && <p className="empty-note">{t.noResults}</p>}
      <ul
        ref={listRef}
        id={SEARCH_RESULTS_ID}
        className="results"
        role="listbox"
        aria-label={t.resultsLabel}
        // Scrolls on its own, so it must be reachable by keyboard too (arrows in the search box also move in it).
        tabIndex={0}
        aria-activedescendant={hits[activeIndex] ? `${id}-result-${activeIndex}` : undefined}
        onKeyDown={onListKeyDown}
        data-query={state.status === 'done' ? state.query : undefined}
        data-testid="search-results"
      >
        {hits.map((hit, index) => (
          <SearchResultItem
            key={hit.id}
            id={`${id}-result-${index}`}
            index={index}
            hit={hit}
            active={index === activeIndex}
            onOpen={onOpenResult}
            picked={picks.isPicked(hit.id)}
          />
        ))}
        {result && hits.length < result.total && (
          <li className="results-more" role="presentation">
            <button
              type="button"
              className="button"
              onClick={loadMore}
              disabled={state.status === 'done' && state.loadingMore}
            >
              {t.loadMore}
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}
