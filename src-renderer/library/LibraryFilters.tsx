import { useId } from 'react';
import type { Facets } from '../../src-main/api/types';
import { useStrings } from '../i18n/useStrings';
import { ReportFilterFields } from '../shared/ReportFilterFields';
import type { LibrarySortKey } from '../i18n/Strings';
import type { LibraryFilter } from './useLibraryPages';

const sortKeys: LibrarySortKey[] = ['date', 'title', 'source', 'words', 'warnings', 'imported'];

interface LibraryFiltersProps {
  filter: LibraryFilter;
  facets: Facets;
  onChange(filter: LibraryFilter): void;
}

export function LibraryFilters({ filter, facets, onChange }: LibraryFiltersProps) {
  const t = useStrings();
  const id = useId();
  const filtered = Boolean(
    filter.sources?.length || filter.categories?.length || filter.after || filter.before || filter.title,
  );

  return (
    <div className="panel-controls">
      <input
        type="search"
        className="text-input"
        aria-label={t.filterTitle}
        placeholder={t.filterTitle}
        dir="auto"
        value={filter.title ?? ''}
        onChange={(event) => onChange({ ...filter, title: event.target.value || undefined })}
      />
      <div className="control-row">
        <label className="field-inline" htmlFor={`${id}-sort`}>
          {t.sortBy}
        </label>
        <select
          id={`${id}-sort`}
          className="select"
          value={filter.sort ?? 'date'}
          onChange={(event) => onChange({ ...filter, sort: event.target.value as LibrarySortKey })}
        >
          {sortKeys.map((key) => (
            <option key={key} value={key}>
              {t.sortKeys[key]}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="icon-button"
          aria-label={filter.descending ? t.descending : t.ascending}
          title={filter.descending ? t.descending : t.ascending}
          aria-pressed={Boolean(filter.descending)}
          onClick={() => onChange({ ...filter, descending: !filter.descending })}
        >
          <span aria-hidden="true">{filter.descending ? '↓' : '↑'}</span>
        </button>
      </div>
      <details className="filters" open={filtered || undefined}>
        <summary>{t.filters}</summary>
        <ReportFilterFields
          id={id}
          values={filter}
          facets={facets}
          onChange={(change) => onChange({ ...filter, ...change })}
          withCategories
          withDateHints
        />
        {filtered && (
          <button
            type="button"
            className="link-button"
            onClick={() => onChange({ sort: filter.sort, descending: filter.descending })}
          >
            {t.clearFilters}
          </button>
        )}
      </details>
    </div>
  );
}
