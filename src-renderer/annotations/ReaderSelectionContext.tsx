import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

/** A passage selected in the reader, in document offsets: what a new highlight or a re-attach takes. */
export interface ReaderSelection {
  docId: string;
  start: number;
  end: number;
  quote: string;
}

interface ReaderSelectionValue {
  selection: ReaderSelection | undefined;
  setSelection(selection: ReaderSelection | undefined): void;
}

/**
 * Apart from the other annotation state because it changes while the user drags: only the few
 * controls that act on the selection re-render.
 */
const ReaderSelectionContext = createContext<ReaderSelectionValue | null>(null);

export function ReaderSelectionProvider({ children }: { children: ReactNode }) {
  const [selection, setSelection] = useState<ReaderSelection | undefined>(undefined);
  const value = useMemo(() => ({ selection, setSelection }), [selection]);
  return <ReaderSelectionContext.Provider value={value}>{children}</ReaderSelectionContext.Provider>;
}

export function useReaderSelection(): ReaderSelectionValue {
  const value = useContext(ReaderSelectionContext);
  if (!value) throw new Error('useReaderSelection outside <ReaderSelectionProvider>');
  return value;
}
