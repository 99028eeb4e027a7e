import { useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { ListedHighlight } from '../../src-main/api/types';
import { useApi } from '../api/ApiContext';
import { useStrings } from '../i18n/useStrings';
import { useSettings } from '../settings/SettingsContext';
import { AnchoredPopover } from './AnchoredPopover';
import { useAnnotationData } from './AnnotationDataContext';
import { useNotices } from '../app/NoticeContext';
import { useHighlightFocus } from './HighlightFocusContext';
import { useRecentCodes } from './RecentCodesContext';
import { CodePicker } from './CodePicker';
import { localizedMessage } from './localizedMessage';
import { MarkdownEditor } from './MarkdownEditor';
import { MemoLinkControl } from './MemoLinkControl';

export type EditorTarget =
  | { mode: 'create'; docId: string; start: number; end: number; quote: string; codeIds?: string[] }
  | { mode: 'edit'; highlight: ListedHighlight };

interface HighlightEditorProps {
  target: EditorTarget;
  anchor(): DOMRect | undefined;
  scroller: RefObject<HTMLElement | null>;
  onClose(): void;
  /** A new highlight was saved. */
  onCreated?(highlight: ListedHighlight): void;
}

const sameCodes = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, index) => id === b[index]);

/**
 * The editor of one highlight, next to its passage: codes, a Markdown note, memo links, deletion.
 * Changes are a draft until saved, so a stray click cannot half-change a highlight; a click
 * outside closes the editor only when there is nothing to lose.
 */
export function HighlightEditor({ target, anchor, scroller, onClose, onCreated }: HighlightEditorProps) {
  const t = useStrings();
  const api = useApi();
  const id = useId();
  const { language } = useSettings().settings;
  const { refresh } = useAnnotationData();
  const { notify } = useNotices();
  const { setActiveHighlightId } = useHighlightFocus();
  const { rememberCodes } = useRecentCodes();
  const initialCodes = target.mode === 'edit' ? target.highlight.codeIds : (target.codeIds ?? []);
  const initialNote = target.mode === 'edit' ? target.highlight.note : '';
  const [codeIds, setCodeIds] = useState<string[]>(initialCodes);
  const [note, setNote] = useState(initialNote);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const dirty = target.mode === 'create' || !sameCodes(codeIds, initialCodes) || note !== initialNote;
  const docId = target.mode === 'edit' ? target.highlight.docId : target.docId;
  const quote = target.mode === 'edit' ? target.highlight.target.quote.exact : target.quote;

  /**
   * One submission at a time per editor. `busy` is state, so two handlers of one key press (the note
   * field's and the popover's) would both still read it as false; a ref is set before either returns.
   */
  const inFlight = useRef(false);
  /** A created highlight is created once: after that, saving again would store a copy. */
  const createdId = useRef<string | undefined>(undefined);

  async function run(action: () => Promise<void>) {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (failure) {
      setError(localizedMessage(failure, language));
      setBusy(false);
    } finally {
      inFlight.current = false;
    }
  }

  const save = () =>
    run(async () => {
      rememberCodes(codeIds);
      if (target.mode === 'create') {
        if (createdId.current !== undefined) return;
        const created = await api.call('annotations.create', {
          docId,
          start: target.start,
          end: target.end,
          codeIds,
          note,
        });
        createdId.current = created.id;
        setActiveHighlightId(created.id);
        onCreated?.(created);
        notify(t.highlightSaved, { undoable: true });
      } else if (dirty) {
        await api.call('annotations.update', { id: target.highlight.id, codeIds, note });
        notify(t.highlightUpdated, { undoable: true });
      }
      refresh(docId);
      onClose();
    });

  const remove = () =>
    run(async () => {
      if (target.mode !== 'edit') return;
      await api.call('annotations.delete', { id: target.highlight.id });
      setActiveHighlightId(undefined);
      notify(t.highlightDeleted, { undoable: true });
      refresh(docId);
      onClose();
    });

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.defaultPrevented) {
      // The note field submits Ctrl+Enter itself and marks the event handled.
      event.preventDefault();
      void save();
    }
  }

  return (
    <AnchoredPopover
      anchor={anchor}
      prefer="below"
      scroller={scroller}
      role="dialog"
      aria-labelledby={`${id}-title`}
      className="highlight-editor"
      onKeyDown={onKeyDown}
      onOutsidePointerDown={() => {
        if (!dirty || (target.mode === 'create' && codeIds.length === 0 && note === '')) onClose();
      }}
      data-testid="highlight-editor"
    >
      <header className="popover-header">
        <h2 id={`${id}-title`}>{target.mode === 'create' ? t.editorCreateTitle : t.editorEditTitle}</h2>
        <button type="button" className="icon-button" aria-label={t.close} title={t.close} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <blockquote className="editor-quote" dir="rtl" lang="ar" aria-label={t.quoteLabel}>
        {quote}
      </blockquote>
      <CodePicker selectedIds={codeIds} onChange={setCodeIds} autoFocus />
      <MarkdownEditor
        label={t.noteLabel}
        value={note}
        onChange={setNote}
        onSubmit={() => void save()}
        placeholder={t.notePlaceholder}
        rows={3}
        testId="highlight-note"
      />
      {target.mode === 'edit' && (
        <MemoLinkControl highlightId={target.highlight.id} quote={quote} onMemoStarted={dirty ? undefined : onClose} />
      )}
      {error && (
        <p className="error-text small" role="alert">
          {error}
        </p>
      )}
      <footer className="popover-footer">
        {target.mode === 'edit' && (
          <button
            type="button"
            className="button button-danger"
            onClick={() => void remove()}
            disabled={busy}
            data-testid="highlight-delete"
          >
            {t.delete}
          </button>
        )}
        <span className="field-hint footer-hint">{t.saveHint}</span>
        <button type="button" className="button" onClick={onClose} disabled={busy}>
          {t.cancel}
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={() => void save()}
          disabled={busy}
          data-testid="highlight-save"
        >
          {busy ? t.saving : t.save}
        </button>
      </footer>
    </AnchoredPopover>
  );
}
