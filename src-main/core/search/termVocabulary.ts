import { stemCandidates } from '../arabic/stemCandidates';
import { packUnsigned, unpackUnsigned } from './binaryText';
import { InternTable } from './internTable';

const NONE = -1;

export interface PackedVocabulary {
  terms: string;
  stems: string;
  stemSlots: string;
}

function splitLines(text: string): string[] {
  return text === '' ? [] : text.split('\n');
}
/** A word has at most three stems: light10's, and the ones keeping a leading و or ال. */
const MAX_STEMS_PER_TERM = 3;

/**
 * Every normalized word the index has seen, numbered, with its stems (numbered too). Term numbers
 * are what the position store keeps, and the stem → terms lists are how a query word finds every
 * spelling of it («الاجتماع», «واجتماع», «اجتماعات»...) among a document's positions. Numbers are
 * never reused: a term whose documents are all removed stays until the index is rebuilt.
 */
export class TermVocabulary {
  private readonly terms = new InternTable();
  private readonly stems = new InternTable();
  /** Per term, MAX_STEMS_PER_TERM stem numbers, light10's first, NONE for unused places. */
  private stemSlots = new Int32Array(1024 * MAX_STEMS_PER_TERM).fill(NONE);
  /**
   * The terms of each stem, as a chain through the places of `stemSlots`: per place, the next
   * place (term × MAX_STEMS_PER_TERM + place) holding the same stem; per stem, its first and last
   * place. An array of term numbers per stem cost 150 bytes a stem in arrays' headers and room to
   * grow (22 MB of ANT's 145,000 stems, more than the rest of the vocabulary); the chain costs 4 bytes
   * a place and 8 a stem.
   */
  private nextPlaceOfStem = new Int32Array(1024 * MAX_STEMS_PER_TERM).fill(NONE);
  private firstPlaceOfStem = new Int32Array(1024).fill(NONE);
  private lastPlaceOfStem = new Int32Array(1024).fill(NONE);
  private sortedTerms: string[] | undefined;
  private sortedStems: string[] | undefined;

  get size(): number {
    return this.terms.size;
  }

  idOf(term: string): number | undefined {
    return this.terms.idOf(term);
  }

  idOfUnits(units: Uint16Array, length: number): number | undefined {
    return this.terms.idOfUnits(units, length);
  }

  /** The number of a term, adding it when new. */
  intern(term: string): number {
    const known = this.terms.idOf(term);
    return known ?? this.added(this.terms.intern(term));
  }

  /** The number of the term in `units[0, length)`, adding it when new. */
  internUnits(units: Uint16Array, length: number): number {
    const known = this.terms.idOfUnits(units, length);
    return known ?? this.added(this.terms.internUnits(units, length));
  }

  private added(id: number): number {
    const stems = stemCandidates(this.terms.value(id));
    this.makeRoomForTerm(id);
    stems
      .slice(0, MAX_STEMS_PER_TERM)
      .forEach((stem, place) => this.link(id * MAX_STEMS_PER_TERM + place, this.stems.intern(stem)));
    this.sortedTerms = undefined;
    this.sortedStems = undefined;
    return id;
  }

  private makeRoomForTerm(termId: number): void {
    const needed = (termId + 1) * MAX_STEMS_PER_TERM;
    if (needed <= this.stemSlots.length) return;
    const length = Math.max(needed, this.stemSlots.length * 2);
    this.stemSlots = grown(this.stemSlots, length);
    this.nextPlaceOfStem = grown(this.nextPlaceOfStem, length);
  }

  /** Gives place `place` (term × MAX_STEMS_PER_TERM + n) stem `stemId`, last in the stem's chain. */
  private link(place: number, stemId: number): void {
    if (stemId >= this.firstPlaceOfStem.length) {
      const length = Math.max(stemId + 1, this.firstPlaceOfStem.length * 2);
      this.firstPlaceOfStem = grown(this.firstPlaceOfStem, length);
      this.lastPlaceOfStem = grown(this.lastPlaceOfStem, length);
    }
    this.stemSlots[place] = stemId;
    const last = this.lastPlaceOfStem[stemId]!;
    if (last === NONE) this.firstPlaceOfStem[stemId] = place;
    else this.nextPlaceOfStem[last] = place;
    this.lastPlaceOfStem[stemId] = place;
  }

