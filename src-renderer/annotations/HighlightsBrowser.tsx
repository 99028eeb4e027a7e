import { useEffect, useId, useMemo, useState } from 'react';
import type { ListedHighlight } from '../../src-main/api/types';
import { codeTreeRows } from '../codebook/codeTree';
import { useStrings } from '../i18n/useStrings';
import { useProjectInfo } from '../project/ProjectInfoContext';
import { useSettings } from '../settings/SettingsContext';
import { useAnnotationData } from './AnnotationDataContext';
import { useHighlightFilter } from './HighlightFilterContext';
import { useHighlightFocus } from './HighlightFocusContext';
import { useExportDialog } from '../export/ExportDialogContext';
import { HighlightCard } from './HighlightCard';
import { localizedMessage } from './localizedMessage';
import { useHighlightSearch } from './useHighlightSearch';

const TEXT_DEBOUNCE_MS = 200;

interface DocumentGroup {
  docId: string;
  title: string;
  highlights: ListedHighlight[];
}

function groupByDocument(items: readonly ListedHighlight[]): DocumentGroup[] {
  const groups: DocumentGroup[] = [];
  for (const highlight of items) {
    const last = groups[groups.length - 1];
    if (last?.docId === highlight.docId) last.highlights.push(highlight);
    else groups.push({ docId: highlight.docId, title: highlight.document.title, highlights: [highlight] });
  }
  return groups;
}

/** Every highlight of the project, filtered by code, report, source and text; a click opens it in its report. */
export function HighlightsBrowser() {
  const t = useStrings();
  const id = useId();
  const { language } = useSettings().settings;
  const { info } = useProjectInfo();
  const { codes } = useAnnotationData();
  const { filter, setFilter, openedReports } = useHighlightFilter();
  const { activeHighlightId, jumpToHighlight } = useHighlightFocus();
  const { openExport } = useExportDialog();
  const [text, setText] = useState(filter.text ?? '');
  const { state, loadMore } = useHighlightSearch(filter);
  // Report names seen in the list so far, offered by the report filter with the reports opened.
  const [listedReports, setListedReports] = useState<ReadonlyMap<string, string>>(new Map());
  const knownReports = useMemo(() => new Map([...openedReports, ...listedReports]), [openedReports, listedReports]);

  useEffect(() => {
    const timer = setTimeout(() => {
      if ((filter.text ?? '') !== text) setFilter({ ...filter, text: text || undefined });
    }, TEXT_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, filter, setFilter]);

  useEffect(() => setText(filter.text ?? ''), [filter.text]);

  useEffect(() => {
    setListedReports((current) => {
      const next = new Map(current);
      for (const item of state.items) next.set(item.docId, item.document.title);
      return next.size === current.size ? current : next;
    });
  }, [state.items]);

  const codeOptions = useMemo(() => codeTreeRows(codes), [codes]);
  const groups = useMemo(() => groupByDocument(state.items), [state.items]);
  const filtered = Boolean(filter.codeId || filter.docId || filter.source || filter.text || filter.orphansOnly);

  let statusLine: string;
  if (state.status === 'failed') statusLine = t.listFailed(localizedMessage(state.error, language));
  else if (state.status === 'loading' && state.items.length === 0) statusLine = t.loading;
  else statusLine = t.highlightCount(state.total);

  return (
    <div className="side-view" data-testid="highlights-browser">
      <div className="panel-controls">
        <input
          type="search"
          className="text-input"
          aria-label={t.filterTextLabel}
          placeholder={t.filterTextPlaceholder}
          value={text}
          dir="auto"
          onChange={(event) => setText(event.target.value)}
          data-testid="highlights-filter-text"
        />
        <div className="filters-grid">
          <label htmlFor={`${id}-code`}>{t.codeFilterLabel}</label>
          <select
            id={`${id}-code`}
            className="select"
            value={filter.codeId ?? ''}
            onChange={(event) => setFilter({ ...filter, codeId: event.target.value || undefined })}
            data-testid="highlights-filter-code"
          >
            <option value="">{t.allCodes}</option>
            {codeOptions.map(({ code, depth }) => (
              <option key={code.id} value={code.id}>
                {`${'\u00a0\u00a0\u00a0'.repeat(depth)}${code.name} (${code.countWithDescendants})`}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-report`}>{t.reportFilterLabel}</label>
          <select
            id={`${id}-report`}
            className="select"
            value={filter.docId ?? ''}
            onChange={(event) => setFilter({ ...filter, docId: event.target.value || undefined })}
          >
            <option value="">{t.allReports}</option>
            {[...knownReports].map(([docId, title]) => (
              <option key={docId} value={docId}>
                {title || t.untitled}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-source`}>{t.sourceFilterLabel}</label>
          <select
            id={`${id}-source`}
            className="select"
            value={filter.source ?? ''}
            onChange={(event) => setFilter({ ...filter, source: event.target.value || undefined })}
          >
            <option value="">{t.allSourcesOption}</option>
            {info.facets.sources.map((source) => (
              <option key={source.name} value={source.name}>
                {source.name}
              </option>
            ))}
          </select>
        </div>
        <div className="control-row control-row-spread">
          <label className="toggle">
            <input
              type="checkbox"
              checked={Boolean(filter.orphansOnly)}
              onChange={(event) => setFilter({ ...filter, orphansOnly: event.target.checked || undefined })}
            />
            {t.orphansOnly}
          </label>
          {filtered && (
            <button type="button" className="link-button" onClick={() => setFilter({})}>
              {t.clearHighlightFilters}
            </button>
          )}
        </div>
      </div>
      <div className="list-status list-status-row" role="status" aria-live="polite">
        <span data-testid="highlights-count">{statusLine}</span>
        <button
          type="button"
          className="link-button"
          onClick={() => openExport(filtered ? 'filter' : 'all')}
          disabled={state.total === 0}
        >
          {t.exportThese}
        </button>
      </div>
      <div className="annotation-scroll">
        {state.status === 'ready' && state.items.length === 0 && (
          <p className="empty-note">{filtered ? t.noHighlightsMatch : t.noHighlightsYet}</p>
        )}
        {groups.map((group) => (
          <section key={`${group.docId}-${group.highlights[0]?.id}`} className="highlight-group">
            <h3 className="highlight-group-title">
              <button
                type="button"
                className="link-button"
                dir="auto"
                title={t.openReportLabel(group.title)}
                onClick={() => setFilter({ ...filter, docId: group.docId })}
              >
                {group.title || t.untitled}
              </button>
            </h3>
            <ul className="highlight-list" aria-label={t.highlightsListLabel}>
              {group.highlights.map((highlight) => (
                <HighlightCard
                  key={highlight.id}
                  highlight={highlight}
                  active={highlight.id === activeHighlightId}
                  onOpen={() =>
                    jumpToHighlight({ id: highlight.id, docId: highlight.docId, title: highlight.document.title })
                  }
                />
              ))}
            </ul>
          </section>
        ))}
        {state.status === 'ready' && state.items.length < state.total && (
          <div className="results-more">
            <button type="button" className="button" onClick={loadMore} disabled={state.loadingMore}>
              {t.showMore(state.total - state.items.length)}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
