import { useEffect } from 'react';
import { useStrings } from '../i18n/useStrings';
import { useNotices } from './NoticeContext';

const SHOWN_MS = 6000;
const ERROR_SHOWN_MS = 12000;

/**
 * Says what an action did, with Undo when it removed or changed something. The undo step itself
 * belongs to the feature that keeps the history, so it is passed in.
 */
export function NoticeToast({ undo }: { undo(): Promise<void> }) {
  const t = useStrings();
  const { notice, dismissNotice } = useNotices();

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(dismissNotice, notice.tone === 'error' ? ERROR_SHOWN_MS : SHOWN_MS);
    return () => clearTimeout(timer);
  }, [notice, dismissNotice]);

  return (
    <div className="toast-region" role="status" aria-live="polite">
      {notice && (
        <div
          key={notice.serial}
          className={`toast${notice.tone === 'error' ? ' is-error' : ''}`}
          data-testid="annotation-notice"
        >
          <span dir="auto">{notice.message}</span>
          {notice.undoable && (
            <button
              type="button"
              className="link-button toast-action"
              onClick={() => {
                dismissNotice();
                void undo();
              }}
            >
              {t.undo}
            </button>
          )}
          <button
            type="button"
            className="icon-button toast-close"
            aria-label={t.dismiss}
            title={t.dismiss}
            onClick={dismissNotice}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
    </div>
  );
}
