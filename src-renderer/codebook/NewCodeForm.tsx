import { useId, useState, type FormEvent } from 'react';
import type { Code } from '../../src-main/api/types';
import { useApi } from '../api/ApiContext';
import { useAnnotationData } from '../annotations/AnnotationDataContext';
import { useNotices } from '../app/NoticeContext';
import { localizedMessage } from '../annotations/localizedMessage';
import { useStrings } from '../i18n/useStrings';
import { useSettings } from '../settings/SettingsContext';
import { ColorSwatches } from './ColorSwatches';
import { ParentCodeSelect } from './ParentCodeSelect';

/** A new code: its name, colour, place in the tree and description. */
export function NewCodeForm({ onCreated, onCancel }: { onCreated(code: Code): void; onCancel(): void }) {
  const t = useStrings();
  const api = useApi();
  const id = useId();
  const { language } = useSettings().settings;
  const { nextColor, refresh } = useAnnotationData();
  const { notify } = useNotices();
  const [name, setName] = useState('');
  const [color, setColor] = useState(nextColor);
  const [parentId, setParentId] = useState<string | undefined>(undefined);
  const [description, setDescription] = useState('');
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
      <label htmlFor={`${id}-name`} className="field-label">
        {t.codeName}
      </label>
      <input
        id={`${id}-name`}
        className="text-input"
        value={name}
        dir="auto"
        autoFocus
        required
        onChange={(event) => setName(event.target.value)}
        data-testid="new-code-name"
      />
      <ColorSwatches label={t.codeColor} value={color} onChange={setColor} />
      <label htmlFor={`${id}-parent`} className="field-label">
        {t.codeParent}
      </label>
      <ParentCodeSelect id={`${id}-parent`} value={parentId} onChange={setParentId} />
      <label htmlFor={`${id}-description`} className="field-label">
        {t.codeDescription}
      </label>
      <textarea
        id={`${id}-description`}
        className="text-input"
        rows={2}
        dir="auto"
        placeholder={t.codeDescriptionPlaceholder}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
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
