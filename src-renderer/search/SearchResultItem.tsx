import { memo } from 'react';
import type { SearchHit } from '../../src-main/api/types';
import { useStrings } from '../i18n/useStrings';
import { formatDate } from '../shared/formatDate';
import { SnippetText } from './SnippetText';

const SNIPPETS_SHOWN = 3;

interface SearchResultItemProps {
  id: string;
  index: number;
  hit: SearchHit;
  active: boolean;
  /** `pick`: Ctrl/⌘ was held, to pick the report for the compare view rather than open it. */
  onOpen(index: number, pick: boolean): void;
  picked?: boolean;
}

/** Memoized: typing re-renders the panel on every key, and unchanged results need not follow. */
export const SearchResultItem = memo(function SearchResultItem({
  id,
  index,
  hit,
  active,
  onOpen,
  picked,
}: SearchResultItemProps) {
  const t = useStrings();
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={`result${active ? ' is-active' : ''}`}
      data-document-id={hit.id}
      data-picked={picked ? 'true' : undefined}
      onClick={(event) => onOpen(index, event.ctrlKey || event.metaKey)}
    >
      <div className="result-head">
        <span className="result-title" dir="auto">
          {hit.title || t.untitled}
        </span>
        {hit.partial && (
          <span className="badge badge-partial" title={t.partialBadgeTitle}>
            {t.partialBadge}
          </span>
        )}
      </div>
      {(hit.source || hit.date) && (
        <div className="row-meta">
          {hit.source && <span dir="auto">{hit.source}</span>}
          {hit.date && <span>{formatDate(hit.date)}</span>}
        </div>
      )}
      {hit.snippets.slice(0, SNIPPETS_SHOWN).map((snippet) => (
        <SnippetText
          key={snippet.start}
          snippet={snippet}
          documentStartsHere={snippet.startsText ?? snippet.start === 0}
        />
      ))}
    </li>
  );
});
