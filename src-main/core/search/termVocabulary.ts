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
  private readonly termsByStem: number[][] = [];
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
    const base = id * MAX_STEMS_PER_TERM;
    if (base + MAX_STEMS_PER_TERM > this.stemSlots.length) {
      const grown = new Int32Array(this.stemSlots.length * 2).fill(NONE);
      grown.set(this.stemSlots);
      this.stemSlots = grown;
    }
    stems
      .slice(0, MAX_STEMS_PER_TERM)
      .forEach((stem, place) => (this.stemSlots[base + place] = this.linkStem(stem, id)));
    this.sortedTerms = undefined;
    this.sortedStems = undefined;
    return id;
  }

  private linkStem(stem: string, termId: number): number {
    const stemId = this.stems.intern(stem);
    (this.termsByStem[stemId] ??= []).push(termId);
    return stemId;
  }

  term(id: number): string {
    return this.terms.value(id);
  }

  /** Numbers of every term one of whose stems is `stem`. */
  termsWithStem(stem: string): readonly number[] {
    const stemId = this.stems.idOf(stem);
    return stemId === undefined ? [] : (this.termsByStem[stemId] ?? []);
  }

  /** Each stem with the numbers of the terms that have it. */
  forEachStem(visit: (stem: string, termIds: readonly number[]) => void): void {
    let stemId = 0;
    for (const stem of this.stems.all()) visit(stem, this.termsByStem[stemId++] ?? []);
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
    vocabulary.stemSlots = new Int32Array(Math.max(1024, terms.length * 2 * MAX_STEMS_PER_TERM)).fill(NONE);
    for (const [stem, termIds] of stems) {
      const stemId = vocabulary.stems.intern(stem);
      vocabulary.termsByStem[stemId] = [...termIds];
      for (const termId of termIds) {
        const base = termId * MAX_STEMS_PER_TERM;
        let place = 0;
        while (place < MAX_STEMS_PER_TERM - 1 && vocabulary.stemSlots[base + place] !== NONE) place++;
        vocabulary.stemSlots[base + place] = stemId;
      }
    }
    return vocabulary;
  }

  /** Restores a packed vocabulary without stemming its words again. */
  static unpack(packed: PackedVocabulary): TermVocabulary {
    const vocabulary = new TermVocabulary();
    for (const stem of splitLines(packed.stems)) vocabulary.stems.intern(stem);
    const slots = unpackUnsigned(packed.stemSlots);
    vocabulary.stemSlots = new Int32Array(Math.max(1024, slots.length * 2)).fill(NONE);
    for (let i = 0; i < slots.length; i++) vocabulary.stemSlots[i] = slots[i]! - 1;
    let id = 0;
    for (const term of splitLines(packed.terms)) {
      vocabulary.terms.intern(term);
      for (let place = 0; place < MAX_STEMS_PER_TERM; place++) {
        const stemId = vocabulary.stemSlots[id * MAX_STEMS_PER_TERM + place]!;
        if (stemId !== NONE) (vocabulary.termsByStem[stemId] ??= []).push(id);
      }
      id++;
    }
    return vocabulary;
  }
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
