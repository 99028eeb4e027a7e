import { useEffect, useState } from 'react';
import type { DocumentDetail } from '../../src-main/api/types';
import { useApi } from '../api/ApiContext';
import { fetchDocument } from '../documents/useDocument';
import { useQueryCache } from '../shared/QueryCacheContext';

/**
 * A few reports, by id, once they have all arrived (the columns or the library have usually
 * fetched them already, so this reads the same cached answers): what a passage list quotes and a
 * story's timeline lists. A report that cannot be read is left out.
 */
export function useDocumentDetails(ids: readonly string[]): ReadonlyMap<string, DocumentDetail> {
  const api = useApi();
  const cache = useQueryCache();
  const [details, setDetails] = useState<ReadonlyMap<string, DocumentDetail>>(new Map());
  const key = ids.join('\n');
  useEffect(() => {
    let current = true;
    const wanted = key === '' ? [] : key.split('\n');
    Promise.all(wanted.map((id) => fetchDocument(cache, api, id).catch(() => undefined))).then((documents) => {
      if (!current) return;
      const found = new Map<string, DocumentDetail>();
      for (const document of documents) if (document) found.set(document.id, document);
      setDetails(found);
    });
    return () => {
      current = false;
    };
  }, [api, cache, key]);
  return details;
}
