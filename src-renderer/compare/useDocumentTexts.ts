import { useEffect, useState } from 'react';
import { useDocumentCache } from '../documents/DocumentCacheContext';

/**
 * The stored texts of a few reports, by id, as they arrive (the columns have usually fetched them
 * already, so this reads the same cached answers): what quotes a passage in a list.
 */
export function useDocumentTexts(ids: readonly string[]): ReadonlyMap<string, string> {
  const { cache } = useDocumentCache();
  const [texts, setTexts] = useState<ReadonlyMap<string, string>>(new Map());
  const key = ids.join('\n');
  useEffect(() => {
    let current = true;
    const wanted = key === '' ? [] : key.split('\n');
    Promise.all(wanted.map((id) => cache.get(id).catch(() => undefined))).then((documents) => {
      if (!current) return;
      const found = new Map<string, string>();
      for (const document of documents) if (document) found.set(document.id, document.text);
      setTexts(found);
    });
    return () => {
      current = false;
    };
  }, [cache, key]);
  return texts;
}
