import { normalizeArabic } from '../arabic/normalizeArabic';
import type { Span } from '../text/span';

/** Characters that end a sentence: . ! ? ؟ ؛ and the ellipsis. */
const TERMINATORS = new Set(['.', '!', '?', '؟', '؛', '…']);
/** Closing marks that belong to the sentence they follow («…». stays with its quote). */
const TRAILING_CLOSERS = new Set(['»', '”', '"', ')', ']', '’', "'"]);
const QUOTE_PAIRS: Record<string, string> = { '«': '»', '“': '”' };
const OPENERS = ['«', '“', '"'];
/** One-letter abbreviations that a full stop follows without ending the sentence: د. (doctor), أ. (professor). */
const ABBREVIATIONS = new Set(['د', 'أ']);
/** A quote that has not closed within this many characters (or before a line break) is a stray mark. */
const QUOTE_REACH = 1200;
/** A run is "long" from this many characters on: only then may a comma before a new clause end it. */
const LONG_RUN = 90;

/**
 * Words (normalized, as `normalizeArabic` folds them) that open a new clause after «،»: the
 * reporting verbs and connectives that Arabic news chains sentences with instead of a full stop.
 */
const CLAUSE_OPENERS: readonly string[] = [
  'وقال',
  'وقالت',
  'واضاف',
  'واضافت',
  'واكد',
  'واكدت',
  'واوضح',
  'واوضحت',
  'وتابع',
  'وتابعت',
  'واشار',
  'واشارت',
  'ولفت',
  'ولفتت',
  'واعتبر',
  'واعتبرت',
  'وشدد',
  'وشددت',
  'واعلن',
  'واعلنت',
  'وذكر',
  'وذكرت',
  'واعرب',
  'واعربت',
  'وبين',
  'وبينت',
  'وكشف',
  'وكشفت',
  'ونقل',
  'ونقلت',
  'واستطرد',
  'وختم',
  'وختمت',
  'وافاد',
  'وافادت',
  'واردف',
  'واردفت',
  'ونوه',
  'ونوهت',
  'واستدرك',
  'وصرح',
  'وصرحت',
  'وعلق',
  'وعلقت',
  'من جهته',
  'من جهتها',
  'من جانبه',
  'من جانبها',
  'في حين',
  'في المقابل',
  'كما',
  'بينما',
  'فيما',
  'غير ان',
  'الا ان',
  'لكن',
  'ولكن',
  'وفي المقابل',
  'في غضون ذلك',
  'الى ذلك',
  'والى ذلك',
  'وبدوره',
  'بدوره',
  'بدورها',
  'وبدورها',
].map((opener) => normalizeArabic(opener));
const OPENER_SET = new Set(CLAUSE_OPENERS);
const LONGEST_OPENER_WORDS = Math.max(...CLAUSE_OPENERS.map((opener) => opener.split(' ').length));

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const DIGIT = /\p{Nd}/u;

function isDigit(character: string | undefined): boolean {
  return character !== undefined && DIGIT.test(character);
}

function isSpace(character: string): boolean {
  return (
    character === ' ' ||
    character === '\t' ||
    character === '\u00a0' ||
    character === '\r' ||
    character === '\u200f' ||
    character === '\u200e'
  );
}

/** Ranges [open, close] of quotes that close on the same line within reach; other quote marks are ignored. */
function quotedRanges(text: string, from: number, to: number): Int32Array {
  const ranges: number[] = [];
  const nextOpening = (at: number) => {
    let first = -1;
    for (const opener of OPENERS) {
      const found = text.indexOf(opener, at);
      if (found >= 0 && found < to && (first < 0 || found < first)) first = found;
    }
    return first;
  };
  for (let i = nextOpening(from); i >= 0; i = nextOpening(i + 1)) {
    if (text[i] === '"') {
      // Straight quotes do not say which way they face: pair each with the next one on its line.
      const close = text.indexOf('"', i + 1);
      const lineEnd = text.indexOf('\n', i + 1);
      if (close < 0 || close >= to || close - i > QUOTE_REACH || (lineEnd >= 0 && lineEnd < close)) continue;
      ranges.push(i, close);
      i = close;
      continue;
    }
    const opener = text[i]!;
    const closer = QUOTE_PAIRS[opener]!;
    const limit = Math.min(to, i + QUOTE_REACH);
    let depth = 0;
    for (let j = i + 1; j < limit; j++) {
      const character = text[j]!;
      if (character === '\n') break;
      if (character === opener) depth++;
      else if (character === closer) {
        if (depth === 0) {
          ranges.push(i, j);
          i = j;
          break;
        }
        depth--;
      }
    }
  }
  return Int32Array.from(ranges);
}

