import { analyze } from '../arabic/analyze';
import type { Token } from '../arabic/token';
import type { Span } from '../text/span';
import { sentenceFeatures, type SentenceFeatures } from './sentenceFeatures';
import { splitSentences } from './splitSentences';

/** One report handed to the comparison: its stored text, boilerplate to leave out, and its date. */
export interface CompareInputDocument {
  id: string;
  text: string;
  boilerplate: readonly Span[];
  /** ISO date or date-time, when the report carries one: it decides which report published a passage first. */
  date?: string;
}

/**
 * A report made ready for comparison, once: its sentences and its words outside boilerplate.
 * The service caches these per stored text, since one report is compared with many others.
 */
export interface PreparedDocument extends CompareInputDocument {
  sentences: Span[];
  /** The analyzed words outside boilerplate, in text order. */
  tokens: Token[];
  /** Sentence s holds tokens [sentenceTokens[s], sentenceTokens[s + 1]). */
  sentenceTokens: Int32Array;
  /** Per sentence, what alignment compares. */
  features: SentenceFeatures[];
}

function insideAny(spans: readonly Span[], token: Token): boolean {
  for (const span of spans) if (token.start < span.end && token.end > span.start) return true;
  return false;
}

export function prepareDocument(input: CompareInputDocument): PreparedDocument {
  const sentences = splitSentences(input.text, input.boilerplate);
  const analyzed = analyze(input.text);
  const tokens =
    input.boilerplate.length === 0 ? analyzed : analyzed.filter((token) => !insideAny(input.boilerplate, token));
  const sentenceTokens = new Int32Array(sentences.length + 1);
  let t = 0;
  for (let s = 0; s < sentences.length; s++) {
    while (t < tokens.length && tokens[t]!.start < sentences[s]!.start) t++;
    sentenceTokens[s] = t;
  }
  sentenceTokens[sentences.length] = tokens.length;
  // A token that lies between sentences (none should, but a split inside a word would make one)
  // is counted with the sentence before it, so every token belongs to exactly one sentence.
  return { ...input, sentences, tokens, sentenceTokens, features: sentenceFeatures(tokens, sentences, sentenceTokens) };
}
