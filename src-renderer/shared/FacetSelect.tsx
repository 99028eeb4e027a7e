import type { Facets } from '../../src-main/api/types';

interface FacetSelectProps {
  id: string;
  label: string;
  /** The first option, meaning "no filter". */
  allLabel: string;
  facets: Facets['sources'];
  value: string | undefined;
  onChange(value: string | undefined): void;
}

/** A labelled choice of one facet value (a source, a category) with its document count. */
export function FacetSelect({ id, label, allLabel, facets, value, onChange }: FacetSelectProps) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="select"
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || undefined)}
      >
        <option value="">{allLabel}</option>
        {facets.map((each) => (
          <option key={each.name} value={each.name}>
            {each.name} ({each.count})
          </option>
        ))}
      </select>
    </>
  );
}
