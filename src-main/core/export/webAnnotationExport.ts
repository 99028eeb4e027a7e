import { sha256Hex } from '../text/sha256Hex';
import type { AnnotationExportInput } from './exportInput';
import { resolveExportedHighlights, type ExportedHighlight } from './resolveExportedHighlights';
import { firstStrongDirection } from './textDirection';
import { EXPORT_LABELS, type ExportLanguage } from './exportLabels';
import { textLanguage } from './textLanguage';
import {
  ANNOTATION_CONTEXT,
  COLLECTION_IRI_PREFIX,
  DOCUMENT_IRI_PREFIX,
  HIGHLIGHT_IRI_PREFIX,
  QARIN_AGENT,
  qarinIri,
} from './webAnnotationVocabulary';

export interface WebAnnotationExportOptions {
  /** Shown by viewers as the collection's name. */
  label?: string;
  /** ISO 8601 time the file was made (`generated`); omitted when not given, so output stays reproducible. */
  generatedAt?: string;
  /** Language of the words the export adds itself (the body saying a highlight is uncoded). */
  language?: ExportLanguage;
}

interface TextualBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'commenting' | 'highlighting';
  value: string;
  format: 'text/plain' | 'text/markdown';
  language?: string;
  textDirection?: 'rtl' | 'ltr';
  color?: string;
  codePath?: string[];
}

/** `language` and `textDirection` of one body, each read from that body's own text. */
function languageTags(text: string): Pick<TextualBody, 'language' | 'textDirection'> {
  const language = textLanguage(text);
  const direction = firstStrongDirection(text);
  return {
    ...(language !== undefined ? { language } : {}),
    ...(direction !== undefined ? { textDirection: direction } : {}),
  };
}

function annotationOf(entry: ExportedHighlight, language: ExportLanguage) {
  const { highlight, document } = entry;
  const bodies: TextualBody[] = entry.codes.map(({ code, path }) => ({
    type: 'TextualBody',
    purpose: 'tagging',
    value: code.name,
    format: 'text/plain',
    ...languageTags(code.name),
    color: code.color,
    codePath: path,
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
  // The model asks for a body; a highlight with neither code nor note says so in words, under a
  // purpose (highlighting) that importers take for neither a code nor a note.
  if (bodies.length === 0) {
    bodies.push({
      type: 'TextualBody',
      purpose: 'highlighting',
      value: EXPORT_LABELS[language].uncoded,
      format: 'text/plain',
      // Qarin's own words: their language is known, not read from the text.
      language,
      textDirection: language === 'ar' ? 'rtl' : 'ltr',
    });
  }
  const { exact, prefix, suffix } = highlight.target.quote;
  const selectors: object[] = [{ type: 'TextQuoteSelector', exact, prefix, suffix }];
  if (entry.startCodePoint !== undefined && entry.endCodePoint !== undefined) {
    selectors.push({ type: 'TextPositionSelector', start: entry.startCodePoint, end: entry.endCodePoint });
  }
  return {
    '@context': ANNOTATION_CONTEXT,
    id: qarinIri(HIGHLIGHT_IRI_PREFIX, highlight.id),
    type: 'Annotation',
    motivation: 'highlighting',
    creator: QARIN_AGENT,
    created: highlight.created,
    modified: highlight.modified,
    body: bodies,
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
 * become `tagging` bodies (with their colour and path in the codebook), notes `commenting` bodies in
 * Markdown; every item carries the context, so it stands alone. Positions count code points. An
 * orphan carries no TextPositionSelector: its old offsets would point at the wrong passage.
 */
export function exportWebAnnotations(input: AnnotationExportInput, options: WebAnnotationExportOptions = {}): string {
  const items = resolveExportedHighlights(input).map((entry) => annotationOf(entry, options.language ?? 'en'));
  const fingerprint = sha256Hex(
    items
      .map((item) => item.id)
      .sort()
      .join('\n'),
  ).slice(0, 32);
  const collectionId = qarinIri(COLLECTION_IRI_PREFIX, fingerprint);
  const collection = {
    '@context': ANNOTATION_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    ...(options.label !== undefined ? { label: options.label } : {}),
    ...(options.generatedAt !== undefined ? { generated: options.generatedAt } : {}),
    total: items.length,
    first: { id: `${collectionId}:page:0`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
