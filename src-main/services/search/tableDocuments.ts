import type { AnnotatedDocument, AnnotationDocuments } from '../../core/annotations/annotatedDocument';
import type { DiskSearchIndex, StoredDocument } from './tables/diskSearchIndex';

function annotated(document: StoredDocument): AnnotatedDocument {
  const { id, title, source, date, sha256 } = document;
  const found: AnnotatedDocument = { id, title, sha256 };
  if (source !== undefined) found.source = source;
  if (date !== undefined) found.date = date;
  return found;
}

/**
 * The reports as highlight search sees them, read from the tables by id. Each is read once: a
 * project's highlights lie two or more to a report, and each lookup reads the tables' files (a
 * tenth of a second for each ten thousand highlights, on ANT).
 */
export function tableDocuments(index: DiskSearchIndex): AnnotationDocuments {
  const found = new Map<string, AnnotatedDocument | undefined>();
  return {
    get: (id) => {
      if (!found.has(id)) {
        const document = index.documentById(id);
        found.set(id, document && annotated(document));
      }
      return found.get(id);
    },
    // Readers of the tables never re-anchor highlights, the one use of a lookup by text.
    findBySha: () => undefined,
    text: (document) => (document.sha256 === '' ? undefined : index.textOf({ ...document, boilerplate: [] })),
  };
}
