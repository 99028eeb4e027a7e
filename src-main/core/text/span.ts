/** A half-open range [start, end) of UTF-16 code units in a document's stored text. */
export interface Span {
  start: number;
  end: number;
}
