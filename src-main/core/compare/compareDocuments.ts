import { baseVariation } from './baseVariation';
import { alignSentences, referenceOf, type SentenceGroup } from './alignSentences';
import type { AlignedGroup, ComparisonResult, DocumentSpan, WordDifference } from './comparisonResult';
import type { ExtractFacts } from './facts/factTypes';
import { findSharedPassages, passagesAsSpans } from './findSharedPassages';
import type { PreparedDocument } from './preparedDocument';
import { codeTokens, type TokenCodes } from './tokenCodes';
import { wordDifferences } from './wordDifferences';

export interface CompareOptions {
  /** The report the others are measured against (default: the first). */
  baseId?: string;
  /** The facts table's extractor; without one the table is empty. */
  extractFacts?: ExtractFacts;
  /** Sentence pairs less alike than this are not aligned. */
  alignmentThreshold?: number;
}

function memberSpan(documents: readonly PreparedDocument[], document: number, sentence: number): DocumentSpan {
  const span = documents[document]!.sentences[sentence]!;
  return { docId: documents[document]!.id, start: span.start, end: span.end };
}

function differencesOf(
  documents: readonly PreparedDocument[],
  codes: TokenCodes,
  groups: SentenceGroup[],
  base: number,
  sharedBaseTokens: Uint8Array,
): WordDifference[] {
  const differences: WordDifference[] = [];
  const side = (document: number, sentence: number) => ({
    document: documents[document]!,
    exacts: codes.exacts[document]!,
    from: documents[document]!.sentenceTokens[sentence]!,
    to: documents[document]!.sentenceTokens[sentence + 1]!,
  });
  groups.forEach((group, index) => {
    const reference = referenceOf(group, base);
    const referenceSide = side(reference.document, reference.sentence);
    for (const member of group.members) {
      if (member === reference) continue;
      const shared = reference.document === base ? sharedBaseTokens : undefined;
      differences.push(...wordDifferences(referenceSide, side(member.document, member.sentence), index, shared));
    }
  });
  return differences;
}

/**
 * Compares 2 to 4 prepared reports: aligned sentence groups (moved ones marked), shared passages,
 * word differences inside aligned pairs, the base's variation per sentence, and the facts table.
 * Pure: every offset is into the reports' original texts.
 */
export function compareDocuments(
  documents: readonly PreparedDocument[],
  options: CompareOptions = {},
): ComparisonResult {
  const baseId = options.baseId ?? documents[0]!.id;
  const base = Math.max(
    0,
    documents.findIndex((document) => document.id === baseId),
  );
  const codes = codeTokens(documents);
  const groups = alignSentences(
    documents.map((document) => document.features),
    { base, threshold: options.alignmentThreshold },
  );
  const alignment: AlignedGroup[] = groups.map((group) => ({
    members: group.members.map((member) => memberSpan(documents, member.document, member.sentence)),
    moved: group.moved,
    similarity: group.similarity,
  }));
  const baseDocument = documents[base]!;
  const sharedBaseTokens = new Uint8Array(baseDocument.tokens.length);
  const differences = differencesOf(documents, codes, groups, base, sharedBaseTokens);
  const passageRanges = findSharedPassages(documents, codes);
  for (const passage of passageRanges) {
    for (const range of passage.ranges) if (range.document === base) sharedBaseTokens.fill(1, range.from, range.to);
  }
  const facts = options.extractFacts
    ? options.extractFacts(
        documents.map(({ id, text, sentences, boilerplate }) => ({
          id,
          text,
          sentences,
          boilerplate: [...boilerplate],
        })),
        alignment.map((group) => group.members),
      )
    : [];
  return {
    baseId: baseDocument.id,
    sentences: documents.flatMap((document) => document.sentences.map((span) => ({ docId: document.id, ...span }))),
    alignment,
    passages: passagesAsSpans(documents, passageRanges),
    differences,
    facts,
    baseVariation: baseVariation(baseDocument, sharedBaseTokens),
  };
}
