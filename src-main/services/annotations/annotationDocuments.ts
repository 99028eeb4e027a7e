import type { Library } from '../project/library';
import type { LibraryEntry } from '../project/libraryEntry';
import type { TextStore } from '../project/textStore';

/** What annotations need to know of a report: its citation and the identity of its current text. */
export interface AnnotatedDocument {
  id: string;
  title: string;
  source?: string;
  date?: string;
  url?: string;
  sha256: string;
}

/** The project's reports as the annotations see them; the library and text store in the app. */
export interface AnnotationDocuments {
  get(id: string): AnnotatedDocument | undefined;
  findBySha(sha256: string): AnnotatedDocument | undefined;
  /** The stored text of the document's current version, or undefined when it is missing on disk. */
  text(document: AnnotatedDocument): string | undefined;
  /** Every report, in library order; what a whole-project REFI-QDA export writes as its sources. */
  all?(): AnnotatedDocument[];
}

function annotatedDocument(entry: LibraryEntry): AnnotatedDocument {
  const document: AnnotatedDocument = { id: entry.id, title: entry.title, sha256: entry.sha256 };
  if (entry.source !== undefined) document.source = entry.source;
  if (entry.date !== undefined) document.date = entry.date;
  if (entry.url !== undefined) document.url = entry.url;
  return document;
}

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
