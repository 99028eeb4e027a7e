import type { Bilingual } from '../api/bilingual';

/** The refusal every call that takes a document id gives for an id the library does not hold. */
export function noDocument(id: string): Bilingual {
  return { en: `No document with id "${id}".`, ar: `لا تقرير بالمعرّف «${id}».` };
}
