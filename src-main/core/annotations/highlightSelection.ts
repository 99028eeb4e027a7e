import { normalizeArabic } from '../arabic';
import type { HighlightStatus } from './highlight';
import type { StoredHighlight } from './annotationData';
import type { AnnotatedDocument, AnnotationDocuments } from './annotatedDocument';
import type { AnnotationState } from './annotationState';
import { codeWithDescendants } from './codeTree';

export interface HighlightFilter {
  docId?: string | undefined;
  /** Includes codes nested under it, as retrieving a category in QDA software does. */
  codeId?: string | undefined;
  source?: string | undefined;
  text?: string | undefined;
  status?: HighlightStatus | undefined;
}

export interface SelectedHighlight {
  highlight: StoredHighlight;
  document: AnnotatedDocument;
}

const collator = new Intl.Collator(['ar', 'en'], { sensitivity: 'base', numeric: true });

/** Records are replaced, never mutated, so a cache keyed by the record object never goes stale. */
const searchableText = new WeakMap<StoredHighlight, string>();

function normalizedQuoteAndNote(highlight: StoredHighlight): string {
  let text = searchableText.get(highlight);
  if (text === undefined) {
    text = `${normalizeArabic(highlight.target.quote.exact)}\n${normalizeArabic(highlight.note)}`;
    searchableText.set(highlight, text);
  }
  return text;
}

/** A report the library no longer knows is still listed, under its id, rather than hiding its highlights. */
function documentOf(documents: AnnotationDocuments, highlight: StoredHighlight): AnnotatedDocument {
  return (
    documents.get(highlight.docId) ?? { id: highlight.docId, title: highlight.docId, sha256: highlight.target.sha256 }
  );
}

/** Reading order: reports by date then title, and within a report by position, orphans last. */
export function compareSelected(a: SelectedHighlight, b: SelectedHighlight): number {
  if (a.document.id !== b.document.id) {
    return (
      (a.document.date ?? '').localeCompare(b.document.date ?? '') ||
      collator.compare(a.document.title, b.document.title) ||
      a.document.id.localeCompare(b.document.id)
    );
  }
  const orphanA = Number(a.highlight.status === 'orphan');
  const orphanB = Number(b.highlight.status === 'orphan');
  const positionA = a.highlight.target.position;
  const positionB = b.highlight.target.position;
  return (
    orphanA - orphanB ||
    positionA.start - positionB.start ||
    positionA.end - positionB.end ||
    a.highlight.id.localeCompare(b.highlight.id)
  );
}

/** The highlights that pass `filter`, each with its report, in reading order. */
export function selectHighlights(
  state: AnnotationState,
  documents: AnnotationDocuments,
  filter: HighlightFilter,
): SelectedHighlight[] {
  const candidates = filter.docId !== undefined ? state.highlightsOf(filter.docId) : state.allHighlights();
  const codeIds = filter.codeId === undefined ? undefined : codeWithDescendants(state, filter.codeId);
  const needle = filter.text?.trim() ? normalizeArabic(filter.text.trim()) : undefined;
  const selected: SelectedHighlight[] = [];
  for (const highlight of candidates) {
    if (filter.status !== undefined && highlight.status !== filter.status) continue;
    if (codeIds !== undefined && !highlight.codeIds.some((id) => codeIds.has(id))) continue;
    if (needle !== undefined && !normalizedQuoteAndNote(highlight).includes(needle)) continue;
    const document = documentOf(documents, highlight);
    if (filter.source !== undefined && document.source !== filter.source) continue;
    selected.push({ highlight, document });
  }
  return selected.sort(compareSelected);
}
