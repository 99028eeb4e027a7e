import { useState } from 'react';
import { useStrings } from '../i18n/useStrings';
import { LexiconsDialog } from './LexiconsDialog';

/** Opens the facts lexicons dialog; placed where facts are shown. */
export function LexiconsButton() {
  const t = useStrings();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button-small"
        title={t.lexiconsButtonHint}
        onClick={() => setOpen(true)}
        data-testid="lexicons-open"
      >
        {t.lexiconsButton}
      </button>
      <LexiconsDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
