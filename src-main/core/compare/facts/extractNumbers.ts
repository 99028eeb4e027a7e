import { normalizeArabic } from '../../arabic';
import { offsetAfterLetters } from './cliticVariants';
import type { CompiledLexicons, CompiledNumberWords } from './compiledLexicons';
import { factRow, type FactMention } from './factRow';
import { isUnbroken, type FactText, type FactWord } from './factText';
import type { FactRow } from './factTypes';
import { endsName } from './personName';

/** A number a report gives, with what it counts when the sentence says. */
export interface NumberMention extends FactMention {
  /** Groups the same counted thing across reports. */
  key: string;
  label: string;
}

const DIGIT = '[0-9\u0660-\u0669\u06F0-\u06F9]';
/** A date written with digits (12/5/2024, 2024-05-12), or a number with thousands or decimal marks. */
const DIGIT_PATTERN = new RegExp(
  `${DIGIT}{1,4}[/\\-]${DIGIT}{1,2}[/\\-]${DIGIT}{1,4}|${DIGIT}+(?:[.,\u066B\u066C]${DIGIT}+)*`,
  'g',
);
const PERCENT_SIGN = /^\s*[%\u066A]/;
/** After a number, «من» introduces what it counts: «خمسة من الجنود». */
const PARTITIVE = 'من';
const YEAR_MIN = 1000;
const YEAR_MAX = 2200;

interface DigitRun {
  start: number;
  end: number;
  /** ASCII value: thousands marks removed, the decimal mark a point; a written date as written. */
  value: string;
  isDate: boolean;
}

function asciiDigits(text: string): string {
  return normalizeArabic(text);
}

function digitRuns(text: string): Map<number, DigitRun> {
  const runs = new Map<number, DigitRun>();
  for (const match of text.matchAll(DIGIT_PATTERN)) {
    const raw = asciiDigits(match[0]);
    const isDate = /[/-]/.test(raw);
    let value = raw;
    if (!isDate) {
      // A comma or ٬ before three digits groups thousands; any other mark is the decimal point.
      value = raw.replace(/[,\u066C](?=\d{3}(?!\d))/g, '').replace(/[,.\u066B]/g, '.');
      value = String(Number(value));
    }
    runs.set(match.index, { start: match.index, end: match.index + match[0].length, value, isDate });
  }
  return runs;
}

interface ParsedNumber {
  start: number;
  end: number;
  value: string;
  /** Words after the number begin here. */
  next: number;
  /** Set when the number word itself names what it counts (يومين). */
  unit?: string;
  isDate?: boolean;
  approximate?: boolean;
}

function numberWordAt(
  words: FactWord[],
  at: number,
  numbers: CompiledNumberWords,
): { value: number; prefixLetters: number } | undefined {
  for (const variant of words[at]!.variants) {
    const value = numbers.cardinals.get(variant.word);
    if (value !== undefined) return { value, prefixLetters: variant.prefixLetters };
  }
  return undefined;
}

/** A number written in words from words[at]: «ثلاثة», «خمسة وعشرون», «ثلاثة آلاف», «يومين», «عشرات». */
function parseNumberWords(text: FactText, at: number, numbers: CompiledNumberWords): ParsedNumber | undefined {
  const { words, document } = text;
  const word = words[at]!;
  for (const variant of word.variants) {
    const unit = numbers.duals.get(variant.word);
    if (unit !== undefined) {
      const start = offsetAfterLetters(document.text, word.start, variant.prefixLetters);
      return { start, end: word.end, value: '2', next: at + 1, unit };
    }
    if (numbers.approximate.has(variant.word) && !numbers.cardinals.has(variant.word)) {
      let next = at + 1;
      // «عشرات الآلاف»: an approximate word scaled by another.
      while (
        next < words.length &&
        numbers.approximate.has(words[next]!.exact) &&
        isUnbroken(words, next - 1, next + 1)
      )
        next++;
      return {
        start: offsetAfterLetters(document.text, word.start, variant.prefixLetters),
        end: words[next - 1]!.end,
        value: words
          .slice(at, next)
          .map((w, k) => (k === 0 ? variant.word : w.exact))
          .join(' '),
        next,
        approximate: true,
      };
    }
  }
  const first = numberWordAt(words, at, numbers);
  if (first === undefined) return undefined;
  let total = 0;
  let current = 0;
  let next = at;
  while (next < words.length && (next === at || isUnbroken(words, next - 1, next + 1))) {
    const exact = words[next]!.exact;
    const plain = next > at && exact.startsWith('و') ? exact.slice(1) : exact;
    const multiplier = numbers.multipliers.get(plain);
    const cardinal = next === at ? first.value : numbers.cardinals.get(plain);
    if (multiplier !== undefined && current > 0 && next > at) {
      current *= multiplier;
      if (multiplier >= 1000) {
        total += current;
        current = 0;
      }
    } else if (cardinal !== undefined) {
      current += cardinal;
    } else {
      break;
    }
    next++;
  }
  const value = total + current;
  // «واحد» and «أحد» alone are rarely a figure worth comparing («أحد المشاركين»).
  if (value <= 1) return undefined;
  const start = offsetAfterLetters(document.text, words[at]!.start, first.prefixLetters);
  return { start, end: words[next - 1]!.end, value: String(value), next };
}

