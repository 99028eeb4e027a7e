import { useId } from 'react';
import type { Facets } from '../../src-main/api/types';
import { useStrings } from '../i18n/useStrings';
import { IsoDateInput } from '../shared/IsoDateInput';
import type { SearchFilters } from './useSearch';

interface SearchFilterControlsProps {
  filters: SearchFilters;
  facets: Facets;
  onChange(filters: SearchFilters): void;
}

export function SearchFilterControls({ filters, facets, onChange }: SearchFilterControlsProps) {
  const t = useStrings();
  const id = useId();
  const active = Boolean(filters.sources?.length || filters.after || filters.before);
  return (
    <details className="filters" open={active || undefined}>
      <summary>
        {t.filters}
        {active && <span className="dot" aria-hidden="true" />}
      </summary>
      <div className="filters-grid">
        <label htmlFor={`${id}-source`}>{t.source}</label>
        <select
          id={`${id}-source`}
          className="select"
          value={filters.sources?.[0] ?? ''}
          onChange={(event) => onChange({ ...filters, sources: event.target.value ? [event.target.value] : undefined })}
        >
          <option value="">{t.allSources}</option>
          {facets.sources.map((each) => (
            <option key={each.name} value={each.name}>
              {each.name} ({each.count})
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-after`}>{t.dateFrom}</label>
        <IsoDateInput
            id={`${id}-after`}
            value={filters.after}
            onChange={(value) => onChange({ ...filters, after: value })}
          />
        <label htmlFor={`${id}-before`}>{t.dateTo}</label>
        <IsoDateInput
            id={`${id}-before`}
            value={filters.before}
            onChange={(value) => onChange({ ...filters, before: value })}
          />
      </div>
      {active && (
        <button type="button" className="link-button" onClick={() => onChange({})}>
          {t.clearFilters}
        </button>
      )}
    </details>
  );
}
