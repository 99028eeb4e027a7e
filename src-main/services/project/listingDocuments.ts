import type { AnnotatedDocument, AnnotationDocuments } from '../../core/annotations/annotatedDocument';
import { readLibrarySummariesJson, type DocumentSummary } from './libraryListing';
import type { ProjectLayout } from './projectLayout';
import { readStoredText } from './storedText';

/*
 * The listing's summaries are one JSON array indented by two spaces (see libraryListing), so each
 * summary opens with this line pair: a string value cannot hold a raw newline, so nothing inside a
 * summary looks like it. Finding each summary's start by it costs a pass over the bytes; decoding
 * all 30,000 of ANT would cost ten times more, for the few a command cites.
 */
const SUMMARY_START = Buffer.from('\n  {\n    "id": ');
const SUMMARY_END = Buffer.from('\n  }');

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
  const startOf = new Map<string, number>();
  for (let at = summaries.indexOf(SUMMARY_START); at >= 0; at = summaries.indexOf(SUMMARY_START, at + 1)) {
    const idAt = at + SUMMARY_START.length;
    const id: unknown = JSON.parse(summaries.toString('utf8', idAt, summaries.indexOf(',\n', idAt)));
    if (typeof id !== 'string' || startOf.has(id)) return undefined;
    startOf.set(id, at + 3);
  }
  const decoded = new Map<number, AnnotatedDocument>();
  const documentAt = (start: number): AnnotatedDocument => {
    let document = decoded.get(start);
    if (document === undefined) {
      const end = summaries.indexOf(SUMMARY_END, start) + SUMMARY_END.length;
      document = annotated(JSON.parse(summaries.toString('utf8', start, end)) as DocumentSummary);
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
      return at < 0 ? undefined : documentAt(summaries.lastIndexOf(SUMMARY_START, at) + 3);
    },
    text: (document) => readStoredText(layout.texts, document.sha256),
  };
}
