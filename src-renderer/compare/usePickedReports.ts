import { useCallback, useState } from 'react';
import type { DocumentRef } from '../app/workbenchState';

export interface PickedReports {
  picked: readonly DocumentRef[];
  isPicked(documentId: string): boolean;
  toggle(document: DocumentRef): void;
  clear(): void;
}

/** Reports picked (Ctrl/⌘+click) in a list, in the order they were picked: the columns' order. */
export function usePickedReports(): PickedReports {
  const [picked, setPicked] = useState<readonly DocumentRef[]>([]);
  const toggle = useCallback(
    (document: DocumentRef) =>
      setPicked((current) =>
        current.some((each) => each.documentId === document.documentId)
          ? current.filter((each) => each.documentId !== document.documentId)
          : [...current, document],
      ),
    [],
  );
  const clear = useCallback(() => setPicked([]), []);
  const isPicked = useCallback((documentId: string) => picked.some((each) => each.documentId === documentId), [picked]);
  return { picked, isPicked, toggle, clear };
}
