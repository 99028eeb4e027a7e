import { useMemo, useState } from 'react';
import { useAnnotationData } from '../annotations/AnnotationDataContext';
import { useStrings } from '../i18n/useStrings';
import { CodeDetails } from './CodeDetails';
import { CodeTree } from './CodeTree';
import { codeTreeRows } from './codeTree';
import { NewCodeForm } from './NewCodeForm';

/** The codebook: the tree of codes with their counts, a form for a new one, the chosen code's details. */
export function CodebookView() {
  const t = useStrings();
  const { codes, codesById } = useAnnotationData();
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [creating, setCreating] = useState(false);
  const rows = useMemo(() => codeTreeRows(codes, collapsed), [codes, collapsed]);
  const selected = selectedId ? codesById.get(selectedId) : undefined;

  function toggle(id: string) {
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  return (
    <div className="side-view" data-testid="codebook">
      <div className="panel-controls control-row control-row-spread">
        <span className="muted small">{t.codesCount(codes.length)}</span>
        <button
          type="button"
          className="button button-primary"
          onClick={() => setCreating(true)}
          aria-expanded={creating}
          data-testid="new-code"
        >
          + {t.newCode}
        </button>
      </div>
      <div className="annotation-scroll">
        {creating && (
          <div className="codebook-card">
            <NewCodeForm
              onCreated={(code) => {
                setCreating(false);
                setSelectedId(code.id);
              }}
              onCancel={() => setCreating(false)}
            />
          </div>
        )}
        {codes.length === 0 && !creating ? (
          <p className="empty-note">{t.codebookEmpty}</p>
        ) : (
          <CodeTree
            rows={rows}
            selectedId={selectedId}
            collapsed={collapsed}
            onSelect={(code) => setSelectedId(code.id)}
            onToggle={(code) => toggle(code.id)}
          />
        )}
        {selected ? (
          <div className="codebook-card">
            <CodeDetails
              key={`${selected.id}-${selected.name}-${selected.color}-${selected.parentId}-${selected.description}`}
              code={selected}
              onGone={() => setSelectedId(undefined)}
            />
          </div>
        ) : (
          codes.length > 0 && <p className="field-hint codebook-hint">{t.selectCodeHint}</p>
        )}
      </div>
    </div>
  );
}
