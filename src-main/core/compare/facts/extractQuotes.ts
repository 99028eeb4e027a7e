import { analyze } from '../../arabic';
import type { CompiledLexicons } from './compiledLexicons';
import { isSpeechVerb, nameStop, titledNameAt } from './extractPeople';
import { factRow, type FactMention } from './factRow';
import { firstWordAfter, spanIndexAt, type FactText } from './factText';
import type { FactRow } from './factTypes';
import { nameLength } from './personName';

/** Quoted speech in a report, with the speaker the sentence names. */
export interface QuoteMention extends FactMention {
  /** The speaker as written, or undefined when the sentence names none. */
  speaker?: { start: number; end: number; key: string };
  words: string[];
  /** The first words as written, which label a row when no speaker is named. */
  opening: string;
}

/** «…», “…” and straight "…" quotes; the opening and closing marks are part of the span. */
const QUOTE_PATTERN = /«[^«»]+»|“[^“”]+”|"[^"\n]+"/g;
/**
 * Shorter quotations are names and terms («فلينتلوك», "حظر الأسلحة الكيمياوية") rather than speech;
 * a quotation this short is speech only when it carries punctuation («نعم، أعتقد ذلك»).
 */
const MIN_QUOTE_WORDS = 3;
const SHORT_QUOTE_WORDS = 3;
const INNER_PUNCTUATION = /[،,.؛;:!?؟]/;
/** Quotes in two reports with this share of words in common are the same quotation. */
const SAME_QUOTE_OVERLAP = 0.5;
const OPENING_WORDS = 6;

/** The stretch of text the speaker may be named in: the sentences the quote starts and ends in. */
function quoteContext(text: FactText, start: number, end: number): { start: number; end: number } {
  const { sentences, text: body } = text.document;
  const first = sentences[spanIndexAt(sentences, start)];
  const last = sentences[spanIndexAt(sentences, end - 1)];
  const lineStart = body.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = body.indexOf('\n', end);
  return {
    start: Math.min(first?.start ?? lineStart, start),
    end: Math.max(last?.end ?? (lineEnd < 0 ? body.length : lineEnd), end),
  };
}

/**
 * The speaker named after the reporting verb nearest the quotation (after it or before it), outside
 * the quotation: «“…”، أضاف أحد المشاركين» and «عبّر أحد المشاركين عن آماله قائلًا: “…”». A verb
 * followed by no name (قائلًا: right before the quote) gives way to the next nearest.
 */
function findSpeaker(lexicons: CompiledLexicons, text: FactText, start: number, end: number): QuoteMention['speaker'] {
  const context = quoteContext(text, start, end);
  const { words } = text;
  const verbs: { index: number; distance: number }[] = [];
  const first = firstWordAfter(words, context.start);
  for (let index = first; index < words.length && words[index]!.start < context.end; index++) {
    const word = words[index]!;
    if (word.start < context.start || word.end > context.end) continue;
    if (word.start >= start && word.end <= end) continue;
    if (!isSpeechVerb(lexicons, word)) continue;
    verbs.push({ index, distance: word.start >= end ? word.start - end : start - word.end });
  }
  verbs.sort((a, b) => a.distance - b.distance);
  for (const { index } of verbs) {
    const at = index + 1;
    // «وقال: "…"» introduces the quote itself: a speaker's name follows the verb with no mark between.
    if (at >= words.length || words[at]!.brokenBefore || words[at]!.start >= context.end) continue;
    if (words[at]!.start >= start && words[at]!.end <= end) continue;
    const titled = titledNameAt(lexicons, text, at);
    if (titled !== undefined) {
      return { start: titled.start, end: titled.end, key: titled.name[titled.name.length - 1]! };
    }
    // Without a title, a speaker starts with a given name or an indefinite («أحد المشاركين»), not
    // with a definite noun, which is the verb's object («ووصف المشهد…»).
    if (words[at]!.exact.startsWith('ال') && !lexicons.givenNames.has(words[at]!.exact)) continue;
    const length = nameLength(text, at, nameStop(lexicons, words));
    if (length === 0 || words[at + length - 1]!.end > context.end) continue;
    return { start: words[at]!.start, end: words[at + length - 1]!.end, key: words[at + length - 1]!.exact };
  }
  return undefined;
}

export function findQuotes(lexicons: CompiledLexicons, text: FactText): QuoteMention[] {
  const { document } = text;
  const mentions: QuoteMention[] = [];
  for (const match of document.text.matchAll(QUOTE_PATTERN)) {
    const start = match.index;
    const end = start + match[0].length;
    if (document.boilerplate.some((span) => start < span.end && end > span.start)) continue;
    const tokens = analyze(match[0]);
    if (tokens.length < MIN_QUOTE_WORDS) continue;
    if (tokens.length <= SHORT_QUOTE_WORDS && !INNER_PUNCTUATION.test(match[0].slice(1, -1))) continue;
    const words = tokens.map((token) => token.exact);
    const cut = tokens[Math.min(OPENING_WORDS, tokens.length) - 1]!.end;
    const opening = `${match[0].slice(tokens[0]!.start, cut)}${tokens.length > OPENING_WORDS ? '…' : ''}`;
    const mention: QuoteMention = { docId: document.id, start, end, value: words.join(' '), words, opening };
    const speaker = findSpeaker(lexicons, text, start, end);
    if (speaker !== undefined) mention.speaker = speaker;
    mentions.push(mention);
  }
  return mentions;
}

function overlap(left: Set<string>, right: Set<string>): number {
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / Math.max(1, Math.min(left.size, right.size));
}

/**
 * One row per speaker, and per quotation where no speaker is named: quotes join a row when they share
 * the speaker or most of their words. The row disagrees when the reports' wordings differ or a
 * report does not carry the quote.
 */
export function quoteRows(lexicons: CompiledLexicons, texts: FactText[]): FactRow[] {
  const documents = texts.map((text) => text.document);
  const mentions = texts.flatMap((text) => findQuotes(lexicons, text));
  const wordSets = mentions.map((mention) => new Set(mention.words));
  const parent = mentions.map((_, index) => index);
  const root = (index: number): number => (parent[index] === index ? index : (parent[index] = root(parent[index]!)));
  for (let i = 0; i < mentions.length; i++) {
    for (let j = i + 1; j < mentions.length; j++) {
      const a = mentions[i]!;
      const b = mentions[j]!;
      const sameSpeaker = a.speaker !== undefined && a.speaker.key === b.speaker?.key;
      const sameQuote = a.docId !== b.docId && overlap(wordSets[i]!, wordSets[j]!) >= SAME_QUOTE_OVERLAP;
      if (sameSpeaker || sameQuote) parent[root(j)] = root(i);
    }
  }
  const groups = new Map<number, QuoteMention[]>();
  mentions.forEach((mention, index) => {
    const group = groups.get(root(index)) ?? [];
    group.push(mention);
    groups.set(root(index), group);
  });
  const byId = new Map(documents.map((document) => [document.id, document]));
  return [...groups.values()].map((group) => {
    const named = group.find((mention) => mention.speaker !== undefined);
    const label =
      named !== undefined
        ? byId.get(named.docId)!.text.slice(named.speaker!.start, named.speaker!.end)
        : group[0]!.opening;
    return factRow('quote', label, group, documents);
  });
}