function parseDigits(text: FactText, at: number, runs: Map<number, DigitRun>): ParsedNumber | undefined {
  const word = text.words[at]!;
  // A number may be glued to a proclitic («و18») or a letter («2026م»).
  const run = runs.get(word.start) ?? (/^[وفبل]\d/.test(word.exact) ? runs.get(word.start + 1) : undefined);
  if (run === undefined) return undefined;
  let next = at + 1;
  while (next < text.words.length && text.words[next]!.start < run.end) next++;
  return { start: run.start, end: Math.max(run.end, run.start), value: run.value, next, isDate: run.isDate };
}

function parseNumberAt(
  text: FactText,
  at: number,
  lexicons: CompiledLexicons,
  runs: Map<number, DigitRun>,
): ParsedNumber | undefined {
  return parseDigits(text, at, runs) ?? parseNumberWords(text, at, lexicons.numbers);
}

const MARKS = /[\u064B-\u065F\u0670\u0640]/g;

/**
 * The counted noun's row: the lexicon's singular, or the word as written without its article and
 * accusative alif («هجوماً» → هجوم); a final «يا» is part of the word («ضحايا»).
 */
function unitOf(word: FactWord, text: string, numbers: CompiledNumberWords): { key: string; label: string } {
  const exact = word.exact;
  const bare = exact.startsWith('ال') && exact.length > 4 ? exact.slice(2) : exact;
  const mapped = numbers.units.get(exact) ?? numbers.units.get(bare);
  if (mapped !== undefined) return { key: normalizeArabic(mapped), label: mapped };
  let written = text.slice(word.start, word.end).replace(MARKS, '');
  let key = bare;
  if (written.startsWith('ال') && written.length > 4) written = written.slice(2);
  if (key.length > 3 && key.endsWith('ا') && !key.endsWith('يا')) {
    key = key.slice(0, -1);
    if (written.endsWith('ا')) written = written.slice(0, -1);
  }
  return { key, label: written };
}

/** A number that opens a line and counts nothing known is a list number («1.1 تؤكد…»), not a figure. */
function isListNumber(text: FactText, parsed: ParsedNumber, numbers: CompiledNumberWords): boolean {
  const body = text.document.text;
  const lineStart = body.lastIndexOf('\n', parsed.start - 1) + 1;
  if (body.slice(lineStart, parsed.start).trim() !== '') return false;
  const next = text.words[parsed.next];
  return !isKnownUnit(next, numbers);
}

function isKnownUnit(word: FactWord | undefined, numbers: CompiledNumberWords): boolean {
  return word !== undefined && word.variants.some((v) => numbers.countedNouns.has(v.word));
}

