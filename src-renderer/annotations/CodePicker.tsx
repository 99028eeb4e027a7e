import { useEffect, useId, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { Code, ListedCode } from '../../src-main/api/types';
import { useApi } from '../api/ApiContext';
import { codePath, codeTreeRows } from '../codebook/codeTree';
import { ColorSwatches } from '../codebook/ColorSwatches';
import { useStrings } from '../i18n/useStrings';
import { useSettings } from '../settings/SettingsContext';
import { useAnnotationData } from './AnnotationDataContext';
import { CodeChip } from './CodeChip';
import { foldForMatching } from './foldForMatching';
import { localizedMessage } from './localizedMessage';

interface CodePickerProps {
  selectedIds: readonly string[];
  onChange(ids: string[]): void;
  autoFocus?: boolean;
  /** Escape in an empty search field: the picker has nothing left to cancel, its container may close. */
  onEscape?(): void;
}

interface Option {
  key: string;
  code?: ListedCode | Code;
  depth: number;
  label: string;
}

/**
 * Chooses any number of codes: type to filter the codebook (insensitive to hamza, harakat and
 * the like), arrows and Enter to toggle, or create a new code with its colour on the spot.
 */
export function CodePicker({ selectedIds, onChange, autoFocus, onEscape }: CodePickerProps) {
  const t = useStrings();
  const api = useApi();
  const id = useId();
  const { language } = useSettings().settings;
  const { codes, codesById, nextColor, refresh } = useAnnotationData();
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const [newColor, setNewColor] = useState<string | undefined>(undefined);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  // A code created here is shown at once, before the codebook is read again.
  const [created, setCreated] = useState<Code[]>([]);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const known = useMemo(() => {
    const all = new Map<string, ListedCode | Code>(codesById);
    for (const code of created) if (!all.has(code.id)) all.set(code.id, code);
    return all;
  }, [codesById, created]);

  const folded = foldForMatching(query);
  const options = useMemo<Option[]>(() => {
    const rows = codeTreeRows(codes);
    if (!folded) return rows.map(({ code, depth }) => ({ key: code.id, code, depth, label: code.name }));
    return rows
      .filter(({ code }) => foldForMatching(codePath(code, codesById)).includes(folded))
      .map(({ code }) => ({ key: code.id, code, depth: 0, label: codePath(code, codesById) }));
  }, [codes, codesById, folded]);
  const exactExists = codes.some((code) => code.parentId === undefined && foldForMatching(code.name) === folded);
  const canCreate = query.trim() !== '' && !exactExists;
  const allOptions: Option[] = canCreate ? [...options, { key: '__create', depth: 0, label: query.trim() }] : options;
  const suggestedColor = nextColor;
  const color = newColor ?? suggestedColor;

  useEffect(() => setActiveIndex(0), [folded]);
  useEffect(() => {
    listRef.current?.querySelector('.is-active')?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);
  useEffect(() => {
    if (autoFocus) inputRef.current?.focus({ preventScroll: true });
  }, [autoFocus]);

  function toggle(codeId: string) {
    onChange(selectedIds.includes(codeId) ? selectedIds.filter((each) => each !== codeId) : [...selectedIds, codeId]);
  }

  async function create() {
    const name = query.trim();
    if (!name || creating) return;
    setCreating(true);
    setError(undefined);
    try {
      const code = await api.call('codes.create', { name, color });
      setCreated((list) => [...list, code]);
      onChange([...selectedIds, code.id]);
      setQuery('');
      setNewColor(undefined);
      refresh();
    } catch (failure) {
      setError(localizedMessage(failure, language));
    } finally {
      setCreating(false);
      inputRef.current?.focus();
    }
  }

  function choose(option: Option | undefined) {
    if (!option) return;
    if (option.code) {
      toggle(option.code.id);
      setQuery('');
    } else void create();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (allOptions.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex((index) => (index + step + allOptions.length) % allOptions.length);
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      choose(allOptions[activeIndex]);
    } else if (event.key === 'Escape') {
      if (query) {
        event.preventDefault();
        event.stopPropagation();
        setQuery('');
      } else onEscape?.();
    } else if (event.key === 'Backspace' && query === '' && selectedIds.length > 0) {
      onChange(selectedIds.slice(0, -1));
    }
  }

  const activeOption = allOptions[activeIndex];
  return (
    <div className="code-picker">
      <label htmlFor={`${id}-input`} className="field-label">
        {t.codesLabel}
      </label>
      {selectedIds.length > 0 && (
        <div className="chip-row" data-testid="picked-codes">
          {selectedIds.map((codeId) => {
            const code = known.get(codeId);
            return code ? (
              <CodeChip
                key={codeId}
                name={code.name}
                color={code.color}
                title={codePath(codesById.get(codeId), codesById) || code.name}
                onRemove={() => toggle(codeId)}
              />
            ) : null;
          })}
        </div>
      )}
      <input
        ref={inputRef}
        id={`${id}-input`}
        className="text-input code-picker-input"
        role="combobox"
        aria-expanded={allOptions.length > 0}
        aria-controls={allOptions.length > 0 ? `${id}-options` : undefined}
        aria-autocomplete="list"
        aria-activedescendant={activeOption ? `${id}-option-${activeOption.key}` : undefined}
        placeholder={t.codeSearchPlaceholder}
        value={query}
        dir="auto"
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
        data-testid="code-picker-input"
      />
      {allOptions.length === 0 ? (
        // Outside any listbox: a listbox holds options only, and there are none to show.
        <p className="code-options code-options-empty">{codes.length === 0 ? t.noCodesYet : t.noCodeMatches}</p>
      ) : (
        <ul
          ref={listRef}
          id={`${id}-options`}
          className="code-options"
          role="listbox"
          aria-multiselectable="true"
          aria-label={t.codeOptionsLabel}
        >
          {allOptions.map((option, index) => {
            const selected = option.code ? selectedIds.includes(option.code.id) : false;
            return (
              <li
                key={option.key}
                id={`${id}-option-${option.key}`}
                role="option"
                aria-selected={selected}
                className={`code-option${index === activeIndex ? ' is-active' : ''}${option.code ? '' : ' is-create'}`}
                style={
                  {
                    '--code-color': option.code?.color ?? color,
                    paddingInlineStart: `${8 + option.depth * 14}px`,
                  } as CSSProperties
                }
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => {
                  setActiveIndex(index);
                  choose(option);
                }}
                data-testid={option.code ? 'code-option' : 'code-option-create'}
              >
                <span className="code-check" aria-hidden="true">
                  {option.code ? (selected ? '✓' : '') : '+'}
                </span>
                <span className="code-dot" aria-hidden="true" />
                <span className="code-option-name" dir="auto">
                  {option.code ? option.label : t.createCode(option.label)}
                </span>
                {option.code && 'count' in option.code && (
                  <span className="code-option-count" aria-label={t.codeCount(option.code.count)}>
                    {option.code.count}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {canCreate && <ColorSwatches label={t.newCodeColor} value={color} onChange={setNewColor} compact />}
      {error && (
        <p className="error-text small" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
