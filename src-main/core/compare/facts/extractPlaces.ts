import { offsetAfterLetters } from './cliticVariants';
import type { CompiledLexicons } from './compiledLexicons';
import type { PlaceEntry } from './factLexicons';
import { factRow, type FactMention } from './factRow';
import type { FactText } from './factText';
import type { FactRow } from './factTypes';

export interface PlaceMention extends FactMention {
  place: PlaceEntry;
}

/** Every gazetteer place and organisation a report names, the longest name first («بعثة الأمم المتحدة…»). */
export function findPlaces(lexicons: CompiledLexicons, text: FactText): PlaceMention[] {
  const { words, document } = text;
  const mentions: PlaceMention[] = [];
  for (let at = 0; at < words.length;) {
    const match = lexicons.places.matchAt(words, at);
    if (match === undefined) {
      at++;
      continue;
    }
    const start = offsetAfterLetters(document.text, words[at]!.start, match.prefixLetters);
    mentions.push({ docId: document.id, start, end: words[at + match.length - 1]!.end, value: '', place: match.value });
    at += match.length;
  }
  return mentions;
}

/** One row per place or organisation, with each report's first mention; silent reports are marked. */
export function placeRows(lexicons: CompiledLexicons, texts: FactText[]): FactRow[] {
  const documents = texts.map((text) => text.document);
  const byPlace = new Map<PlaceEntry, PlaceMention[]>();
  for (const text of texts) {
    for (const mention of findPlaces(lexicons, text)) {
      const mentions = byPlace.get(mention.place) ?? [];
      if (!mentions.some((other) => other.docId === mention.docId)) mentions.push(mention);
      byPlace.set(mention.place, mentions);
    }
  }
  return [...byPlace].map(([place, mentions]) => factRow('place', place.name, mentions, documents));
}
