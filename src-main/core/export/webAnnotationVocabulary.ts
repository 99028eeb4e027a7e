/**
 * The identifiers Qarin writes into W3C Web Annotation JSON-LD and reads back. The anno.jsonld
 * context is only a name here: nothing is ever fetched.
 */
export const WEB_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * Qarin's extension terms, declared in a second context as the model allows, so a JSON-LD processor
 * expands them to full IRIs instead of dropping them: the `sha256` of a target's text, and on a
 * code's tagging body its `color` and its `codePath` (names from the root of the codebook, an
 * ordered list) so that colours and nesting survive an export and an import.
 */
export const QARIN_CONTEXT = {
  qarin: 'urn:qarin:vocab:',
  sha256: 'qarin:sha256',
  color: 'qarin:color',
  codePath: { '@id': 'qarin:codePath', '@container': '@list' },
} as const;

/** The context every annotation carries, so that one taken out of its collection still reads right. */
export const ANNOTATION_CONTEXT = [WEB_ANNOTATION_CONTEXT, QARIN_CONTEXT] as const;

/**
 * The agent named as each annotation's `creator`. Qarin keeps no name for its user (and an account
 * name would leak into every shared file), so the creator is the software the highlight was made in.
 */
export const QARIN_AGENT = { id: 'urn:qarin:software', type: 'Software', name: 'Qarin' } as const;

export const DOCUMENT_IRI_PREFIX = 'urn:qarin:doc:';
export const HIGHLIGHT_IRI_PREFIX = 'urn:qarin:highlight:';
export const COLLECTION_IRI_PREFIX = 'urn:qarin:collection:';

/** Ids may hold any character; percent-encoding keeps the IRI valid and decodes back exactly. */
export function qarinIri(prefix: string, id: string): string {
  return prefix + encodeURIComponent(id);
}
