import type { CSSProperties } from 'react';
import { useStrings } from '../i18n/useStrings';

interface CodeChipProps {
  name: string;
  color: string;
  /** The full path («parent › child»), shown as a tooltip. */
  title?: string;
  onRemove?(): void;
}

/** A code as a small coloured label; with a remove button where the code can be taken off. */
export function CodeChip({ name, color, title, onRemove }: CodeChipProps) {
  const t = useStrings();
  return (
    <span className="code-chip" style={{ '--code-color': color } as CSSProperties} title={title ?? name}>
      <span className="code-dot" aria-hidden="true" />
      <span className="code-chip-name" dir="auto">
        {name}
      </span>
      {onRemove && (
        <button type="button" className="code-chip-remove" aria-label={t.removeCode(name)} onClick={onRemove}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </span>
  );
}