/** Whether the full stop at `at` follows a one-letter abbreviation standing alone (د. محمد). */
function isAbbreviation(text: string, at: number): boolean {
  const letter = text[at - 1];
  return letter !== undefined && ABBREVIATIONS.has(letter) && (at < 2 || !WORD_CHARACTER.test(text[at - 2]!));
}

/** Whether the words after a comma at `at` open a new clause (compared in normalized form). */
function opensClause(text: string, at: number, to: number): boolean {
  const words: string[] = [];
  let i = at;
  while (words.length < LONGEST_OPENER_WORDS && i < to) {
    while (i < to && isSpace(text[i]!)) i++;
    const start = i;
    while (i < to && WORD_CHARACTER.test(text[i]!)) i++;
    // Diacritics are not \p{L}: step over them inside a word.
    while (i < to && /\p{M}/u.test(text[i]!)) {
      i++;
      while (i < to && WORD_CHARACTER.test(text[i]!)) i++;
    }
    if (i === start) break;
    words.push(normalizeArabic(text.slice(start, i)));
    if (OPENER_SET.has(words.join(' '))) return true;
  }
  return false;
}

/** Trims whitespace off [start, end) and keeps it only if a word character remains. */
function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && (isSpace(text[start]!) || text[start] === '\n')) start++;
  while (end > start && (isSpace(text[end - 1]!) || text[end - 1] === '\n')) end--;
  for (let i = start; i < end; i++) {
    if (WORD_CHARACTER.test(text[i]!)) {
      out.push({ start, end });
      return;
    }
  }
}

function splitStretch(text: string, from: number, to: number, out: Span[]): void {
  const quotes = quotedRanges(text, from, to);
  let quote = 0;
  let sentenceStart = from;
  for (let i = from; i < to; i++) {
    while (quote < quotes.length && quotes[quote + 1]! < i) quote += 2;
    const insideQuote = quote < quotes.length && quotes[quote]! < i && i < quotes[quote + 1]!;
    const character = text[i]!;
    if (character === '\n') {
      pushTrimmed(text, sentenceStart, i, out);
      sentenceStart = i + 1;
      continue;
    }
    if (insideQuote) continue;
    if (TERMINATORS.has(character)) {
      // A decimal point or a thousands mark between digits (3.5, ١.٥) is no full stop.
      if (character === '.' && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
      let end = i + 1;
      while (end < to && (TERMINATORS.has(text[end]!) || TRAILING_CLOSERS.has(text[end]!))) end++;
      // A full stop straight before a letter (an abbreviation, a domain name) does not end anything.
      if (character === '.' && end < to && WORD_CHARACTER.test(text[end]!)) continue;
      if (character === '.' && isAbbreviation(text, i)) continue;
      pushTrimmed(text, sentenceStart, end, out);
      sentenceStart = end;
      i = end - 1;
      continue;
    }
    if (character === '،' || character === ',') {
      if (i - sentenceStart < LONG_RUN) continue;
      if (!opensClause(text, i + 1, to)) continue;
      pushTrimmed(text, sentenceStart, i + 1, out);
      sentenceStart = i + 1;
    }
  }
  pushTrimmed(text, sentenceStart, to, out);
}

/**
 * The sentences of a report as spans of its original text, in reading order. Arabic news
 * punctuation is loose: besides . ! ? ؟ and line breaks, ؛ ends a sentence, and in a long run a
 * comma before a new clause (وقال، وأضاف، من جهته، في حين…) does too; nothing inside «…» or “…”
 * or inside a number (3.5) splits. Boilerplate spans are left out entirely.
 */
export function splitSentences(text: string, boilerplate: readonly Span[] = []): Span[] {
  const out: Span[] = [];
  const excluded = [...boilerplate].sort((a, b) => a.start - b.start);
  let position = 0;
  for (const span of excluded) {
    if (span.start > position) splitStretch(text, position, Math.min(span.start, text.length), out);
    position = Math.max(position, span.end);
  }
  if (position < text.length) splitStretch(text, position, text.length, out);
  return out;
}
