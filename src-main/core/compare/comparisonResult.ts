import type { FactRow } from './facts/factTypes';

/**
 * What the comparison engine returns, in core's own terms; the contract's `ComparisonSchema` has
 * the same shape (plus the documents' titles, which the service adds).
 */
export interface DocumentSpan {
  docId: string;
  start: number;
  end: number;
}

export type WordDifferenceKind = 'insert' | 'delete' | 'substitute' | 'minor';

export interface AlignedGroup {
  members: DocumentSpan[];
  moved: boolean;
  similarity: number;
}

export interface SharedPassage {
  spans: DocumentSpan[];
  firstDocId?: string;
  words: number;
}

export interface WordDifference extends DocumentSpan {
  kind: WordDifferenceKind;
  group: number;
  againstDocId: string;
}

export interface ComparisonResult {
  baseId: string;
  sentences: DocumentSpan[];
  alignment: AlignedGroup[];
  passages: SharedPassage[];
  differences: WordDifference[];
  facts: FactRow[];
  baseVariation: { start: number; end: number; shared: number }[];
}
