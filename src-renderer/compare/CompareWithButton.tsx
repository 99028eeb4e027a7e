import { useState } from 'react';
import { useWorkbench } from '../app/WorkbenchContext';
import type { Pane } from '../app/workbenchState';
import { useStrings } from '../i18n/useStrings';
import { ComparePicker } from './ComparePicker';
import { useSimilarSuggestions } from './useSimilarSuggestions';

/** «Compare with…» in the reader: the most similar reports first, then the library, opens both side by side. */
export function CompareWithButton({ pane }: { pane: Pane }) {
  const t = useStrings();
  const { dispatch } = useWorkbench();
  const [open, setOpen] = useState(false);
  const suggestions = useSimilarSuggestions(open ? pane.documentId : undefined);
  return (
    <>
      <button type="button" className="button button-small" onClick={() => setOpen(true)} data-testid="compare-with">
        {t.compareWith}
      </button>
      {open && (
        <ComparePicker
          suggestions={suggestions}
          excludeIds={[pane.documentId]}
          onClose={() => setOpen(false)}
          onPick={(document) => {
            setOpen(false);
            dispatch({
              type: 'open-compare',
              documents: [{ documentId: pane.documentId, title: pane.title }, document],
            });
          }}
        />
      )}
    </>
  );
}
