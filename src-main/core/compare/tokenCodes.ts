import type { PreparedDocument } from './preparedDocument';

/** The words of the compared reports as small integers, so matching compares numbers, not strings. */
export interface TokenCodes {
  /** Per document, per token: the id of its light10 stem. */
  stems: Int32Array[];
  /** Per document, per token: the id of its normalized form. */
  exacts: Int32Array[];
  /** The normalized form of each exact id. */
  exactForms: string[];
}

export function codeTokens(documents: readonly PreparedDocument[]): TokenCodes {
  const stemIds = new Map<string, number>();
  const exactIds = new Map<string, number>();
  const exactForms: string[] = [];
  const stems: Int32Array[] = [];
  const exacts: Int32Array[] = [];
  for (const document of documents) {
    const stemCodes = new Int32Array(document.tokens.length);
    const exactCodes = new Int32Array(document.tokens.length);
    document.tokens.forEach((token, i) => {
      let stem = stemIds.get(token.stem);
      if (stem === undefined) stemIds.set(token.stem, (stem = stemIds.size));
      let exact = exactIds.get(token.exact);
      if (exact === undefined) {
        exactIds.set(token.exact, (exact = exactForms.length));
        exactForms.push(token.exact);
      }
      stemCodes[i] = stem;
      exactCodes[i] = exact;
    });
    stems.push(stemCodes);
    exacts.push(exactCodes);
  }
  return { stems, exacts, exactForms };
}
