import type { Facets } from '../../src-main/api/types';
import { useStrings } from '../i18n/useStrings';
import { FacetSelect } from './FacetSelect';
import { IsoDateInput } from './IsoDateInput';

/** The filters the library and search share; each picks one source (and category) of the facets. */
export interface ReportFilterValues {
  sources?: string[];
  categories?: string[];
  after?: string;
  before?: string;
}

interface ReportFilterFieldsProps {
  /** Prefix of the fields' ids, unique on the page (from `useId`). */
  id: string;
  values: ReportFilterValues;
  facets: Facets;
  onChange(change: ReportFilterValues): void;
  /** Offer the category facet too (search filters by source and date only). */
  withCategories?: boolean;
  /** Show the library's first and last dates as the date fields' hints. */
  withDateHints?: boolean;
}

/** Source, category and date range, in the filters grid of the library and of search. */
export function ReportFilterFields({
  id,
  values,
  facets,
  onChange,
  withCategories = false,
  withDateHints = false,
}: ReportFilterFieldsProps) {
  const t = useStrings();
  return (
    <div className="filters-grid">
      <FacetSelect
        id={`${id}-source`}
        label={t.source}
        allLabel={t.allSources}
        facets={facets.sources}
        value={values.sources?.[0]}
        onChange={(value) => onChange({ sources: value ? [value] : undefined })}
      />
      {withCategories && (
        <FacetSelect
          id={`${id}-category`}
          label={t.category}
          allLabel={t.allCategories}
          facets={facets.categories}
          value={values.categories?.[0]}
          onChange={(value) => onChange({ categories: value ? [value] : undefined })}
        />
      )}
      <label htmlFor={`${id}-after`}>{t.dateFrom}</label>
      <IsoDateInput
        id={`${id}-after`}
        value={values.after}
        hint={withDateHints ? facets.firstDate?.slice(0, 10) : undefined}
        onChange={(value) => onChange({ after: value })}
      />
      <label htmlFor={`${id}-before`}>{t.dateTo}</label>
      <IsoDateInput
        id={`${id}-before`}
        value={values.before}
        hint={withDateHints ? facets.lastDate?.slice(0, 10) : undefined}
        onChange={(value) => onChange({ before: value })}
      />
    </div>
  );
}
