import { useId, useState, type FormEvent } from 'react';
import type { Code } from '../../src-main/api/types';
import { useApi } from '../api/ApiContext';
import { useAnnotationData } from '../annotations/AnnotationDataContext';
import { useNotices } from '../app/NoticeContext';
import { localizedMessage } from '../annotations/localizedMessage';
import { useStrings } from '../i18n/useStrings';
import { useSettings } from '../settings/SettingsContext';
import { CodeFields, type CodeFieldValues } from './CodeFields';

/** A new code: its name, colour, place in the tree and description. */
export function NewCodeForm({ onCreated, onCancel }: { onCreated(code: Code): void; onCancel(): void }) {
  const t = useStrings();
  const api = useApi();
  const id = useId();
  const { language } = useSettings().settings;
  const { nextColor, refresh } = useAnnotationData();
  const { notify } = useNotices();
  const [fields, setFields] = useState<CodeFieldValues>({
    name: '',
    color: nextColor,
    parentId: undefined,
    description: '',
  });
  const { name, color, parentId, description } = fields;
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim() || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const code = await api.call('codes.create', {
        name: name.trim(),
        color,
        parentId,
        description: description.trim() || undefined,
      });
      notify(t.codeCreated(code.name), { undoable: true });
      refresh();
      onCreated(code);
    } catch (failure) {
      setError(localizedMessage(failure, language));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="code-form"
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      <CodeFields
        id={id}
        values={fields}
        onChange={setFields}
        descriptionRows={2}
        autoFocus
        nameTestId="new-code-name"
      />
      {error && (
        <p className="error-text small" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t.cancel}
        </button>
        <button type="submit" className="button button-primary" disabled={busy || !name.trim()}>
          {t.createCodeButton}
        </button>
      </div>
    </form>
  );
}
