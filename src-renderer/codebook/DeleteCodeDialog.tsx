import { useId, useState } from 'react';
import type { Input, ListedCode } from '../../src-main/api/types';
import { useStrings } from '../i18n/useStrings';
import { ModalDialog } from '../shared/ModalDialog';

type Choice = Input<'codes.delete'>['highlights'];

interface DeleteCodeDialogProps {
  code: ListedCode;
  onConfirm(choice: Choice): void;
  onClose(): void;
  busy: boolean;
  error?: string;
}

/** Deleting a code asks what becomes of its highlights, as the service needs to be told. */
export function DeleteCodeDialog({ code, onConfirm, onClose, busy, error }: DeleteCodeDialogProps) {
  const t = useStrings();
  const id = useId();
  const [choice, setChoice] = useState<Choice>('remove-code');

  return (
    <ModalDialog
      onClose={onClose}
      title={t.deleteCodeTitle(code.name)}
      className="dialog-narrow"
      testId="delete-code-dialog"
    >
      <div className="dialog-body">
        <p>{t.deleteCodeQuestion(code.count)}</p>
        {code.count > 0 && (
          <fieldset className="choice-list">
            <legend className="visually-hidden">{t.deleteCodeQuestion(code.count)}</legend>
            <label className="choice">
              <input
                type="radio"
                name={`${id}-choice`}
                checked={choice === 'remove-code'}
                onChange={() => setChoice('remove-code')}
              />
              {t.deleteCodeKeepHighlights}
            </label>
            <label className="choice">
              <input
                type="radio"
                name={`${id}-choice`}
                checked={choice === 'delete-highlights'}
                onChange={() => setChoice('delete-highlights')}
              />
              {t.deleteCodeDeleteHighlights}
            </label>
          </fieldset>
        )}
        {error && (
          <p className="error-text small" role="alert">
            {error}
          </p>
        )}
      </div>
      <footer className="dialog-footer">
        <button type="button" className="button" onClick={onClose} disabled={busy}>
          {t.cancel}
        </button>
        <button
          type="button"
          className="button button-danger"
          onClick={() => onConfirm(choice)}
          disabled={busy}
          data-testid="delete-code-confirm"
        >
          {t.deleteCodeConfirm}
        </button>
      </footer>
    </ModalDialog>
  );
}
