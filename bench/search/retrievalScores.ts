/** Known-item retrieval figures over a set of queries. */
export interface RetrievalScores {
  queries: number;
  successAt1: number;
  successAt10: number;
  mrrAt10: number;
}

/** From the 1-based rank of each query's target (undefined when not in the top 10). */
export function retrievalScores(ranks: readonly (number | undefined)[]): RetrievalScores {
  let first = 0;
  let topTen = 0;
  let reciprocal = 0;
  for (const rank of ranks) {
    if (rank === undefined || rank > 10) continue;
    topTen++;
    if (rank === 1) first++;
    reciprocal += 1 / rank;
  }
  const count = Math.max(1, ranks.length);
  return { queries: ranks.length, successAt1: first / count, successAt10: topTen / count, mrrAt10: reciprocal / count };
}

/** The 1-based position of `target` among `ids`, or undefined. */
export function rankOf(ids: readonly (string | number)[], target: string): number | undefined {
  const index = ids.findIndex((id) => String(id) === target);
  return index < 0 ? undefined : index + 1;
}
