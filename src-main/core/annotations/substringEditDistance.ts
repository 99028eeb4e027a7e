/**
 * The fewest insertions, deletions and substitutions that turn `pattern` into some substring of
 * `text` (Sellers' semi-global edit distance). Context is compared this way rather than with plain
 * Levenshtein so that k characters inserted next to a quote cost k, not 2k: the surviving context
 * only shifts inside its window. Meant for the short context strings (about 32 units), so the
 * quadratic table is cheap.
 */
export function substringEditDistance(pattern: string, text: string): number {
  if (pattern.length === 0) return 0;
  let previous = new Array<number>(text.length + 1).fill(0);
  let current = new Array<number>(text.length + 1).fill(0);
  for (let i = 1; i <= pattern.length; i += 1) {
    current[0] = i;
    const patternUnit = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= text.length; j += 1) {
      const substitution = previous[j - 1]! + (patternUnit === text.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return Math.min(...previous);
}
