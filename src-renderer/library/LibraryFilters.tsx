import { useId } from 'react';
import type { Facets } from '../../src-main/api/types';
import { useStrings } from '../i18n/useStrings';
import { IsoDateInput } from '../shared/IsoDateInput';
import { FacetSelect } from '../shared/FacetSelect';
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
        <div className="filters-grid">
          <FacetSelect
            id={`${id}-source`}
            label={t.source}
            allLabel={t.allSources}
            facets={facets.sources}
            value={filter.sources?.[0]}
            onChange={(value) => onChange({ ...filter, sources: value ? [value] : undefined })}
          />
          <FacetSelect
            id={`${id}-category`}
            label={t.category}
            allLabel={t.allCategories}
            facets={facets.categories}
            value={filter.categories?.[0]}
            onChange={(value) => onChange({ ...filter, categories: value ? [value] : undefined })}
          />
          <label htmlFor={`${id}-after`}>{t.dateFrom}</label>
          <IsoDateInput
            id={`${id}-after`}
            value={filter.after}
            hint={facets.firstDate?.slice(0, 10)}
            onChange={(value) => onChange({ ...filter, after: value })}
          />
          <label htmlFor={`${id}-before`}>{t.dateTo}</label>
          <IsoDateInput
            id={`${id}-before`}
            value={filter.before}
            hint={facets.lastDate?.slice(0, 10)}
            onChange={(value) => onChange({ ...filter, before: value })}
          />
        </div>
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
