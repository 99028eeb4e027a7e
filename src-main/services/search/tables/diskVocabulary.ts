import { InternTable } from '../../../core/search/internTable';
import type { SearchVocabulary } from '../../../core/search/searchVocabulary';
import { TERM_FIELDS, TermField } from './searchTablesLayout';
import type { SortedLines } from './sortedLines';
import type { TableFile } from './tableFile';
import type { TermPresence } from './termPresence';

const decoder = new TextDecoder();

/** Buckets of the word shapes (first unit, last unit, length) of the terms learned so far. */
const SHAPE_BUCKETS = 1 << 16;

function shapeOf(first: number, last: number, length: number): number {
  return ((first * 31 + last) * 31 + length) & (SHAPE_BUCKETS - 1);
}

/**
 * The index's vocabulary read from the search tables, a word at a time: the terms, stems and
 * prefixes a query looks up, each read once and remembered with its term number.
 *
 * `idOfUnits` serves highlighting, which looks up every word of a hit's text. Such a word is
 * always in the vocabulary (the text is the one that was indexed), and only the terms the query
 * looked up can match it, so a word not looked up is given OTHER_TERM, a number past every table,
 * which matches no clause and no phrase word: what its true number would give, without a read.
 * Most words of a text do not even have the shape of a learned term, and are answered without
 * becoming a string.
 */
export class DiskVocabulary implements SearchVocabulary {
  private readonly ids = new Map<string, number | undefined>();
  /**
   * The words learned so far, found by their code units: highlighting asks for every word of a
   * hit's text, and building a string for each cost more than the rest of the lookup.
   */
  private learned = new InternTable();
  private learnedIds: number[] = [];
  private readonly terms = new Map<number, string>();
  private readonly stems = new Map<string, number[]>();
  private readonly rows = new Map<number, Uint32Array>();
  /** The row `termPassingBy` reads into, kept by nobody. */
  private readonly passingRow = new Uint32Array(TERM_FIELDS);
  private readonly learnedShapes = new Uint8Array(SHAPE_BUCKETS);

  /** `presence` rules out most words that are no term without a lookup (a resident table's). */
  constructor(
    readonly size: number,
    private readonly termLines: SortedLines,
    private readonly stemLines: SortedLines,
    private readonly termFile: TableFile,
    private readonly termTable: TableFile,
    private readonly presence?: TermPresence,
  ) {}

  /** How many words and stems are remembered from earlier lookups. */
  get remembered(): number {
    return this.ids.size + this.stems.size + this.termLines.remembered + this.stemLines.remembered;
  }

  /** Forgets every word, stem and block read so far; a long-lived index calls it between queries. */
  forget(): void {
    this.ids.clear();
    this.terms.clear();
    this.learned = new InternTable();
    this.learnedIds = [];
    this.learnedShapes.fill(0);
    this.stems.clear();
    this.rows.clear();
    this.termLines.forget();
    this.stemLines.forget();
  }

  /** Stands for any indexed word the query never looked up. */
  get otherTerm(): number {
    return this.size;
  }

  private learn(term: string, id: number): void {
    this.ids.set(term, id);
    this.terms.set(id, term);
    this.learnedShapes[shapeOf(term.charCodeAt(0), term.charCodeAt(term.length - 1), term.length)] = 1;
    this.learnedIds[this.learned.intern(term)] = id;
  }

  idOf(term: string): number | undefined {
    if (!this.ids.has(term)) {
      // Not remembered: ruling it out again costs less than keeping it.
      if (this.presence?.mayHave(term) === false) return undefined;
      const line = this.termLines.find(term);
      if (line) this.learn(term, Number(line.rest));
      else this.ids.set(term, undefined);
    }
    return this.ids.get(term);
  }

  idOfUnits(units: Uint16Array, length: number): number | undefined {
    if (this.learnedShapes[shapeOf(units[0]!, units[length - 1]!, length)] === 0) return this.otherTerm;
    const learned = this.learned.idOfUnits(units, length);
    return learned === undefined ? this.otherTerm : (this.learnedIds[learned] ?? this.otherTerm);
  }

  /** A term's row of `terms.bin` (its document count and where its postings are). */
  row(id: number): Uint32Array {
    let row = this.rows.get(id);
    if (!row) {
      row = new Uint32Array(TERM_FIELDS);
      this.termTable.readInto(row, id * TERM_FIELDS * 4);
      this.rows.set(id, row);
    }
    return row;
  }

  term(id: number): string {
    let term = this.terms.get(id);
    if (term === undefined) {
      const row = this.row(id);
      term = decoder.decode(this.termFile.view(row[TermField.LineOffset]!, row[TermField.TermBytes]!));
      this.learn(term, id);
    }
    return term;
  }

  /**
   * A term's text, read without learning it: for a pass over every term, such as similarity
   * signing the corpus (it keeps each term's hash itself). Learning them all left the 700,000
   * words of ANT, with a row array each, in the search worker's memory: 190 MB of it.
   */
  termPassingBy(id: number): string {
    const known = this.terms.get(id);
    if (known !== undefined) return known;
    const row = this.rows.get(id) ?? this.passingRow;
    if (row === this.passingRow) this.termTable.readInto(row, id * TERM_FIELDS * 4);
    return decoder.decode(this.termFile.view(row[TermField.LineOffset]!, row[TermField.TermBytes]!));
  }

  private stemLine(stem: string, rest: string): number[] {
    const parts = rest.split('\t');
    const ids: number[] = [];
    for (let i = 0; i + 1 < parts.length; i += 2) {
      const id = Number(parts[i]);
      ids.push(id);
      this.learn(parts[i + 1]!, id);
    }
    this.stems.set(stem, ids);
    return ids;
  }

  termsWithStem(stem: string): readonly number[] {
    const known = this.stems.get(stem);
    if (known) return known;
    const line = this.stemLines.find(stem);
    return line ? this.stemLine(stem, line.rest) : (this.stems.set(stem, []), []);
  }

  termsWithPrefix(prefix: string): readonly string[] {
    return this.termLines.withPrefix(prefix).map(({ key, rest }) => {
      this.learn(key, Number(rest));
      return key;
    });
  }

  stemsWithPrefix(prefix: string): readonly string[] {
    return this.stemLines.withPrefix(prefix).map(({ key, rest }) => {
      if (!this.stems.has(key)) this.stemLine(key, rest);
      return key;
    });
  }
}
