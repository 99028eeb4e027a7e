import type { AnnotatedDocument, AnnotationDocuments } from '../../core/annotations/annotatedDocument';
import {
  readLibrarySummariesJson,
  summaryAt,
  summaryHolding,
  summaryStarts,
  type DocumentSummary,
} from './libraryListing';
import type { ProjectLayout } from './projectLayout';
import { readStoredText } from './storedText';

/** How each summary opens: with its id, the first field of the contract's order. */
const ID_FIELD = Buffer.from('{\n    "id": ');

function annotated(summary: DocumentSummary): AnnotatedDocument {
  const { id, title, sha256, source, date, url } = summary;
  const document: AnnotatedDocument = { id, title, sha256 };
  if (source !== undefined) document.source = source;
  if (date !== undefined) document.date = date;
  if (url !== undefined) document.url = url;
  return document;
}

/**
 * The project's reports as annotations see them, read from the library listing and the text store
 * instead of the library: for a command that cites a few reports and exits. Undefined when the
 * listing is missing, damaged or not of the library as it is now. `all` is left out: it is in
 * library order, which the listing (sorted by date) does not keep.
 */
export async function openListingDocuments(layout: ProjectLayout): Promise<AnnotationDocuments | undefined> {
  const summaries = await readLibrarySummariesJson(layout);
  if (!summaries) return undefined;
  const starts = summaryStarts(summaries);
  const startOf = new Map<string, number>();
  for (const start of starts) {
    if (!summaries.subarray(start, start + ID_FIELD.length).equals(ID_FIELD)) return undefined;
    const idAt = start + ID_FIELD.length;
    const id: unknown = JSON.parse(summaries.toString('utf8', idAt, summaries.indexOf(',\n', idAt)));
    if (typeof id !== 'string' || startOf.has(id)) return undefined;
    startOf.set(id, start);
  }
  const decoded = new Map<number, AnnotatedDocument>();
  const documentAt = (start: number): AnnotatedDocument => {
    let document = decoded.get(start);
    if (document === undefined) {
      document = annotated(summaryAt(summaries, start));
      decoded.set(start, document);
    }
    return document;
  };
  return {
    get: (id) => {
      const start = startOf.get(id);
      return start === undefined ? undefined : documentAt(start);
    },
    findBySha: (sha256) => {
      const at = summaries.indexOf(`\n    "sha256": ${JSON.stringify(sha256)}`);
      return at < 0 ? undefined : documentAt(summaryHolding(summaries, at));
    },
    text: (document) => readStoredText(layout.texts, document.sha256),
  };
}
