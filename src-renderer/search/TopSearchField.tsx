import { useRef, type KeyboardEvent } from 'react';
import { useWorkbench } from '../app/WorkbenchContext';
import { useCommand, useCommands } from '../commands/CommandContext';
import { OPEN_PICKED_COMMAND } from '../compare/useOpenPickedCommand';
import { GLOBAL_SCOPE } from '../commands/commandRegistry';
import { useStrings } from '../i18n/useStrings';
import { SEARCH_RESULTS_ID, useSearchQuery } from './SearchQueryContext';

/**
 * The corpus search field, in the top bar so it is in reach from every view (Ctrl/⌘+K). Typing
 * shows the search results; the arrows and Enter move in them and open one, as in a combobox.
 */
export function TopSearchField() {
  const t = useStrings();
  const { dispatch } = useWorkbench();
  const commands = useCommands();
  const { query, setQuery, activeResultId } = useSearchQuery();
  const inputRef = useRef<HTMLInputElement>(null);

  useCommand(GLOBAL_SCOPE, 'search.focus', {
    run: () =>
      requestAnimationFrame(() => {
        inputRef.current?.focus();
        inputRef.current?.select();
      }),
  });

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const mod = event.ctrlKey || event.metaKey;
    const command =
      mod && event.key === ' '
        ? 'search.pickResult'
        : mod && event.key === 'Enter'
          ? OPEN_PICKED_COMMAND
          : event.key === 'ArrowDown'
            ? 'search.nextResult'
            : event.key === 'ArrowUp'
              ? 'search.previousResult'
              : event.key === 'Enter'
                ? 'search.openResult'
                : undefined;
    if (command !== undefined) {
      event.preventDefault();
      commands.run(command);
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      setQuery('');
    }
  }

  return (
    <div className="search-box top-search" role="search">
      <span className="search-icon" aria-hidden="true">
        ⌕
      </span>
      <input
        ref={inputRef}
        type="search"
        className="text-input search-input"
        aria-label={t.searchLabel}
        aria-keyshortcuts="Control+K"
        title={t.searchShortcutHint}
        placeholder={t.searchPlaceholder}
        value={query}
        dir="auto"
        autoComplete="off"
        spellCheck={false}
        aria-controls={SEARCH_RESULTS_ID}
        aria-activedescendant={activeResultId}
        onChange={(event) => {
          setQuery(event.target.value);
          dispatch({ type: 'show-side-tab', tab: 'search' });
        }}
        onKeyDown={onKeyDown}
        data-testid="search-input"
      />
    </div>
  );
}
