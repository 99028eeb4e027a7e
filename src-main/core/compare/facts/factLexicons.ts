/**
 * The data the fact extractor reads: every word list is data, bundled under resources/ and
 * extensible by the user, so that what counts as a title, a place or a loaded word can change
 * without touching the rules. Words are written as people write them; the extractor normalizes.
 */

/** A rank stands right before a name (اللواء خالد); a role may have describing words in between. */
export type TitleKind = 'rank' | 'role';

export interface TitleEntry {
  text: string;
  kind: TitleKind;
  /** The title is also an everyday word (الفريق = the team): it names a person only before a known given name. */
  needsGivenName?: boolean;
}

export type PlaceKind = 'country' | 'capital' | 'city' | 'region' | 'organisation';

export interface PlaceEntry {
  /** The name a fact row is labelled with. */
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 code of the country the place belongs to. */
  country?: string;
  /** Other names of the same place (official names, common short forms), reported in the same row. */
  aliases?: string[];
}

export interface FramingMember {
  /** How the member is shown, e.g. «استُشهد». */
  label: string;
  /** The words and phrases that use this member (inflected forms included). */
  forms: string[];
}

/** Alternative wordings of one event or actor, each loaded differently. */
export interface FramingSet {
  id: string;
  label: string;
  members: FramingMember[];
}

export interface NumberWords {
  /** Number words and their value; words that follow each other add up (خمسة وعشرون). */
  cardinals: Record<string, number>;
  /** Words that scale the number before them (ثلاثة آلاف, 5 ملايين). */
  multipliers: Record<string, number>;
  /** Quantities without a value (عشرات، مئات، عدة): reported as written. */
  approximate: string[];
  /** Dual nouns (يومين) and the singular they count two of. */
  duals: Record<string, string>;
  /** Counted nouns (plurals, accusative forms) and the singular that names their row. */
  units: Record<string, string>;
  /** Words before a four-digit number that make it a year (عام 2026). */
  dateMarkers: string[];
  /** Month names: a number before one is a day of the month. */
  months: string[];
  /** Words after a number that make it a percentage (بالمئة). */
  percent: string[];
  /** Words between two numbers that make them one range (12 إلى 18). */
  ranges: string[];
}

export interface FactLexicons {
  titles: TitleEntry[];
  places: PlaceEntry[];
  framing: FramingSet[];
  numberWords: NumberWords;
  /** Reporting verbs that introduce a speaker (قال، أضاف، أكد…). */
  speechVerbs: string[];
  /** Given names (and عبد، أبو، بن…): what must follow a role for it to name a person. */
  givenNames: string[];
}

/** Entries a user adds to the bundled lexicons; every part is optional. */
export interface FactLexiconAdditions {
  titles?: TitleEntry[];
  places?: PlaceEntry[];
  framing?: FramingSet[];
  numberWords?: Partial<NumberWords>;
  speechVerbs?: string[];
  givenNames?: string[];
}

/**
 * The bundled lexicons with a user's additions. A framing set with a bundled set's id extends that
 * set's members rather than replacing it, so a user can add «ثوار» to the set of fighters.
 */
export function extendFactLexicons(base: FactLexicons, additions: FactLexiconAdditions): FactLexicons {
  const framing = base.framing.map((set) => ({ ...set, members: [...set.members] }));
  for (const added of additions.framing ?? []) {
    const existing = framing.find((set) => set.id === added.id);
    if (existing === undefined) framing.push({ ...added, members: [...added.members] });
    else existing.members.push(...added.members);
  }
  const words = additions.numberWords ?? {};
  const numberWords: NumberWords = {
    cardinals: { ...base.numberWords.cardinals, ...words.cardinals },
    multipliers: { ...base.numberWords.multipliers, ...words.multipliers },
    approximate: [...base.numberWords.approximate, ...(words.approximate ?? [])],
    duals: { ...base.numberWords.duals, ...words.duals },
    units: { ...base.numberWords.units, ...words.units },
    dateMarkers: [...base.numberWords.dateMarkers, ...(words.dateMarkers ?? [])],
    months: [...base.numberWords.months, ...(words.months ?? [])],
    percent: [...base.numberWords.percent, ...(words.percent ?? [])],
    ranges: [...base.numberWords.ranges, ...(words.ranges ?? [])],
  };
  return {
    titles: [...base.titles, ...(additions.titles ?? [])],
    places: [...base.places, ...(additions.places ?? [])],
    framing,
    numberWords,
    speechVerbs: [...base.speechVerbs, ...(additions.speechVerbs ?? [])],
    givenNames: [...base.givenNames, ...(additions.givenNames ?? [])],
  };
}
