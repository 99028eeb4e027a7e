import { pick } from '../../tests/helpers/seededRandom';

/**
 * One typing mistake in one word of a query, of the three kinds people make on an Arabic keyboard
 * or from memory: a letter dropped, two adjacent letters swapped, or a letter replaced by one that
 * looks or sounds alike.
 */
export const TYPO_KINDS = ['dropped', 'swapped', 'look-alike'] as const;
export type TypoKind = (typeof TYPO_KINDS)[number];

/** Letters confused for each other: by their shape (dots), or by their sound in spoken Arabic. */
const LOOK_ALIKE_PAIRS = ['ضظ', 'ذز', 'تط', 'قك', 'حخ', 'سص', 'دذ', 'ثس', 'عغ', 'جح', 'ضد', 'ظز'] as const;

const LOOK_ALIKES = new Map<string, string[]>();
for (const [a, b] of LOOK_ALIKE_PAIRS.map((pair) => [...pair] as [string, string])) {
  LOOK_ALIKES.set(a, [...(LOOK_ALIKES.get(a) ?? []), b]);
  LOOK_ALIKES.set(b, [...(LOOK_ALIKES.get(b) ?? []), a]);
}

/** Words too short to carry a mistake and still be recognised; the generator leaves them alone. */
const MIN_TYPO_WORD_LENGTH = 4;
const ARABIC_WORD = /^[\u0621-\u064a]+$/;

/** The word with one mistake of the given kind, or undefined when the word admits none. */
export function withTypo(word: string, kind: TypoKind, random: () => number): string | undefined {
  const letters = [...word];
  if (letters.length < MIN_TYPO_WORD_LENGTH || !ARABIC_WORD.test(word)) return undefined;
  if (kind === 'dropped') {
    const at = Math.floor(random() * letters.length);
    letters.splice(at, 1);
    return letters.join('');
  }
  if (kind === 'swapped') {
    const places = letters.slice(0, -1).flatMap((letter, at) => (letter === letters[at + 1] ? [] : [at]));
    if (places.length === 0) return undefined;
    const at = pick(random, places);
    [letters[at], letters[at + 1]] = [letters[at + 1]!, letters[at]!];
    return letters.join('');
  }
  const places = letters.flatMap((letter, at) => (LOOK_ALIKES.has(letter) ? [at] : []));
  if (places.length === 0) return undefined;
  const at = pick(random, places);
  letters[at] = pick(random, LOOK_ALIKES.get(letters[at]!)!);
  return letters.join('');
}

export interface TypoQuery {
  words: string[];
  kind: TypoKind;
  /** Which word carries the mistake. */
  place: number;
}

/**
 * The query with one mistake in one of its words (chosen at random among those that admit the
 * kind, which is chosen at random too); undefined when no word admits any kind.
 */
export function typoVariant(words: readonly string[], random: () => number): TypoQuery | undefined {
  const kinds = [...TYPO_KINDS];
  while (kinds.length > 0) {
    const kind = kinds.splice(Math.floor(random() * kinds.length), 1)[0]!;
    const places = words.flatMap((word, place) => (withTypo(word, kind, () => 0) === undefined ? [] : [place]));
    if (places.length === 0) continue;
    const place = pick(random, places);
    const varied = [...words];
    varied[place] = withTypo(words[place]!, kind, random)!;
    return { words: varied, kind, place };
  }
  return undefined;
}
