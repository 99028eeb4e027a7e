import type { AnnotationSearchHit } from '../../src-main/api/types';
import { useStrings } from '../i18n/useStrings';
import { snippetSegments } from '../search/snippetSegments';
import { useHighlightFocus } from './HighlightFocusContext';
import { plainMarkdownPiece } from './plainPreview';

const SHOWN = 20;

/**
 * Search matches in highlight quotes and notes, under the report results; a click opens the
 * highlight. `pending`: the highlights are still being indexed, and their matches will follow.
 */
export function AnnotationSearchHits({
  hits,
  pending,
}: {
  hits: readonly AnnotationSearchHit[] | undefined;
  pending: boolean;
}) {
  const t = useStrings();
  const { jumpToHighlight } = useHighlightFocus();
  if (pending) {
    return (
      <p className="notice notice-soft" role="status" data-testid="annotation-hits-pending">
        {t.annotationHitsPending}
      </p>
    );
  }
  if (!hits || hits.length === 0) return null;
  return (
    <details className="annotation-hits" open data-testid="annotation-hits">
      <summary>{t.annotationHitsHeading(hits.length)}</summary>
      <ul className="annotation-hit-list">
        {hits.slice(0, SHOWN).map((hit) => (
          <li key={`${hit.highlightId}-${hit.field}`}>
            <button
              type="button"
              className="annotation-hit"
              onClick={() =>
                jumpToHighlight(
                  { id: hit.highlightId, docId: hit.docId, title: hit.docTitle },
                  { openEditor: hit.field === 'note' },
                )
              }
            >
              <span className="annotation-hit-head">
                <span className="badge badge-partial">{t.annotationHitField[hit.field]}</span>
                <span className="annotation-hit-title" dir="auto">
                  {hit.docTitle || t.untitled}
                </span>
              </span>
              <span className="snippet annotation-hit-snippet" dir="auto">
                {hit.snippet.start > 0 && <span aria-hidden="true">… </span>}
                {snippetSegments(hit.snippet).map((segment, index) => {
                  // A note is Markdown and reads as its rendering; a quote is report text, shown as it is.
                  const text = hit.field === 'note' ? plainMarkdownPiece(segment.text) : segment.text;
                  return segment.hit ? <mark key={index}>{text}</mark> : <span key={index}>{text}</span>;
                })}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
