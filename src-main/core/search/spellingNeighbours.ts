/**
 * Words one typing mistake away from a normalized query word, each with the cost of the mistake
 * that would turn it into what was typed. Costs are Arabic-aware: a letter confused with one that
 * looks or sounds alike (ض/ظ, ذ/ز, ت/ط, ق/ك, ح/خ, س/ص, د/ذ...) is the likeliest mistake, two
 * adjacent letters swapped next, a letter dropped or added or replaced by any other the least likely.
 */

/** The letters of normalized Arabic text (أ إ آ ى ة are already folded away). */
const LETTERS = [...'ءابتثجحخدذرزسشصضطظعغفقكلمنهويؤئ'];

/** Letters confused for each other, by the dots that tell them apart or by their sound. */
const LOOK_ALIKE_PAIRS = ['ضظ', 'ذز', 'تط', 'قك', 'حخ', 'سص', 'دذ', 'ثس', 'عغ', 'جح', 'ضد', 'ظز', 'ثت', 'يئ', 'وؤ'];

export const LOOK_ALIKE_COST = 0.5;
export const SWAP_COST = 0.7;
export const EDIT_COST = 1;

const lookAlikes = new Set(LOOK_ALIKE_PAIRS.flatMap(([a, b]) => [`${a}${b}`, `${b}${a}`]));

/** A word of the vocabulary close to what was typed, and how unlikely the mistake is. */
export interface SpellingNeighbour {
  word: string;
  cost: number;
}

function substitutionCost(typed: string, intended: string): number {
  return lookAlikes.has(`${typed}${intended}`) ? LOOK_ALIKE_COST : EDIT_COST;
}

/**
 * Every string one edit away from `typed` (a letter inserted, deleted, replaced, or two adjacent
 * letters swapped), with the cheapest cost found for each, for which `accept` is true. Generated on
 * demand rather than indexed: about 70 candidates per letter of the word, each one lookup in the
 * vocabulary, so no deletion index has to be built or kept for the whole corpus.
 */
export function spellingNeighbours(typed: string, accept: (word: string) => boolean): SpellingNeighbour[] {
  const costs = new Map<string, number>();
  const offer = (word: string, cost: number) => {
    if (word === typed || word.length === 0) return;
    const known = costs.get(word);
    if (known !== undefined) {
      if (cost < known) costs.set(word, cost);
      return;
    }
    if (accept(word)) costs.set(word, cost);
  };
  for (let at = 0; at <= typed.length; at++) {
    const before = typed.slice(0, at);
    const after = typed.slice(at);
    // The intended word had a letter here that the typist dropped.
    for (const letter of LETTERS) offer(`${before}${letter}${after}`, EDIT_COST);
    if (at === typed.length) continue;
    const typedLetter = typed[at]!;
    const rest = typed.slice(at + 1);
    offer(`${before}${rest}`, EDIT_COST);
    for (const letter of LETTERS) {
      if (letter !== typedLetter) offer(`${before}${letter}${rest}`, substitutionCost(typedLetter, letter));
    }
    if (at + 1 < typed.length && typed[at + 1] !== typedLetter) {
      offer(`${before}${typed[at + 1]}${typedLetter}${typed.slice(at + 2)}`, SWAP_COST);
    }
  }
  return [...costs].map(([word, cost]) => ({ word, cost }));
}
