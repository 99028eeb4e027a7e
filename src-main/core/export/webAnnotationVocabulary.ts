/**
 * The identifiers Qarin writes into W3C Web Annotation JSON-LD and reads back. The anno.jsonld
 * context is only a name here: nothing is ever fetched.
 */
export const WEB_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * Qarin's one extension term, declared in a second context as the model allows, so a JSON-LD
 * processor expands `sha256` to a full IRI instead of dropping it.
 */
export const QARIN_CONTEXT = { qarin: 'urn:qarin:vocab:', sha256: 'qarin:sha256' } as const;

export const DOCUMENT_IRI_PREFIX = 'urn:qarin:doc:';
export const HIGHLIGHT_IRI_PREFIX = 'urn:qarin:highlight:';
export const COLLECTION_IRI_PREFIX = 'urn:qarin:collection:';

/** Ids may hold any character; percent-encoding keeps the IRI valid and decodes back exactly. */
export function qarinIri(prefix: string, id: string): string {
  return prefix + encodeURIComponent(id);
}
