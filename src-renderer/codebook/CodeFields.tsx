import { useStrings } from '../i18n/useStrings';
import { ColorSwatches } from './ColorSwatches';
import { ParentCodeSelect } from './ParentCodeSelect';

export interface CodeFieldValues {
  name: string;
  color: string;
  parentId: string | undefined;
  description: string;
}

interface CodeFieldsProps {
  /** Prefix of the fields' ids, unique on the page (from `useId`). */
  id: string;
  values: CodeFieldValues;
  onChange(values: CodeFieldValues): void;
  /** The code being edited, which its own subtree cannot become the parent of; none for a new code. */
  codeId?: string;
  descriptionRows: number;
  autoFocus?: boolean;
  nameTestId: string;
}

/** A code's name, colour, place in the tree and description: the fields of a new code and of an existing one. */
export function CodeFields({ id, values, onChange, codeId, descriptionRows, autoFocus, nameTestId }: CodeFieldsProps) {
  const t = useStrings();
  const set = (change: Partial<CodeFieldValues>) => onChange({ ...values, ...change });
  return (
    <>
      <label htmlFor={`${id}-name`} className="field-label">
        {t.codeName}
      </label>
      <input
        id={`${id}-name`}
        className="text-input"
        value={values.name}
        dir="auto"
        autoFocus={autoFocus}
        required
        onChange={(event) => set({ name: event.target.value })}
        data-testid={nameTestId}
      />
      <ColorSwatches label={t.codeColor} value={values.color} onChange={(color) => set({ color })} />
      <label htmlFor={`${id}-parent`} className="field-label">
        {t.codeParent}
      </label>
      <ParentCodeSelect
        id={`${id}-parent`}
        value={values.parentId}
        onChange={(parentId) => set({ parentId })}
        codeId={codeId}
      />
      <label htmlFor={`${id}-description`} className="field-label">
        {t.codeDescription}
      </label>
      <textarea
        id={`${id}-description`}
        className="text-input"
        rows={descriptionRows}
        dir="auto"
        placeholder={t.codeDescriptionPlaceholder}
        value={values.description}
        onChange={(event) => set({ description: event.target.value })}
      />
    </>
  );
}
