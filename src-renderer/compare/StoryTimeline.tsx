import { useWorkbench } from '../app/WorkbenchContext';
import { useStrings } from '../i18n/useStrings';
import { formatDateTime } from './provenance';
import { timelineOrder } from './timelineOrder';
import { useDocumentDetails } from './useDocumentDetails';

interface StoryTimelineProps {
  ids: readonly string[];
  onCompare(): void;
}

/**
 * One story's reports in the order they were published: when, which outlet, what headline. Each
 * entry opens its report; the whole story opens side by side. The line runs down the inline start,
 * so it stands on the right in Arabic and on the left in English.
 */
export function StoryTimeline({ ids, onCompare }: StoryTimelineProps) {
  const t = useStrings();
  const { dispatch } = useWorkbench();
  const details = useDocumentDetails(ids);
  const entries = timelineOrder(ids.flatMap((id) => details.get(id) ?? []));
  return (
    <div className="story-timeline" data-testid="story-timeline">
      {entries.length === 0 ? (
        <p className="empty-note">{t.loading}</p>
      ) : (
        <ol className="timeline-list" aria-label={t.timelineLabel}>
          {entries.map((entry) => (
            <li key={entry.id} className="timeline-entry">
              <button
                type="button"
                className="timeline-open"
                title={t.timelineOpen(entry.title || t.untitled)}
                onClick={() => dispatch({ type: 'open-document', documentId: entry.id, title: entry.title })}
                data-testid="timeline-entry"
                data-document-id={entry.id}
              >
                <span className="timeline-when">{formatDateTime(entry.date) ?? t.timelineUndated}</span>
                {entry.source && (
                  <span className="timeline-source" dir="auto">
                    {entry.source}
                  </span>
                )}
                <span className="timeline-title" dir="auto">
                  {entry.title || t.untitled}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        className="button button-small"
        disabled={ids.length < 2}
        onClick={onCompare}
        data-testid="timeline-compare"
      >
        {t.timelineCompare}
      </button>
    </div>
  );
}
