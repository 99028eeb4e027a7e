import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { AnnotationStatus, ListedCode, Memo } from '../../src-main/api/types';
import { useApi } from '../api/ApiContext';
import { invalidateAnnotations, queryKeys } from '../app/queryKeys';
import { useQuery, useQueryCache } from '../shared/QueryCacheContext';

export interface AnnotationData {
  /** Undefined until the first answer. */
  status: AnnotationStatus | undefined;
  codes: ListedCode[];
  codesById: ReadonlyMap<string, ListedCode>;
  /** The colours a new code is offered (the service's palette) and the one it would get now. */
  palette: readonly string[];
  nextColor: string;
  memos: Memo[];
  /**
   * Re-reads after a change the service announces to no one: memo edits and history steps carry
   * no `annotations.changed` naming what moved.
   */
  refresh(docId?: string): void;
}

const NO_CODES: ListedCode[] = [];
const NO_MEMOS: Memo[] = [];
const NO_PALETTE: readonly string[] = [];
const FIRST_COLOR = '#4e79a7';

function logFailure(method: string) {
  return (error: unknown): never => {
    console.error(`${method} failed`, error);
    throw error;
  };
}

const AnnotationDataContext = createContext<AnnotationData | null>(null);

/** The store's state, the codebook and the memos, read through the query cache and shared by every view. */
export function AnnotationDataProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const cache = useQueryCache();
  const status = useQuery(queryKeys.annotationStatus(), () =>
    api.call('annotations.status', {}).catch(logFailure('annotations.status')),
  ).data;
  // A store that cannot be read has no codes or memos to list.
  const readable = status?.state === 'ok';
  const codeList = useQuery(readable ? queryKeys.codes() : undefined, () =>
    api.call('codes.list', {}).catch(logFailure('codes.list')),
  ).data;
  const memoList = useQuery(readable ? queryKeys.memos() : undefined, () =>
    api.call('memos.list', {}).catch(logFailure('memos.list')),
  ).data;

  const refresh = useCallback((docId?: string) => invalidateAnnotations(cache, docId), [cache]);

  const value = useMemo<AnnotationData>(() => {
    const codes = (readable && codeList?.codes) || NO_CODES;
    return {
      status,
      codes,
      codesById: new Map(codes.map((code) => [code.id, code])),
      palette: codeList?.palette ?? NO_PALETTE,
      nextColor: codeList?.nextColor ?? FIRST_COLOR,
      memos: (readable && memoList?.memos) || NO_MEMOS,
      refresh,
    };
  }, [status, readable, codeList, memoList, refresh]);

  return <AnnotationDataContext.Provider value={value}>{children}</AnnotationDataContext.Provider>;
}

export function useAnnotationData(): AnnotationData {
  const value = useContext(AnnotationDataContext);
  if (!value) throw new Error('useAnnotationData outside <AnnotationDataProvider>');
  return value;
}
