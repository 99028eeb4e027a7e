import { useId, useState, type FormEvent } from 'react';
import type { Input, ListedCode } from '../../src-main/api/types';
import { useApi } from '../api/ApiContext';
import { useAnnotationData } from '../annotations/AnnotationDataContext';
import { useNotices } from '../app/NoticeContext';
import { useHighlightFilter } from '../annotations/HighlightFilterContext';
import { useAnalysisNavigation } from '../annotations/AnalysisNavigationContext';
import { useExportDialog } from '../export/ExportDialogContext';
import { localizedMessage } from '../annotations/localizedMessage';
import { useStrings } from '../i18n/useStrings';
import { useSettings } from '../settings/SettingsContext';
import { CodeFields, type CodeFieldValues } from './CodeFields';
import { codeTreeRows, codeWithDescendants } from './codeTree';
import { DeleteCodeDialog } from './DeleteCodeDialog';

/** Everything one can do to a code: rename, recolour, nest, describe, merge into another, delete. */
export function CodeDetails({ code, onGone }: { code: ListedCode; onGone(): void }) {
  const t = useStrings();
  const api = useApi();
  const id = useId();
  const { language } = useSettings().settings;
  const { codes, codesById, refresh } = useAnnotationData();
  const { notify } = useNotices();
  const { setFilter } = useHighlightFilter();
  const { showSubview } = useAnalysisNavigation();
  const { openExport } = useExportDialog();
  const [fields, setFields] = useState<CodeFieldValues>({
    name: code.name,
    color: code.color,
    parentId: code.parentId,
    description: code.description ?? '',
  });
  const { name, color, parentId, description } = fields;
  const [mergeTarget, setMergeTarget] = useState('');
  const [deleting, setDeleting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  const changes: Input<'codes.update'> = { id: code.id };
  if (name.trim() !== code.name) changes.name = name.trim();
  if (color.toLowerCase() !== code.color.toLowerCase()) changes.color = color;
  if (parentId !== code.parentId) changes.parentId = parentId ?? null;
  if (description.trim() !== (code.description ?? '')) changes.description = description.trim();
  const dirty = Object.keys(changes).length > 1;
  const excluded = codeWithDescendants(codes, code.id);
  const shownParentId = parentId && !excluded.has(parentId) ? parentId : undefined;
  const mergeTargets = codeTreeRows(codes).filter((row) => row.code.id !== code.id);

  async function act(action: () => Promise<void>) {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (failure) {
      setError(localizedMessage(failure, language));
    } finally {
      setBusy(false);
    }
  }

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!dirty || !name.trim()) return;
    void act(async () => {
      await api.call('codes.update', changes);
      notify(t.codeSaved, { undoable: true });
      refresh();
    });
  };

  const merge = () =>
    act(async () => {
      const target = codesById.get(mergeTarget);
      if (!target) return;
      const result = await api.call('codes.merge', { sourceId: code.id, targetId: target.id });
      notify(t.merged(code.name, target.name, result.highlightsMoved), { undoable: true });
      refresh();
      onGone();
    });

  const remove = (choice: Input<'codes.delete'>['highlights']) =>
    act(async () => {
      const result = await api.call('codes.delete', { id: code.id, highlights: choice });
      notify(t.codeDeleted(result.highlightsUncoded, result.highlightsDeleted), { undoable: true });
      setDeleting(false);
      refresh();
      onGone();
    });

  return (
    <div className="code-details" data-testid="code-details">
      <form className="code-form" onSubmit={save}>
        <CodeFields
          id={id}
          values={{ ...fields, parentId: shownParentId }}
          // A parent the code may not have is shown as none, and kept unless the user picks another.
          onChange={(next) => setFields(next.parentId === shownParentId ? { ...next, parentId } : next)}
          codeId={code.id}
          descriptionRows={3}
          nameTestId="code-name"
        />
        <p className="muted small">{t.codeUsage(code.count, code.countWithDescendants)}</p>
        <div className="form-actions form-actions-spread">
          <span className="inline-actions">
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setFilter({ codeId: code.id });
                showSubview('highlights');
              }}
            >
              {t.showCodeHighlights}
            </button>
            <button type="button" className="link-button" onClick={() => openExport('code', code.id)}>
              {t.exportCode}
            </button>
          </span>
          <button
            type="submit"
            className="button button-primary"
            disabled={!dirty || busy || !name.trim()}
            data-testid="code-save"
          >
            {t.save}
          </button>
        </div>
      </form>

      <div className="code-merge" role="group" aria-labelledby={`${id}-merge-heading`}>
        <span id={`${id}-merge-heading`} className="field-label">
          {t.mergeHeading}
        </span>
        <div className="control-row">
          <label htmlFor={`${id}-merge`} className="field-inline">
            {t.mergeInto}
          </label>
          <select
            id={`${id}-merge`}
            className="select"
            value={mergeTarget}
            onChange={(event) => setMergeTarget(event.target.value)}
          >
            <option value="">{t.chooseMergeTarget}</option>
            {mergeTargets.map(({ code: target, depth }) => (
              <option key={target.id} value={target.id}>
                {`${'\u00a0\u00a0\u00a0'.repeat(depth)}${target.name}`}
              </option>
            ))}
          </select>
          <button type="button" className="button" disabled={!mergeTarget || busy} onClick={() => void merge()}>
            {t.mergeButton}
          </button>
        </div>
        {mergeTarget && codesById.get(mergeTarget) && (
          <p className="field-hint">{t.mergeExplanation(code.name, codesById.get(mergeTarget)!.name)}</p>
        )}
      </div>

      <div className="form-actions">
        <button
          type="button"
          className="button button-danger"
          onClick={() => setDeleting(true)}
          disabled={busy}
          data-testid="code-delete"
        >
          {t.deleteCode}
        </button>
      </div>
      {error && !deleting && (
        <p className="error-text small" role="alert">
          {error}
        </p>
      )}
      {deleting && (
        <DeleteCodeDialog
          code={code}
          busy={busy}
          error={error}
          onConfirm={(choice) => void remove(choice)}
          onClose={() => setDeleting(false)}
        />
      )}
    </div>
  );
}
