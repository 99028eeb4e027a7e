import { sha256Hex } from '../text/sha256Hex';
import type { AnnotationExportInput } from './exportInput';
import { resolveExportedHighlights, type ExportedHighlight } from './resolveExportedHighlights';
import { firstStrongDirection } from './textDirection';
import {
  COLLECTION_IRI_PREFIX,
  DOCUMENT_IRI_PREFIX,
  HIGHLIGHT_IRI_PREFIX,
  QARIN_CONTEXT,
  WEB_ANNOTATION_CONTEXT,
  qarinIri,
} from './webAnnotationVocabulary';

export interface WebAnnotationExportOptions {
  /** Shown by viewers as the collection's name. */
  label?: string;
  /** ISO 8601 time the file was made (`generated`); omitted when not given, so output stays reproducible. */
  generatedAt?: string;
}

interface TextualBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'commenting';
  value: string;
  format?: 'text/markdown';
  language?: 'ar';
  textDirection?: 'rtl' | 'ltr';
}

function languageTags(text: string): Pick<TextualBody, 'language' | 'textDirection'> {
  const direction = firstStrongDirection(text);
  if (direction === undefined) return {};
  const firstLetter = /\p{L}/u.exec(text)?.[0] ?? '';
  return /\p{Script=Arabic}/u.test(firstLetter)
    ? { language: 'ar', textDirection: direction }
    : { textDirection: direction };
}

function annotationOf(entry: ExportedHighlight) {
  const { highlight, document } = entry;
  const bodies: TextualBody[] = entry.codes.map(({ code }) => ({
    type: 'TextualBody',
    purpose: 'tagging',
    value: code.name,
    ...languageTags(code.name),
  }));
  if (highlight.note.length > 0) {
    bodies.push({
      type: 'TextualBody',
      purpose: 'commenting',
      value: highlight.note,
      format: 'text/markdown',
      ...languageTags(highlight.note),
    });
  }
  const { exact, prefix, suffix } = highlight.target.quote;
  const selectors: object[] = [{ type: 'TextQuoteSelector', exact, prefix, suffix }];
  if (entry.startCodePoint !== undefined && entry.endCodePoint !== undefined) {
    selectors.push({ type: 'TextPositionSelector', start: entry.startCodePoint, end: entry.endCodePoint });
  }
  return {
    id: qarinIri(HIGHLIGHT_IRI_PREFIX, highlight.id),
    type: 'Annotation',
    motivation: 'highlighting',
    created: highlight.created,
    modified: highlight.modified,
    ...(bodies.length > 0 ? { body: bodies } : {}),
    target: {
      source: qarinIri(DOCUMENT_IRI_PREFIX, document.id),
      sha256: highlight.target.sha256,
      selector: selectors,
    },
  };
}

/**
 * The highlights as a W3C Web Annotation `AnnotationCollection` whose first (and only) page embeds
 * every annotation, readable by any Web Annotation tool and by `parseWebAnnotationCollection`. Codes
 * become `tagging` bodies, notes `commenting` bodies in Markdown; positions count code points. An
 * orphan carries no TextPositionSelector: its old offsets would point at the wrong passage.
 */
export function exportWebAnnotations(input: AnnotationExportInput, options: WebAnnotationExportOptions = {}): string {
  const items = resolveExportedHighlights(input).map(annotationOf);
  const fingerprint = sha256Hex(
    items
      .map((item) => item.id)
      .sort()
      .join('\n'),
  ).slice(0, 32);
  const collectionId = qarinIri(COLLECTION_IRI_PREFIX, fingerprint);
  const collection = {
    '@context': [WEB_ANNOTATION_CONTEXT, QARIN_CONTEXT],
    id: collectionId,
    type: 'AnnotationCollection',
    ...(options.label !== undefined ? { label: options.label } : {}),
    ...(options.generatedAt !== undefined ? { generated: options.generatedAt } : {}),
    total: items.length,
    first: { id: `${collectionId}:page:0`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
