import { normalizeArabic } from '../../arabic';
import type { FactLexicons, FramingMember, FramingSet, PlaceEntry, TitleEntry } from './factLexicons';
import { PhraseMatcher } from './phraseMatcher';

export interface FramingUse {
  set: FramingSet;
  member: FramingMember;
}

/** The number words, normalized once, as lookups. */
export interface CompiledNumberWords {
  cardinals: Map<string, number>;
  multipliers: Map<string, number>;
  approximate: Set<string>;
  /** Normalized dual → the singular it counts, as the lexicon writes it. */
  duals: Map<string, string>;
  /** Normalized counted noun → its singular, as the lexicon writes it. */
  units: Map<string, string>;
  /** Every noun the lexicon knows as counted, plural or singular: after a number it is a count, not a year. */
  countedNouns: Set<string>;
  dateMarkers: Set<string>;
  months: Set<string>;
  percent: Set<string>;
  ranges: Set<string>;
}

/** The lexicons in the shape the rules look words up in; built once per extractor. */
export interface CompiledLexicons {
  titles: PhraseMatcher<TitleEntry>;
  places: PhraseMatcher<PlaceEntry>;
  framing: PhraseMatcher<FramingUse>;
  speechVerbs: Set<string>;
  givenNames: Set<string>;
  numbers: CompiledNumberWords;
}

const normalizedMap = <V>(record: Record<string, V>): Map<string, V> =>
  new Map(Object.entries(record).map(([word, value]) => [normalizeArabic(word).trim(), value]));
const normalizedSet = (words: string[]): Set<string> => new Set(words.map((word) => normalizeArabic(word).trim()));

export function compileLexicons(lexicons: FactLexicons): CompiledLexicons {
  const titles = new PhraseMatcher<TitleEntry>();
  for (const title of lexicons.titles) titles.add(title.text, title);
  const places = new PhraseMatcher<PlaceEntry>();
  for (const place of lexicons.places) {
    places.add(place.name, place);
    for (const alias of place.aliases ?? []) places.add(alias, place);
  }
  const framing = new PhraseMatcher<FramingUse>();
  for (const set of lexicons.framing) {
    for (const member of set.members) {
      for (const form of member.forms) framing.add(form, { set, member });
    }
  }
  const words = lexicons.numberWords;
  return {
    titles,
    places,
    framing,
    speechVerbs: normalizedSet(lexicons.speechVerbs.map((verb) => verb.replace(/[:：]/g, ''))),
    givenNames: normalizedSet(lexicons.givenNames),
    numbers: {
      cardinals: normalizedMap(words.cardinals),
      multipliers: normalizedMap(words.multipliers),
      approximate: normalizedSet(words.approximate),
      duals: normalizedMap(words.duals),
      units: normalizedMap(words.units),
      countedNouns: normalizedSet([
        ...Object.keys(words.units),
        ...Object.values(words.units),
        ...Object.keys(words.duals),
        ...Object.values(words.duals),
      ]),
      dateMarkers: normalizedSet(words.dateMarkers),
      months: normalizedSet(words.months),
      percent: normalizedSet(words.percent),
      ranges: normalizedSet(words.ranges),
    },
  };
}
