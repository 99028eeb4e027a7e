import { useState } from 'react';
import { useStrings } from '../i18n/useStrings';
import { formatDate } from '../shared/formatDate';
import { useAnnotationData } from './AnnotationDataContext';
import { useAnalysisNavigation } from './AnalysisNavigationContext';
import { MemoEditor } from './MemoEditor';
import { plainPreview } from './plainPreview';

/** The project's memos, newest first, and the one being edited. */
export function MemosView() {
  const t = useStrings();
  const { memos } = useAnnotationData();
  const { openMemoId, openMemo } = useAnalysisNavigation();
  const [creating, setCreating] = useState(false);
  const open = openMemoId ? memos.find((memo) => memo.id === openMemoId) : undefined;
  const sorted = [...memos].sort((a, b) => b.modified.localeCompare(a.modified));

  if (creating || open) {
    return (
      <div className="side-view">
        <div className="annotation-scroll">
          <MemoEditor
            key={open?.id ?? 'new'}
            memo={open}
            onClose={() => {
              setCreating(false);
              openMemo(undefined);
            }}
          />
        </div>
      </div>
    );
  }

  return (
    <div className="side-view" data-testid="memos">
      <div className="panel-controls control-row control-row-spread">
        <span className="muted small">{t.memosLabel}</span>
        <button
          type="button"
          className="button button-primary"
          onClick={() => setCreating(true)}
          data-testid="new-memo"
        >
          + {t.newMemo}
        </button>
      </div>
      <div className="annotation-scroll">
        {sorted.length === 0 ? (
          <p className="empty-note">{t.memosEmpty}</p>
        ) : (
          <ul className="memo-list" aria-label={t.memosLabel}>
            {sorted.map((memo) => (
              <li key={memo.id}>
                <button
                  type="button"
                  className="memo-row"
                  onClick={() => {
                    setCreating(false);
                    openMemo(memo.id);
                  }}
                >
                  <span className="memo-row-title" dir="auto">
                    {memo.title || t.untitledMemo}
                  </span>
                  {memo.body && (
                    <span className="memo-row-body" dir="auto">
                      {plainPreview(memo.body, 120)}
                    </span>
                  )}
                  <span className="row-meta">
                    <span>{t.memoLinkedCount(memo.highlightIds.length)}</span>
                    <span>{formatDate(memo.modified)}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
