import { scanTokenUnits } from '../arabic/scanTokens';
import type { Span } from '../text/span';
import type { IndexableDocument } from './indexableDocument';
import { normalizeSpans } from './locateHits';
import { SEQUENCE_BREAK } from './termSequences';
import type { TermVocabulary } from './termVocabulary';

/** A document reduced to what the index keeps of it. */
export interface DocumentTerms {
  /**
   * Title terms, a break, then text terms with a break for each stretch of boilerplate. A view of
   * an array the next call writes over: the index copies it to where it keeps sequences.
   */
  sequence: Uint32Array;
  /** Number of title words: they occupy positions [0, titleLength) of the sequence. */
  titleLength: number;
  /** Number of searchable text words (boilerplate left out). */
  bodyLength: number;
  /** The boilerplate spans, sorted and merged. */
  boilerplate: Span[];
}

/**
 * The terms of the document being analyzed, which the index copies out at their exact length:
 * kept from document to document, as a fresh array of half the text's length for each of them
 * cost the search worker an allocation, its zeroing and its collection per report.
 */
let scratch: Uint32Array = new Uint32Array(1 << 14);
/** The largest scratch kept (4 MB): a rare huge text gets an array of its own. */
const MAX_SCRATCH_TERMS = 1 << 20;

function keepAsScratch(terms: Uint32Array): Uint32Array {
  if (terms.length <= MAX_SCRATCH_TERMS) scratch = terms;
  return terms;
}

/** Analyzes a document's title and text into term numbers, leaving boilerplate words out. */
export function documentTerms(document: IndexableDocument, vocabulary: TermVocabulary): DocumentTerms {
  // Usually a word takes at least two characters (a letter and a separator); a ligature such as
  // ﷺ can take fewer, hence the growth check.
  const expected = ((document.title.length + document.text.length) >> 1) + 3;
  let terms = scratch.length >= expected ? scratch : keepAsScratch(new Uint32Array(expected));
  let count = 0;
  const push = (term: number): void => {
    if (count === terms.length) {
      const grown = new Uint32Array(terms.length * 2);
      grown.set(terms);
      terms = keepAsScratch(grown);
    }
    terms[count++] = term;
  };
  scanTokenUnits(document.title, (units, length) => push(vocabulary.internUnits(units, length)));
  const titleLength = count;
  push(SEQUENCE_BREAK);
  const boilerplate = normalizeSpans(document.boilerplate, document.text.length);
  let next = 0;
  let bodyLength = 0;
  scanTokenUnits(document.text, (units, length, start, end) => {
    while (next < boilerplate.length && boilerplate[next]!.end <= start) next++;
    if (next < boilerplate.length && boilerplate[next]!.start < end) {
      if (terms[count - 1] !== SEQUENCE_BREAK) push(SEQUENCE_BREAK);
      return;
    }
    push(vocabulary.internUnits(units, length));
    bodyLength++;
  });
  return { sequence: terms.subarray(0, count), titleLength, bodyLength, boilerplate };
}
