import { useEffect, useState } from 'react';
import { useApi } from '../api/ApiContext';
import { queryKeys } from '../app/queryKeys';
import { useStrings } from '../i18n/useStrings';
import { useSettings } from '../settings/SettingsContext';
import { useQuery, useQueryCache } from '../shared/QueryCacheContext';
import { useAnnotationData } from './AnnotationDataContext';
import { useNotices } from '../app/NoticeContext';
import { localizedMessage } from './localizedMessage';
import { MarkdownEditor } from './MarkdownEditor';
import { MarkdownView } from './MarkdownView';

/** The analyst's note on the whole report: read as rendered Markdown, edited with a preview. */
export function DocumentNoteEditor({ docId }: { docId: string }) {
  const t = useStrings();
  const api = useApi();
  const { language } = useSettings().settings;
  const { refresh, status } = useAnnotationData();
  const { notify } = useNotices();
  const cache = useQueryCache();
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<string | undefined>(undefined);
  const available = status?.state === 'ok';
  const note = useQuery(available ? queryKeys.documentNote(docId) : undefined, () => api.call('notes.get', { docId }));
  const saved = note.data?.body;
  const error = saveError ?? (note.status === 'failed' ? localizedMessage(note.error, language) : undefined);

  useEffect(() => {
    setDraft(undefined);
    setSaveError(undefined);
  }, [docId]);

  async function save() {
    if (draft === undefined || busy) return;
    setBusy(true);
    setSaveError(undefined);
    try {
      const savedNote = await api.call('notes.set', { docId, body: draft.trim() === '' ? '' : draft });
      cache.set(queryKeys.documentNote(docId), savedNote);
      setDraft(undefined);
      notify(t.documentNoteSaved, { undoable: true });
      refresh(docId);
    } catch (failure) {
      setSaveError(localizedMessage(failure, language));
    } finally {
      setBusy(false);
    }
  }

  if (!available) return <p className="muted small">{t.annotationsUnavailable}</p>;

  return (
    <div className="document-note" data-testid="document-note">
      {draft === undefined ? (
        <>
          {saved ? (
            <MarkdownView markdown={saved} className="note-view" />
          ) : (
            <p className="muted">{t.documentNoteEmpty}</p>
          )}
          <button
            type="button"
            className="button"
            onClick={() => setDraft(saved ?? '')}
            data-testid="document-note-edit"
          >
            {saved ? t.edit : t.addDocumentNote}
          </button>
        </>
      ) : (
        <div
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              setDraft(undefined);
            }
          }}
        >
          <MarkdownEditor
            label={t.documentNoteHeading}
            value={draft}
            onChange={setDraft}
            onSubmit={() => void save()}
            placeholder={t.notePlaceholder}
            rows={6}
            testId="document-note-text"
          />
          <div className="form-actions">
            <button type="button" className="button" onClick={() => setDraft(undefined)} disabled={busy}>
              {t.cancel}
            </button>
            <button type="button" className="button button-primary" onClick={() => void save()} disabled={busy}>
              {busy ? t.saving : t.save}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p className="error-text small" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
