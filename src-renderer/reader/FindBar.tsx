import type { KeyboardEvent, RefObject } from 'react';
import { useStrings } from '../i18n/useStrings';

interface FindBarProps {
  query: string;
  onQueryChange(query: string): void;
  current: number | undefined;
  total: number;
  onNext(): void;
  onPrevious(): void;
  /** The reader's Ctrl/⌘+F command selects this field. */
  inputRef: RefObject<HTMLInputElement | null>;
}

export function FindBar({ query, onQueryChange, current, total, onNext, onPrevious, inputRef }: FindBarProps) {
  const t = useStrings();

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (event.shiftKey) onPrevious();
      else onNext();
    }
  }

  return (
    <div className="find-bar" role="search" aria-label={t.findLabel}>
      <input
        ref={inputRef}
        type="search"
        className="text-input find-input"
        aria-label={t.findLabel}
        placeholder={t.findPlaceholder}
        dir="auto"
        value={query}
        spellCheck={false}
        onChange={(event) => onQueryChange(event.target.value)}
        onKeyDown={onKeyDown}
        data-testid="find-input"
      />
      {/* "3 / 17" reads left to right in both languages, like the page numbers it resembles. */}
      <output className="hit-counter" dir="ltr" aria-live="polite" data-testid="hit-counter">
        {total === 0 ? t.noHits : t.hitCounter(current === undefined ? 0 : current + 1, total)}
      </output>
      <button
        type="button"
        className="icon-button"
        onClick={onPrevious}
        disabled={total === 0}
        aria-label={t.previousHit}
        title={t.previousHit}
      >
        <span aria-hidden="true" className="flip-in-rtl">
          ↑
        </span>
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={onNext}
        disabled={total === 0}
        aria-label={t.nextHit}
        title={t.nextHit}
        data-testid="next-hit"
      >
        <span aria-hidden="true">↓</span>
      </button>
    </div>
  );
}
