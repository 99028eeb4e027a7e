import type { Span } from '../../text/span';

/** One compared report as the fact extractor sees it. */
export interface FactDocument {
  id: string;
  text: string;
  /** Sentence spans in reading order (from splitSentences). */
  sentences: Span[];
  /** Boilerplate spans to ignore. */
  boilerplate: Span[];
}

export type FactKind = 'person' | 'number' | 'quote' | 'place' | 'wording';

export interface FactCell {
  docId: string;
  text: string;
  start: number;
  end: number;
}

export interface FactRow {
  kind: FactKind;
  label: string;
  cells: FactCell[];
  disagree: boolean;
}

/** Extracts the facts table; `aligned` lists groups of sentence spans that alignment matched. */
export type ExtractFacts = (
  documents: FactDocument[],
  aligned: { docId: string; start: number; end: number }[][],
) => FactRow[];
