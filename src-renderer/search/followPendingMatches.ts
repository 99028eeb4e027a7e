/** What a search answer says of the highlights it matched, as `search.query` returns it. */
export interface HighlightMatches<Hit> {
  annotationHits?: Hit[];
  /** The highlights are still being indexed: asked again shortly, the request carries their matches. */
  annotationHitsPending?: true;
}

/**
 * Follows a search whose answer said the highlights' matches are pending: asks the same request
 * again every `afterMs` and hands each answer's matches to `take`, until they come. Only the
 * matches are taken, so the report hits shown (and pages loaded meanwhile) stay as they are; it
 * stops as soon as `wanted()` turns false (a newer query, a cleared field), and an answer that fails
 * ends the pending without matches, as when the highlights cannot be read.
 */
export function followPendingMatches<Hit>(
  ask: () => Promise<HighlightMatches<Hit>>,
  take: (matches: HighlightMatches<Hit>) => void,
  wanted: () => boolean,
  afterMs: number,
): void {
  const later = () =>
    setTimeout(() => {
      if (!wanted()) return;
      ask().then(
        (answer) => {
          if (!wanted()) return;
          const { annotationHits, annotationHitsPending } = answer;
          take({ ...(annotationHits && { annotationHits }), ...(annotationHitsPending && { annotationHitsPending }) });
          if (annotationHitsPending) later();
        },
        () => {
          if (wanted()) take({});
        },
      );
    }, afterMs);
  later();
}
