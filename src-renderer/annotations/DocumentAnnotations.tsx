import { useMemo, useState } from 'react';
import type { DocumentDetail, ListedHighlight } from '../../src-main/api/types';
import { useApi } from '../api/ApiContext';
import { useStrings } from '../i18n/useStrings';
import { paragraphIndexAt, splitParagraphs } from '../reader/paragraphs';
import { useSettings } from '../settings/SettingsContext';
import { useAnnotationData } from './AnnotationDataContext';
import { useHighlightFocus } from './HighlightFocusContext';
import { useNotices } from '../app/NoticeContext';
import { DocumentNoteEditor } from './DocumentNoteEditor';
import { HighlightCard } from './HighlightCard';
import { localizedMessage } from './localizedMessage';
import { useReaderSelection } from './ReaderSelectionContext';
import { useDocumentHighlights } from './useDocumentHighlights';

/**
 * The details panel's annotation sections for the open report: its highlights in text order, the
 * ones that lost their passage (with the way back), and the note on the whole report.
 */
export function DocumentAnnotations({ doc }: { doc: DocumentDetail }) {
  const t = useStrings();
  const api = useApi();
  const { language } = useSettings().settings;
  const { status, refresh } = useAnnotationData();
  const { activeHighlightId, jumpToHighlight } = useHighlightFocus();
  const { notify } = useNotices();
  const { selection } = useReaderSelection();
  const state = useDocumentHighlights(doc.id);
  const [busyId, setBusyId] = useState<string | undefined>(undefined);
  const paragraphs = useMemo(() => splitParagraphs(doc.text), [doc.text]);

  const anchored = state.highlights.filter((highlight) => highlight.status === 'anchored');
  const orphans = state.highlights.filter((highlight) => highlight.status === 'orphan');
  const selectionHere = selection?.docId === doc.id ? selection : undefined;
  const open = (highlight: ListedHighlight, openEditor = false) =>
    jumpToHighlight({ id: highlight.id, docId: doc.id, title: doc.title }, { openEditor });

  async function reattach(highlight: ListedHighlight) {
    if (!selectionHere) return;
    setBusyId(highlight.id);
    try {
      await api.call('annotations.reattach', { id: highlight.id, start: selectionHere.start, end: selectionHere.end });
      notify(t.reattached, { undoable: true });
      refresh(doc.id);
    } catch (error) {
      notify(localizedMessage(error, language), { tone: 'error' });
    } finally {
      setBusyId(undefined);
    }
  }

  if (status?.state === 'corrupt') {
    return (
      <section className="details-section">
        <h2 className="section-title">{t.annotationsHeading}</h2>
        <p className="muted small">{t.annotationsUnavailable}</p>
      </section>
    );
  }

  return (
    <>
      <section className="details-section" aria-labelledby="details-highlights-heading">
        <h2 id="details-highlights-heading" className="section-title">
          {t.highlightsHeading(anchored.length)}
        </h2>
        {state.status === 'failed' ? (
          <p className="error-text small" role="alert">
            {t.listFailed(localizedMessage(state.error, language))}
          </p>
        ) : anchored.length === 0 ? (
          <p className="muted small">{t.noHighlightsInReport}</p>
        ) : (
          <ul className="highlight-list" aria-label={t.highlightsInReportLabel} data-testid="details-highlights">
            {anchored.map((highlight) => (
              <HighlightCard
                key={highlight.id}
                highlight={highlight}
                active={highlight.id === activeHighlightId}
                paragraph={paragraphs[paragraphIndexAt(paragraphs, highlight.target.position.start)]?.number}
                onOpen={() => open(highlight)}
                actions={
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t.editHighlight}
                    title={t.editHighlight}
                    onClick={() => open(highlight, true)}
                  >
                    <span aria-hidden="true">✎</span>
                  </button>
                }
              />
            ))}
          </ul>
        )}
      </section>
      {orphans.length > 0 && (
        <section className="details-section orphans" aria-labelledby="details-orphans-heading">
          <h2 id="details-orphans-heading" className="section-title section-title-warning">
            {t.orphansHeading(orphans.length)}
          </h2>
          <p className="muted small">{t.orphansExplanation}</p>
          <ul className="highlight-list" data-testid="details-orphans">
            {orphans.map((highlight) => (
              <HighlightCard
                key={highlight.id}
                highlight={highlight}
                active={highlight.id === activeHighlightId}
                onOpen={() => open(highlight)}
                actions={
                  <button
                    type="button"
                    className="button button-small"
                    disabled={!selectionHere || busyId === highlight.id}
                    title={selectionHere ? undefined : t.reattachNeedsSelection}
                    onClick={() => void reattach(highlight)}
                    data-testid="reattach"
                  >
                    {t.reattachToSelection}
                  </button>
                }
              />
            ))}
          </ul>
          {!selectionHere && <p className="field-hint">{t.reattachNeedsSelection}</p>}
        </section>
      )}
      <section className="details-section" aria-labelledby="details-note-heading">
        <h2 id="details-note-heading" className="section-title">
          {t.documentNoteHeading}
        </h2>
        <DocumentNoteEditor docId={doc.id} />
      </section>
    </>
  );
}
