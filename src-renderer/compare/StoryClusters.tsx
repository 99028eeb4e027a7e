import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { queryKeys } from '../app/queryKeys';
import { useWorkbench } from '../app/WorkbenchContext';
import { MAX_COMPARE_COLUMNS } from '../app/workbenchState';
import { fetchDocument } from '../documents/useDocument';
import { useStrings } from '../i18n/useStrings';
import { formatDate } from '../shared/formatDate';
import { useQuery, useQueryCache } from '../shared/QueryCacheContext';
import { StoryTimeline } from './StoryTimeline';

const CLUSTERS_SHOWN = 12;

/** Stories told by several reports in the project (`compare.clusters`), each one click from the compare view. */
export function StoryClusters() {
  const t = useStrings();
  const api = useApi();
  const cache = useQueryCache();
  const { dispatch } = useWorkbench();
  const [timelineOf, setTimelineOf] = useState<string | undefined>(undefined);
  // Read again whenever the library changes (see queryKeys); a failure shows nothing, as no clusters do.
  const clusters = useQuery(queryKeys.clusters(), () =>
    api.call('compare.clusters', { limit: CLUSTERS_SHOWN }).then(
      (result) => result.clusters,
      (error: unknown) => {
        console.error('compare.clusters failed', error);
        throw error;
      },
    ),
  ).data;

  if (!clusters || clusters.length === 0) return null;

  async function open(ids: readonly string[]) {
    const chosen = ids.slice(0, MAX_COMPARE_COLUMNS);
    const documents = await Promise.all(chosen.map((id) => fetchDocument(cache, api, id)));
    dispatch({
      type: 'open-compare',
      documents: documents.map((document) => ({ documentId: document.id, title: document.title })),
    });
  }

  return (
    <section className="story-clusters" aria-label={t.storiesHeading} data-testid="story-clusters">
      <h3 className="section-title">{t.storiesHeading}</h3>
      <ul>
        {clusters.map((cluster) => {
          const key = cluster.ids.join(',');
          const timelineShown = timelineOf === key;
          return (
            <li key={key}>
              <button
                type="button"
                className="story-cluster"
                onClick={() => void open(cluster.ids)}
                data-testid="story-cluster"
              >
                <span className="story-title" dir="auto">
                  {cluster.title || t.untitled}
                </span>
                <span className="row-meta">
                  <span>{t.storyReports(cluster.ids.length)}</span>
                  {cluster.from && (
                    <span>
                      {formatDate(cluster.from)}
                      {cluster.to && cluster.to !== cluster.from ? ` – ${formatDate(cluster.to)}` : ''}
                    </span>
                  )}
                  <span className="story-action">{t.compareAction}</span>
                </span>
              </button>
              <button
                type="button"
                className="button button-small story-timeline-toggle"
                aria-expanded={timelineShown}
                onClick={() => setTimelineOf(timelineShown ? undefined : key)}
                data-testid="story-timeline-toggle"
              >
                {t.timelineToggle}
              </button>
              {timelineShown && <StoryTimeline ids={cluster.ids} onCompare={() => void open(cluster.ids)} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
