import { scanTokens } from './scanTokens';
import { stemArabic } from './stemArabic';
import type { Token } from './token';

const STEM_CACHE_LIMIT = 50_000;
const stemCache = new Map<string, string>();

function cachedStem(exact: string): string {
  let stem = stemCache.get(exact);
  if (stem === undefined) {
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stem = stemArabic(exact);
    stemCache.set(exact, stem);
  }
  return stem;
}

/**
 * The words of a text with their normalized form, their light10 stem and their span in the
 * original text, which is never modified: highlights, snippets and annotation anchors use the spans.
 */
export function analyze(text: string): Token[] {
  const tokens: Token[] = [];
  scanTokens(text, (exact, start, end) => {
    tokens.push({ exact, stem: cachedStem(exact), start, end });
  });
  return tokens;
}