  /** The numbers of the terms of stem `stemId`, in the order they were given it. */
  private termsOfStem(stemId: number): number[] {
    const termIds: number[] = [];
    for (let place = this.firstPlaceOfStem[stemId] ?? NONE; place !== NONE; place = this.nextPlaceOfStem[place]!) {
      termIds.push(Math.floor(place / MAX_STEMS_PER_TERM));
    }
    return termIds;
  }

  term(id: number): string {
    return this.terms.value(id);
  }

  /** Numbers of every term one of whose stems is `stem`. */
  termsWithStem(stem: string): readonly number[] {
    const stemId = this.stems.idOf(stem);
    return stemId === undefined ? [] : this.termsOfStem(stemId);
  }

  /** Each stem with the numbers of the terms that have it. */
  forEachStem(visit: (stem: string, termIds: readonly number[]) => void): void {
    let stemId = 0;
    for (const stem of this.stems.all()) visit(stem, this.termsOfStem(stemId++));
  }

  /** Terms beginning with `prefix`, in code-unit order. */
  termsWithPrefix(prefix: string): string[] {
    this.sortedTerms ??= [...this.terms.all()].sort();
    return withPrefix(this.sortedTerms, prefix);
  }

  /** Stems beginning with `prefix`, in code-unit order. */
  stemsWithPrefix(prefix: string): string[] {
    this.sortedStems ??= [...this.stems.all()].sort();
    return withPrefix(this.sortedStems, prefix);
  }

  /** The vocabulary as text: terms and stems one a line, and the stem numbers of every term. */
  pack(): PackedVocabulary {
    const slots = this.stemSlots.subarray(0, this.terms.size * MAX_STEMS_PER_TERM);
    return {
      terms: this.terms.all().join('\n'),
      stems: this.stems.all().join('\n'),
      // Shifted by one so that NONE (-1) packs as 0.
      stemSlots: packUnsigned(slots.map((stemId) => stemId + 1)),
    };
  }

  /**
   * A vocabulary of these terms, numbered by their place, with these stems: as the search tables
   * keep it, without stemming any word again.
   */
  static restore(terms: readonly string[], stems: Iterable<readonly [string, readonly number[]]>): TermVocabulary {
    const vocabulary = new TermVocabulary();
    for (const term of terms) vocabulary.terms.intern(term);
    vocabulary.makeRoomForTerm(terms.length * 2);
    for (const [stem, termIds] of stems) {
      const stemId = vocabulary.stems.intern(stem);
      for (const termId of termIds) {
        // Tables naming a term they do not have, or giving a word more stems than it can have, are
        // damaged: the caller rebuilds the index rather than open them.
        if (!(Number.isInteger(termId) && termId >= 0 && termId < terms.length)) {
          throw new Error(`the vocabulary names term ${termId}, which it does not have`);
        }
        const base = termId * MAX_STEMS_PER_TERM;
        let place = 0;
        while (place < MAX_STEMS_PER_TERM && vocabulary.stemSlots[base + place] !== NONE) place++;
        if (place === MAX_STEMS_PER_TERM)
          throw new Error(`the vocabulary gives term ${termId} more stems than a word has`);
        vocabulary.link(base + place, stemId);
      }
    }
    return vocabulary;
  }

  /** Restores a packed vocabulary without stemming its words again. */
  static unpack(packed: PackedVocabulary): TermVocabulary {
    const vocabulary = new TermVocabulary();
    for (const stem of splitLines(packed.stems)) vocabulary.stems.intern(stem);
    const slots = unpackUnsigned(packed.stemSlots);
    const terms = splitLines(packed.terms);
    vocabulary.makeRoomForTerm(terms.length * 2);
    let id = 0;
    for (const term of terms) {
      vocabulary.terms.intern(term);
      for (let place = id * MAX_STEMS_PER_TERM; place < (id + 1) * MAX_STEMS_PER_TERM; place++) {
        const stemId = (slots[place] ?? 0) - 1;
        if (stemId !== NONE) vocabulary.link(place, stemId);
      }
      id++;
    }
    return vocabulary;
  }
}

/** `array` copied into a longer one, the new places NONE. */
function grown(array: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const longer = new Int32Array(length).fill(NONE);
  longer.set(array);
  return longer;
}

function withPrefix(sorted: readonly string[], prefix: string): string[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  const found: string[] = [];
  for (let i = low; i < sorted.length && sorted[i]!.startsWith(prefix); i++) found.push(sorted[i]!);
  return found;
}
