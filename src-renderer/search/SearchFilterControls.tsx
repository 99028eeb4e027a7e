import { useId } from 'react';
import type { Facets } from '../../src-main/api/types';
import { useStrings } from '../i18n/useStrings';
import { IsoDateInput } from '../shared/IsoDateInput';
import { FacetSelect } from '../shared/FacetSelect';
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
        <FacetSelect
          id={`${id}-source`}
          label={t.source}
          allLabel={t.allSources}
          facets={facets.sources}
          value={filters.sources?.[0]}
          onChange={(value) => onChange({ ...filters, sources: value ? [value] : undefined })}
        />
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
