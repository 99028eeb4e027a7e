import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AnnotationStatus, ApiClient, ListedCode, ListedHighlight, Memo } from '../../src-main/api/types';
import { useApi } from '../api/ApiContext';
import { useApiEvent } from '../api/useApiEvent';

/**
 * One fetch of a report's highlights serves the reader (painting) and the details panel (list).
 * Entries are dropped when a change names their report, or all of them when it names none.
 */
class DocumentHighlightsCache {
  private readonly entries = new Map<string, Promise<ListedHighlight[]>>();
  constructor(private readonly api: ApiClient) {}

  get(docId: string): Promise<ListedHighlight[]> {
    let entry = this.entries.get(docId);
    if (!entry) {
      entry = this.api.call('annotations.list', { docId, limit: 100_000 }).then((list) => list.items);
      entry.catch(() => this.entries.delete(docId));
      this.entries.set(docId, entry);
    }
    return entry;
  }

  forget(docId?: string): void {
    if (docId === undefined) this.entries.clear();
    else this.entries.delete(docId);
  }
}

interface Revisions {
  /** Bumps on every change. */
  total: number;
  /** Bumps on a change that named no report, so every report may have changed. */
  unscoped: number;
  /** Bumps for the reports a change named; a change naming none bumps `unscoped` instead. */
  byDocument: ReadonlyMap<string, number>;
}

export interface AnnotationData {
  /** Undefined until the first answer. */
  status: AnnotationStatus | undefined;
  codes: ListedCode[];
  codesById: ReadonlyMap<string, ListedCode>;
  /** The colours a new code is offered (the service's palette) and the one it would get now. */
  palette: readonly string[];
  nextColor: string;
  memos: Memo[];
  highlights: DocumentHighlightsCache;
  /** A key that changes whenever the highlights of `docId` (or, without it, of any report) may have. */
  revisionOf(docId?: string): string;
  /**
   * Re-reads after a change the service announces to no one: memo edits and history steps carry
   * no `annotations.changed` naming what moved.
   */
  refresh(docId?: string): void;
}

const AnnotationDataContext = createContext<AnnotationData | null>(null);

export function AnnotationDataProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const highlights = useMemo(() => new DocumentHighlightsCache(api), [api]);
  const [status, setStatus] = useState<AnnotationStatus | undefined>(undefined);
  const [codes, setCodes] = useState<ListedCode[]>([]);
  const [palette, setPalette] = useState<{ colors: readonly string[]; next: string }>({ colors: [], next: '#4e79a7' });
  const [memos, setMemos] = useState<Memo[]>([]);
  const [revisions, setRevisions] = useState<Revisions>({ total: 0, unscoped: 0, byDocument: new Map() });
  // Only the latest of overlapping reloads may land, or an old answer would undo a newer one.
  const latestLoad = useRef(0);

  const load = useCallback(() => {
    const load = ++latestLoad.current;
    api.call('annotations.status', {}).then(
      (answer) => {
        if (load !== latestLoad.current) return;
        setStatus(answer);
        if (answer.state !== 'ok') {
          setCodes([]);
          setMemos([]);
          return;
        }
        Promise.all([api.call('codes.list', {}), api.call('memos.list', {})]).then(
          ([codeList, memoList]) => {
            if (load !== latestLoad.current) return;
            setCodes(codeList.codes);
            setPalette({ colors: codeList.palette, next: codeList.nextColor });
            setMemos(memoList.memos);
          },
          (error: unknown) => console.error('codes.list or memos.list failed', error),
        );
      },
      (error: unknown) => console.error('annotations.status failed', error),
    );
  }, [api]);

  useEffect(load, [load]);

  const refresh = useCallback(
    (docId?: string) => {
      highlights.forget(docId);
      setRevisions((current) => {
        if (docId === undefined)
          return { total: current.total + 1, unscoped: current.unscoped + 1, byDocument: new Map() };
        const byDocument = new Map(current.byDocument);
        byDocument.set(docId, (byDocument.get(docId) ?? 0) + 1);
        return { total: current.total + 1, unscoped: current.unscoped, byDocument };
      });
      load();
    },
    [highlights, load],
  );

  useApiEvent('annotations.changed', (payload) => refresh(payload.docId));
  // A re-import may re-anchor highlights or orphan them.
  useApiEvent('library.changed', () => refresh());

  const value = useMemo<AnnotationData>(() => {
    const codesById = new Map(codes.map((code) => [code.id, code]));
    return {
      status,
      codes,
      codesById,
      palette: palette.colors,
      nextColor: palette.next,
      memos,
      highlights,
      revisionOf: (docId) =>
        docId === undefined
          ? `total:${revisions.total}`
          : `${revisions.unscoped}:${revisions.byDocument.get(docId) ?? 0}`,
      refresh,
    };
  }, [status, codes, palette, memos, highlights, revisions, refresh]);

  return <AnnotationDataContext.Provider value={value}>{children}</AnnotationDataContext.Provider>;
}

export function useAnnotationData(): AnnotationData {
  const value = useContext(AnnotationDataContext);
  if (!value) throw new Error('useAnnotationData outside <AnnotationDataProvider>');
  return value;
}
