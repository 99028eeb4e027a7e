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
