import { useEffect, useState } from 'react';
import type { ListedHighlight } from '../../src-main/api/types';
import { useAnnotationData } from './AnnotationDataContext';

export type DocumentHighlightsState =
  | { status: 'loading'; highlights: ListedHighlight[] }
  | { status: 'ready'; highlights: ListedHighlight[] }
  | { status: 'failed'; highlights: ListedHighlight[]; error: unknown };

const NONE: ListedHighlight[] = [];

/**
 * A report's highlights in text order (orphans last), re-read whenever a change may have touched
 * them. While a new answer is on its way the previous one stays, so painted highlights do not blink.
 */
export function useDocumentHighlights(docId: string | undefined): DocumentHighlightsState {
  const { highlights, revisionOf, status } = useAnnotationData();
  const revision = revisionOf(docId);
  const [state, setState] = useState<DocumentHighlightsState & { docId?: string }>({
    status: 'loading',
    highlights: NONE,
  });
  const available = status?.state === 'ok';

  useEffect(() => {
    if (!docId || !available) {
      setState({ status: 'ready', highlights: NONE, docId });
      return;
    }
    let current = true;
    setState((previous) => (previous.docId === docId ? previous : { status: 'loading', highlights: NONE, docId }));
    highlights.get(docId).then(
      (items) => current && setState({ status: 'ready', highlights: items, docId }),
      (error: unknown) => current && setState({ status: 'failed', highlights: NONE, error, docId }),
    );
    return () => {
      current = false;
    };
  }, [highlights, docId, revision, available]);

  return state.docId === docId ? state : { status: 'loading', highlights: NONE };
}