/** Reads what follows a number (scale, range, percent, month, counted noun) and makes the mention. */
function completeNumber(
  text: FactText,
  at: number,
  parsed: ParsedNumber,
  lexicons: CompiledLexicons,
  runs: Map<number, DigitRun>,
): { mention: NumberMention; next: number } {
  const { words, document } = text;
  const numbers = lexicons.numbers;
  let { end, value, next } = parsed;
  const follows = (index: number) => index < words.length && isUnbroken(words, index - 1, index + 1);

  const multiplier = follows(next) ? numbers.multipliers.get(words[next]!.exact) : undefined;
  if (multiplier !== undefined && !parsed.approximate && !parsed.isDate && parsed.unit === undefined) {
    value = String(Number(value) * multiplier);
    end = words[next]!.end;
    next++;
  }
  if (follows(next) && follows(next + 1) && numbers.ranges.has(words[next]!.exact)) {
    const upper = parseNumberAt(text, next + 1, lexicons, runs);
    if (upper !== undefined && !upper.approximate) {
      value = `${value}-${upper.value}`;
      end = upper.end;
      next = upper.next;
    }
  } else if (follows(next) && /^و\d/.test(words[next]!.exact)) {
    const upper = parseDigits(text, next, runs);
    if (upper !== undefined) {
      value = `${value}-${upper.value}`;
      end = upper.end;
      next = upper.next;
    }
  }
  const mention = (key: string, label: string, mentionEnd = end): NumberMention => ({
    docId: document.id,
    start: parsed.start,
    end: mentionEnd,
    value,
    key,
    label,
  });

  if (parsed.unit !== undefined) {
    return { mention: mention(normalizeArabic(parsed.unit), parsed.unit), next };
  }
  if (parsed.isDate) return { mention: mention(`date:${value}`, value), next };
  if (PERCENT_SIGN.test(document.text.slice(end, end + 3))) {
    const sign = document.text.indexOf(document.text.slice(end).trimStart()[0]!, end);
    return { mention: mention('%', '%', sign + 1), next };
  }
  const nextWord = follows(next) ? words[next]! : undefined;
  if (nextWord !== undefined && numbers.percent.has(nextWord.exact)) {
    return { mention: mention('%', '%', nextWord.end), next: next + 1 };
  }
  if (nextWord !== undefined && nextWord.variants.some((v) => numbers.months.has(v.word))) {
    let dateEnd = nextWord.end;
    let after = next + 1;
    const year = follows(after) ? parseDigits(text, after, runs) : undefined;
    if (year !== undefined) {
      dateEnd = year.end;
      after = year.next;
    }
    const written = normalizeArabic(document.text.slice(parsed.start, dateEnd));
    return { mention: { ...mention(`date:${written}`, written, dateEnd), value: written }, next: after };
  }
  const previous = at > 0 && isUnbroken(words, at - 1, at + 1) ? words[at - 1]! : undefined;
  const numeric = Number(value);
  const yearLike = /^\d{4}$/.test(value) && numeric >= YEAR_MIN && numeric <= YEAR_MAX;
  if (previous !== undefined && yearLike && previous.variants.some((v) => numbers.dateMarkers.has(v.word))) {
    const marker = previous.variants.find((v) => numbers.dateMarkers.has(v.word))!;
    const markerStart = offsetAfterLetters(document.text, previous.start, marker.prefixLetters);
    const label = `${document.text.slice(markerStart, previous.end)} ${value}`;
    const year = { ...mention(`year:${value}`, label), start: markerStart };
    return { mention: year, next };
  }
  // A bare year («رؤية 2030»), unless a known unit follows («2000 جندي»).
  if (yearLike && numeric >= 1900 && numeric <= 2100 && !parsed.approximate && !isKnownUnit(nextWord, numbers)) {
    return { mention: mention(`year:${value}`, value), next };
  }
  let counted = nextWord;
  let countedIndex = next;
  if (counted !== undefined && counted.exact.startsWith('و') && !isKnownUnit(counted, numbers)) counted = undefined;
  if (counted !== undefined && counted.exact === PARTITIVE && follows(next + 1)) {
    counted = words[next + 1]!;
    countedIndex = next + 1;
  }
  if (
    counted !== undefined &&
    /^[\u0621-\u064A]+$/.test(counted.exact) &&
    !endsName(counted.exact) &&
    !numbers.ranges.has(counted.exact)
  ) {
    const unit = unitOf(counted, document.text, numbers);
    return { mention: mention(unit.key, unit.label, counted.end), next: countedIndex + 1 };
  }
  return { mention: mention(`number:${value}`, value), next };
}

/** Every number, amount, date and duration in a report, with what it counts where the sentence says. */
export function findNumbers(lexicons: CompiledLexicons, text: FactText): NumberMention[] {
  const runs = digitRuns(text.document.text);
  const mentions: NumberMention[] = [];
  for (let at = 0; at < text.words.length;) {
    const parsed = parseNumberAt(text, at, lexicons, runs);
    if (parsed === undefined) {
      at++;
      continue;
    }
    const { mention, next } = completeNumber(text, at, parsed, lexicons, runs);
    if (!(parsed.isDate !== true && /^\d/.test(parsed.value) && isListNumber(text, parsed, lexicons.numbers))) {
      mentions.push(mention);
    }
    at = Math.max(next, at + 1);
  }
  return mentions;
}

/** One row per counted thing (days, months, a year, a percentage), across the reports. */
export function numberRows(lexicons: CompiledLexicons, texts: FactText[]): FactRow[] {
  const documents = texts.map((text) => text.document);
  const groups = new Map<string, NumberMention[]>();
  for (const text of texts) {
    for (const mention of findNumbers(lexicons, text)) {
      const group = groups.get(mention.key) ?? [];
      // A report that repeats a figure shows it once in the row.
      if (group.some((other) => other.docId === mention.docId && other.value === mention.value)) continue;
      group.push(mention);
      groups.set(mention.key, group);
    }
  }
  return [...groups.values()].map((mentions) => factRow('number', mentions[0]!.label, mentions, documents));
}
