import { useEffect, useId, useRef, useState } from 'react';
import type { Memo } from '../../src-main/api/types';
import { useApi } from '../api/ApiContext';
import { useStrings } from '../i18n/useStrings';
import { useSettings } from '../settings/SettingsContext';
import { useAnnotationData } from './AnnotationDataContext';
import { useHighlightFocus } from './HighlightFocusContext';
import { useNotices } from '../app/NoticeContext';
import { useAnalysisNavigation } from './AnalysisNavigationContext';
import { HighlightCard } from './HighlightCard';
import { localizedMessage } from './localizedMessage';
import { MarkdownEditor } from './MarkdownEditor';
import { useAllHighlights } from './useAllHighlights';

interface Draft {
  title: string;
  body: string;
  highlightIds: string[];
}

const draftOf = (memo: Memo | undefined): Draft => ({
  title: memo?.title ?? '',
  body: memo?.body ?? '',
  highlightIds: memo ? [...memo.highlightIds] : [],
});

const sameDraft = (a: Draft, b: Draft) =>
  a.title === b.title && a.body === b.body && a.highlightIds.join('\n') === b.highlightIds.join('\n');

/**
 * One memo: a title, a Markdown body, and the highlights it discusses, possibly from several
 * reports («تضارب في رتبة حفتر» citing three passages). Edits are a draft until saved.
 */
export function MemoEditor({ memo, onClose }: { memo: Memo | undefined; onClose(): void }) {
  const t = useStrings();
  const api = useApi();
  const id = useId();
  const { language } = useSettings().settings;
  const { refresh } = useAnnotationData();
  const { activeHighlightId, jumpToHighlight } = useHighlightFocus();
  const { notify } = useNotices();
  const { openMemo } = useAnalysisNavigation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(memo));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const highlights = useAllHighlights(true);
  const titleRef = useRef<HTMLInputElement>(null);
  const saved = draftOf(memo);
  const dirty = !sameDraft(draft, saved);

  // A highlight linked from elsewhere (the highlight editor) shows up here unless the user is mid-edit.
  useEffect(() => {
    if (!dirty) setDraft(draftOf(memo));
    // Only a new version of the memo should reset the draft.
  }, [memo?.modified]);

  // Opening a memo is for writing in it; a new one most likely needs a better title than its first quote.
  useEffect(() => titleRef.current?.focus({ preventScroll: true }), []);

  const canLink = activeHighlightId !== undefined && !draft.highlightIds.includes(activeHighlightId);

  async function save() {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const result = await api.call('memos.save', { id: memo?.id, ...draft });
      notify(t.memoSaved, { undoable: true });
      refresh();
      if (!memo) openMemo(result.id);
    } catch (failure) {
      setError(localizedMessage(failure, language));
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    if (!memo || busy) return;
    setBusy(true);
    try {
      await api.call('memos.delete', { id: memo.id });
      notify(t.memoDeleted, { undoable: true });
      refresh();
      onClose();
    } catch (failure) {
      setError(localizedMessage(failure, language));
      setBusy(false);
    }
  }

  return (
    <div className="memo-editor" data-testid="memo-editor">
      <button type="button" className="link-button back-link" onClick={onClose}>
        <span aria-hidden="true" className="flip-in-rtl">
          ←
        </span>{' '}
        {t.backToMemos}
      </button>
      <label htmlFor={`${id}-title`} className="field-label">
        {t.memoTitle}
      </label>
      <input
        ref={titleRef}
        id={`${id}-title`}
        className="text-input memo-title-input"
        dir="auto"
        value={draft.title}
        placeholder={t.memoTitlePlaceholder}
        onChange={(event) => setDraft({ ...draft, title: event.target.value })}
        data-testid="memo-title"
      />
      <MarkdownEditor
        label={t.memoBody}
        value={draft.body}
        onChange={(body) => setDraft({ ...draft, body })}
        onSubmit={() => void save()}
        placeholder={t.notePlaceholder}
        rows={6}
        testId="memo-body"
      />
      <h3 className="section-title memo-links-title">{t.linkedHighlightsHeading(draft.highlightIds.length)}</h3>
      {draft.highlightIds.length === 0 ? (
        <p className="muted small">{t.noLinkedHighlights}</p>
      ) : (
        <ul className="highlight-list" data-testid="memo-highlights">
          {draft.highlightIds.map((highlightId) => {
            const highlight = highlights?.get(highlightId);
            const unlink = (
              <button
                type="button"
                className="icon-button"
                aria-label={t.unlinkHighlight}
                title={t.unlinkHighlight}
                onClick={() =>
                  setDraft({ ...draft, highlightIds: draft.highlightIds.filter((each) => each !== highlightId) })
                }
              >
                <span aria-hidden="true">×</span>
              </button>
            );
            return highlight ? (
              <HighlightCard
                key={highlightId}
                highlight={highlight}
                active={highlightId === activeHighlightId}
                showDocument
                onOpen={() =>
                  jumpToHighlight({ id: highlight.id, docId: highlight.docId, title: highlight.document.title })
                }
                actions={unlink}
              />
            ) : (
              <li key={highlightId} className="highlight-card is-missing">
                <span className="muted small">{highlights ? t.missingHighlight : t.loading}</span>
                {unlink}
              </li>
            );
          })}
        </ul>
      )}
      <button
        type="button"
        className="button"
        disabled={!canLink}
        title={activeHighlightId ? undefined : t.linkCurrentHighlightHint}
        onClick={() =>
          activeHighlightId && setDraft({ ...draft, highlightIds: [...draft.highlightIds, activeHighlightId] })
        }
        data-testid="memo-link-current"
      >
        + {t.linkCurrentHighlight}
      </button>
      {!activeHighlightId && <p className="field-hint">{t.linkCurrentHighlightHint}</p>}
      {error && (
        <p className="error-text small" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions form-actions-spread">
        {memo ? (
          <button type="button" className="button button-danger" onClick={() => void remove()} disabled={busy}>
            {t.deleteMemo}
          </button>
        ) : (
          <span />
        )}
        <button
          type="button"
          className="button button-primary"
          onClick={() => void save()}
          disabled={busy || (!dirty && memo !== undefined)}
          data-testid="memo-save"
        >
          {busy ? t.saving : t.save}
        </button>
      </div>
    </div>
  );
}
