import { useId, useState } from 'react';
import { useApi } from '../api/ApiContext';
import { useStrings } from '../i18n/useStrings';
import { useSettings } from '../settings/SettingsContext';
import { useAnnotationData } from './AnnotationDataContext';
import { useNotices } from '../app/NoticeContext';
import { useAnalysisNavigation } from './AnalysisNavigationContext';
import { useHighlightFocus } from './HighlightFocusContext';
import { localizedMessage } from './localizedMessage';

const NEW_MEMO = '__new';

interface MemoLinkControlProps {
  highlightId: string;
  quote: string;
  /** A new memo was started and opened in the side panel, where the user goes on writing. */
  onMemoStarted?(): void;
}

/** Adds a highlight to an existing memo, or starts a new memo with it and opens that memo. */
export function MemoLinkControl({ highlightId, quote, onMemoStarted }: MemoLinkControlProps) {
  const t = useStrings();
  const api = useApi();
  const id = useId();
  const { language } = useSettings().settings;
  const { memos, refresh } = useAnnotationData();
  const { notify } = useNotices();
  const { openMemo } = useAnalysisNavigation();
  const { setActiveHighlightId } = useHighlightFocus();
  const [busy, setBusy] = useState(false);

  async function link(choice: string) {
    if (!choice || busy) return;
    setBusy(true);
    try {
      if (choice === NEW_MEMO) {
        const title = quote.length > 40 ? `${quote.slice(0, 40)}…` : quote;
        const memo = await api.call('memos.save', { title, body: '', highlightIds: [highlightId] });
        refresh();
        setActiveHighlightId(highlightId);
        openMemo(memo.id);
        notify(t.addedToMemo(memo.title || t.untitledMemo));
        onMemoStarted?.();
        return;
      }
      const memo = memos.find((each) => each.id === choice);
      if (!memo) return;
      const title = memo.title || t.untitledMemo;
      if (memo.highlightIds.includes(highlightId)) {
        notify(t.alreadyInMemo(title));
        return;
      }
      await api.call('memos.save', {
        id: memo.id,
        title: memo.title,
        body: memo.body,
        highlightIds: [...memo.highlightIds, highlightId],
      });
      refresh();
      notify(t.addedToMemo(title));
    } catch (error) {
      notify(localizedMessage(error, language), { tone: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="memo-link">
      <label htmlFor={id} className="field-label">
        {t.addToMemo}
      </label>
      <select
        id={id}
        className="select"
        value=""
        disabled={busy}
        onChange={(event) => void link(event.target.value)}
        data-testid="memo-link"
      >
        <option value="">{t.chooseMemo}</option>
        {memos.map((memo) => (
          <option key={memo.id} value={memo.id} disabled={memo.highlightIds.includes(highlightId)}>
            {memo.title || t.untitledMemo}
          </option>
        ))}
        <option value={NEW_MEMO}>{t.newMemoWithHighlight}</option>
      </select>
    </div>
  );
}
