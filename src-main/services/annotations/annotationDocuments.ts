import type { Library } from '../project/library';
import type { LibraryEntry } from '../project/libraryEntry';
import type { AnnotatedDocument, AnnotationDocuments } from '../../core/annotations/annotatedDocument';
import type { TextStore } from '../project/textStore';

function annotatedDocument(entry: LibraryEntry): AnnotatedDocument {
  const document: AnnotatedDocument = { id: entry.id, title: entry.title, sha256: entry.sha256 };
  if (entry.source !== undefined) document.source = entry.source;
  if (entry.date !== undefined) document.date = entry.date;
  if (entry.url !== undefined) document.url = entry.url;
  return document;
}

/** The project's library and text store as the annotations see them. */
export function libraryDocuments(library: Library, texts: TextStore): AnnotationDocuments {
  return {
    get: (id) => {
      const entry = library.get(id);
      return entry === undefined ? undefined : annotatedDocument(entry);
    },
    findBySha: (sha256) => {
      const entry = library.findBySha(sha256);
      return entry === undefined ? undefined : annotatedDocument(entry);
    },
    text: (document) => texts.read(document.sha256),
    all: () => [...library.entries()].map(annotatedDocument),
  };
}
