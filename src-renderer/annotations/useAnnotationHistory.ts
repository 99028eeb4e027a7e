import { useCallback } from 'react';
import { useApi } from '../api/ApiContext';
import { useStrings } from '../i18n/useStrings';
import { useSettings } from '../settings/SettingsContext';
import { useAnnotationData } from './AnnotationDataContext';
import { useNotices } from '../app/NoticeContext';
import { localizedMessage } from './localizedMessage';

/** Undo and redo of annotation changes (the service keeps the history), named in the notice. */
export function useAnnotationHistory(): { undo(): Promise<void>; redo(): Promise<void> } {
  const t = useStrings();
  const api = useApi();
  const { language } = useSettings().settings;
  const { refresh } = useAnnotationData();
  const { notify } = useNotices();

  const step = useCallback(
    async (direction: 'undo' | 'redo') => {
      try {
        const result = await api.call(direction === 'undo' ? 'history.undo' : 'history.redo', {});
        if (!result.changed) {
          notify(direction === 'undo' ? t.nothingToUndo : t.nothingToRedo);
          return;
        }
        const what = (result.label && t.historySteps[result.label]) || t.historyStepFallback;
        notify(direction === 'undo' ? t.undone(what) : t.redone(what));
        // A memo step announces no change, and any step may touch several reports: read everything again.
        refresh();
      } catch (error) {
        notify(localizedMessage(error, language), { tone: 'error' });
      }
    },
    [api, language, notify, refresh, t],
  );

  return { undo: useCallback(() => step('undo'), [step]), redo: useCallback(() => step('redo'), [step]) };
}
