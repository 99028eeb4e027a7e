import { useMemo } from 'react';
import { useAnnotationData } from '../annotations/AnnotationDataContext';
import { useStrings } from '../i18n/useStrings';
import { codeTreeRows, codeWithDescendants } from './codeTree';

interface ParentCodeSelectProps {
  id: string;
  value: string | undefined;
  onChange(parentId: string | undefined): void;
  /** The code being edited: neither it nor its descendants can become its parent. */
  codeId?: string;
}

/** Chooses where a code nests, with the codebook's indentation; a code cannot nest under itself. */
export function ParentCodeSelect({ id, value, onChange, codeId }: ParentCodeSelectProps) {
  const t = useStrings();
  const { codes } = useAnnotationData();
  const excluded = useMemo(() => (codeId ? codeWithDescendants(codes, codeId) : new Set<string>()), [codes, codeId]);
  const rows = useMemo(() => codeTreeRows(codes).filter((row) => !excluded.has(row.code.id)), [codes, excluded]);
  return (
    <select
      id={id}
      className="select"
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value || undefined)}
    >
      <option value="">{t.topLevel}</option>
      {rows.map(({ code, depth }) => (
        <option key={code.id} value={code.id}>
          {`${'\u00a0\u00a0\u00a0'.repeat(depth)}${code.name}`}
        </option>
      ))}
    </select>
  );
}
