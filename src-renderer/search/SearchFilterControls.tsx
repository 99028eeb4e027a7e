import { useId } from 'react';
import type { Facets } from '../../src-main/api/types';
import { useStrings } from '../i18n/useStrings';
import { ReportFilterFields } from '../shared/ReportFilterFields';
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
      <ReportFilterFields
        id={id}
        values={filters}
        facets={facets}
        onChange={(change) => onChange({ ...filters, ...change })}
      />
      {active && (
        <button type="button" className="link-button" onClick={() => onChange({})}>
          {t.clearFilters}
        </button>
      )}
    </details>
  );
}
