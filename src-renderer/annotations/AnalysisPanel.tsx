import { useId, type KeyboardEvent } from 'react';
import { CodebookView } from '../codebook/CodebookView';
import { useStrings } from '../i18n/useStrings';
import { useAnnotationData } from './AnnotationDataContext';
import { useAnalysisNavigation, type AnnotationsSubview } from './AnalysisNavigationContext';
import { HighlightsBrowser } from './HighlightsBrowser';
import { MemosView } from './MemosView';

const VIEWS: AnnotationsSubview[] = ['highlights', 'codes', 'memos'];

/** The side panel's Analysis tab: the project's highlights, its codebook and its memos. */
export function AnalysisPanel() {
  const t = useStrings();
  const id = useId();
  const { subview, showSubview } = useAnalysisNavigation();
  const { status } = useAnnotationData();
  const labels: Record<AnnotationsSubview, string> = {
    highlights: t.subviewHighlights,
    codes: t.subviewCodes,
    memos: t.subviewMemos,
  };

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const index = VIEWS.indexOf(subview);
    let next: number;
    if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = VIEWS.length - 1;
    else if (event.key === 'ArrowRight') next = index + (rtl ? -1 : 1);
    else if (event.key === 'ArrowLeft') next = index + (rtl ? 1 : -1);
    else return;
    event.preventDefault();
    const view = VIEWS[(next + VIEWS.length) % VIEWS.length]!;
    showSubview(view);
    requestAnimationFrame(() => document.getElementById(`${id}-tab-${view}`)?.focus());
  }

  return (
    <div className="side-view analysis-panel">
      <div className="analysis-switch">
        <div role="tablist" aria-label={t.analysisViewsLabel} className="segmented" onKeyDown={onKeyDown}>
          {VIEWS.map((view) => (
            <button
              key={view}
              id={`${id}-tab-${view}`}
              type="button"
              role="tab"
              aria-selected={subview === view}
              aria-controls={`${id}-panel`}
              tabIndex={subview === view ? 0 : -1}
              className="segment"
              onClick={() => showSubview(view)}
              data-testid={`analysis-tab-${view}`}
            >
              {labels[view]}
            </button>
          ))}
        </div>
      </div>
      <div id={`${id}-panel`} role="tabpanel" aria-labelledby={`${id}-tab-${subview}`} className="side-view">
        {status?.state === 'corrupt' ? (
          <p className="empty-note">{t.annotationsUnavailable}</p>
        ) : subview === 'highlights' ? (
          <HighlightsBrowser />
        ) : subview === 'codes' ? (
          <CodebookView />
        ) : (
          <MemosView />
        )}
      </div>
    </div>
  );
}
