import { useEffect, useState } from 'react';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface IsoDateInputProps {
  id: string;
  value: string | undefined;
  onChange(value: string | undefined): void;
  /** Shown while empty, e.g. the corpus's first or last date. */
  hint?: string;
}

/**
 * A date typed as YYYY-MM-DD. Not <input type="date">: its format follows the browser's locale
 * (mm/dd/yyyy on most machines), whatever the interface language, while the query syntax, the
 * documents and citations all use ISO dates. The filter changes only once the date is complete.
 */
export function IsoDateInput({ id, value, onChange, hint }: IsoDateInputProps) {
  const [draft, setDraft] = useState(value ?? '');
  useEffect(() => setDraft(value ?? ''), [value]);
  const invalid = draft !== '' && !ISO_DATE.test(draft);

  return (
    <input
      id={id}
      type="text"
      className="text-input date-input"
      inputMode="numeric"
      placeholder={hint ?? 'YYYY-MM-DD'}
      dir="ltr"
      maxLength={10}
      value={draft}
      aria-invalid={invalid || undefined}
      onChange={(event) => {
        const next = event.target.value.trim();
        setDraft(next);
        if (next === '') onChange(undefined);
        else if (ISO_DATE.test(next)) onChange(next);
      }}
    />
  );
}
