import { useRef, type CSSProperties, type KeyboardEvent } from 'react';
import type { ListedCode } from '../../src-main/api/types';
import { useStrings } from '../i18n/useStrings';
import type { CodeTreeRow } from './codeTree';

interface CodeTreeProps {
  rows: readonly CodeTreeRow[];
  selectedId: string | undefined;
  collapsed: ReadonlySet<string>;
  onSelect(code: ListedCode): void;
  onToggle(code: ListedCode): void;
}

/**
 * The codebook as an ARIA tree: arrows move, the inline-end arrow opens a parent and the
 * inline-start arrow closes it (mirrored in Arabic), Enter or a click chooses a code.
 */
export function CodeTree({ rows, selectedId, collapsed, onSelect, onToggle }: CodeTreeProps) {
  const t = useStrings();
  const treeRef = useRef<HTMLUListElement>(null);
  const focusedIndex = Math.max(
    0,
    rows.findIndex((row) => row.code.id === selectedId),
  );

  function focusRow(index: number) {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (!row) return;
    onSelect(row.code);
    requestAnimationFrame(() =>
      treeRef.current?.querySelector<HTMLElement>(`[data-code-id="${row.code.id}"]`)?.focus(),
    );
  }

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>, index: number) {
    const row = rows[index]!;
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const opens = rtl ? 'ArrowLeft' : 'ArrowRight';
    const closes = rtl ? 'ArrowRight' : 'ArrowLeft';
    if (event.key === 'ArrowDown') focusRow(index + 1);
    else if (event.key === 'ArrowUp') focusRow(index - 1);
    else if (event.key === 'Home') focusRow(0);
    else if (event.key === 'End') focusRow(rows.length - 1);
    else if (event.key === opens && row.hasChildren && collapsed.has(row.code.id)) onToggle(row.code);
    else if (event.key === closes && row.hasChildren && !collapsed.has(row.code.id)) onToggle(row.code);
    else if (event.key === closes && row.depth > 0) {
      focusRow(rows.findIndex((each) => each.code.id === row.code.parentId));
    } else if (event.key === 'Enter' || event.key === ' ') onSelect(row.code);
    else return;
    event.preventDefault();
  }

  return (
    <ul ref={treeRef} className="code-tree" role="tree" aria-label={t.codebookLabel} data-testid="code-tree">
      {rows.map((row, index) => {
        const { code } = row;
        const selected = code.id === selectedId;
        return (
          <li
            key={code.id}
            role="treeitem"
            aria-level={row.depth + 1}
            aria-selected={selected}
            aria-expanded={row.hasChildren ? !collapsed.has(code.id) : undefined}
            tabIndex={index === focusedIndex ? 0 : -1}
            className={`code-row${selected ? ' is-selected' : ''}`}
            style={{ '--code-color': code.color, '--depth': row.depth } as CSSProperties}
            onClick={() => onSelect(code)}
            onKeyDown={(event) => onKeyDown(event, index)}
            data-code-id={code.id}
          >
            <span
              className="code-twisty"
              aria-hidden="true"
              onClick={(event) => {
                if (!row.hasChildren) return;
                event.stopPropagation();
                onToggle(code);
              }}
            >
              {row.hasChildren ? (collapsed.has(code.id) ? '▸' : '▾') : ''}
            </span>
            <span className="code-dot" aria-hidden="true" />
            <span className="code-row-name" dir="auto">
              {code.name}
            </span>
            <span className="code-row-count" title={t.codeUsage(code.count, code.countWithDescendants)}>
              <span className="visually-hidden">{t.codeUsage(code.count, code.countWithDescendants)}</span>
              <span aria-hidden="true">
                {code.countWithDescendants > code.count ? `${code.count} · ${code.countWithDescendants}` : code.count}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
