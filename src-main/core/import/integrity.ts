import iconv from 'iconv-lite';
import type { IntegrityWarning, IntegrityWarningKind } from '../text/integrityWarning';

/**
 * Finds what a reader should not quote without checking: words that glue Arabic and Latin letters
 * together (a corrupted word such as «ب epithelialن»), U+FFFD left by a lossy decoder, mojibake
 * (UTF-8 bytes read as Windows-1256 or Latin-1/1252) and control characters. Spans point into the
 * text as given; nothing is changed.
 */

/** What bytes 0x80–0xBF (UTF-8 continuation bytes) turn into when read in a single-byte code page. */
function continuationCharacters(encoding: string): string[] {
  const characters = new Set<string>();
  for (let byte = 0x80; byte <= 0xbf; byte++) characters.add(iconv.decode(Uint8Array.of(byte), encoding));
  // Latin-1 proper maps 0x80–0x9F to C1 controls; cp1252 leaves a few of them undefined.
  for (let code = 0x80; code <= 0xbf; code++) characters.add(String.fromCharCode(code));
  characters.delete('\uFFFD');
  return [...characters];
}

function characterClassOf(characters: string[]): string {
  return characters.map((character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
}

const CP1256_CONTINUATIONS = continuationCharacters('windows-1256');
const CP1252_CONTINUATIONS = continuationCharacters('windows-1252');
const CP1256_CONTINUATION = characterClassOf(CP1256_CONTINUATIONS);
const CP1252_CONTINUATION = characterClassOf(CP1252_CONTINUATIONS);

/**
 * Mojibake of Arabic: every Arabic letter is two UTF-8 bytes led by 0xD8/0xD9, which Windows-1256
 * shows as ط/ظ and Latin-1/1252 as Ø/Ù, followed by a continuation byte. Two such pairs in a row do
 * not occur in real Arabic or European text. Latin letters with accents (é → Ã©) and punctuation
 * (’ → â€™) need only one pair, since "Ã" or "â€" before those symbols never occurs in real text.
 */
const MOJIBAKE_PATTERNS: RegExp[] = [
  new RegExp(`(?:[\\u0637\\u0638][${CP1256_CONTINUATION}]){2,}`, 'g'),
  new RegExp(`(?:[\\u00D8\\u00D9\\u00DA\\u00DB][${CP1252_CONTINUATION}]){2,}`, 'g'),
  new RegExp(`(?:[\\u00C2\\u00C3][${CP1252_CONTINUATION}])+`, 'g'),
  new RegExp(`(?:\\u00E2\\u20AC[${CP1252_CONTINUATION}\\u2122])+`, 'g'),
];

const ARABIC_LETTER = /(?=\p{Script=Arabic})\p{L}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
/** A single Arabic letter standing alone right before a word, as «ب» in «ب epithelialن». */
const LONE_ARABIC_LETTER_BEFORE = /(?:^|[^\p{L}\p{M}])((?=\p{Script=Arabic})\p{L}\p{M}*) $/u;

/**
 * Arabic proclitics (conjunction, preposition, article: و ف ب ك ل ال لل and their combinations)
 * that writers glue straight onto a foreign word («وiPhone», «وبالGPS»): common, deliberate, and
 * not a sign of damage.
 */
const PROCLITICS = new Set(
  ['', 'و', 'ف']
    .flatMap((conjunction) =>
      [...['', 'ب', 'ك', 'ل'].flatMap((preposition) => ['', 'ال'].map((article) => preposition + article)), 'لل'].map(
        (rest) => conjunction + rest,
      ),
    )
    .filter((proclitic) => proclitic !== ''),
);

type ScriptRun = { script: 'arabic' | 'latin' | 'other'; text: string };

function scriptRuns(piece: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  for (const character of piece) {
    const script = ARABIC_LETTER.test(character) ? 'arabic' : LATIN_LETTER.test(character) ? 'latin' : 'other';
    const last = runs[runs.length - 1];
    // Combining marks and joiners belong to the run they sit on.
    if (last && (script === last.script || script === 'other')) last.text += character;
    else runs.push({ script, text: character });
  }
  return runs.filter((run) => run.script !== 'other');
}

/**
 * Whether a word mixes Arabic and Latin letters in a way no writer intends: Arabic letters after a
 * Latin run («epithelialن», «الhصطناعي») or a Latin run after Arabic that is more than a proclitic
 * («وسوارHUAWEI»). Tatweel is the accepted way to attach a prefix («الـiPhone»), so only pieces
 * between tatweels count.
 */
function mixesArabicAndLatin(word: string): boolean {
  return word.split('\u0640').some((piece) => {
    const runs = scriptRuns(piece);
    if (!runs.some((run) => run.script === 'arabic') || !runs.some((run) => run.script === 'latin')) return false;
    const gluedProclitic = runs.length === 2 && runs[0]!.script === 'arabic' && PROCLITICS.has(runs[0]!.text);
    return !gluedProclitic;
  });
}

const LATIN_RUN = /\p{Script=Latin}+/gu;
const WORD_CHARACTER = /[\p{L}\p{M}\u0640\u200C\u200D]/u;

/** The whole word around [start, end): Arabic news has few Latin runs, so only their words are read. */
function wordAround(text: string, start: number, end: number): { start: number; end: number } {
  while (start > 0 && WORD_CHARACTER.test(text[start - 1] ?? '')) start--;
  while (end < text.length && WORD_CHARACTER.test(text[end] ?? '')) end++;
  return { start, end };
}

function mixedScriptWarnings(text: string): IntegrityWarning[] {
  const warnings: IntegrityWarning[] = [];
  let lastWordEnd = -1;
  for (const latin of text.matchAll(LATIN_RUN)) {
    if (latin.index < lastWordEnd) continue;
    const word = wordAround(text, latin.index, latin.index + latin[0].length);
    lastWordEnd = word.end;
    if (!mixesArabicAndLatin(text.slice(word.start, word.end))) continue;
    let start = word.start;
    // The corrupted word often split an Arabic word around the Latin fragment, leaving its first
    // letter alone before it: include that letter so the warning covers the whole damage.
    const lone = LONE_ARABIC_LETTER_BEFORE.exec(text.slice(Math.max(0, start - 4), start));
    if (lone) start -= lone[1]!.length + 1;
    warnings.push({ kind: 'mixed-script', start, end: word.end, text: text.slice(start, word.end) });
  }
  return warnings;
}

function patternWarnings(text: string, pattern: RegExp, kind: IntegrityWarningKind): IntegrityWarning[] {
  return [...text.matchAll(pattern)].map((match) => ({
    kind,
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
  }));
}

/** Mojibake words of one sentence are one finding, not one per word. */
function mergeAcrossSpaces(text: string, warnings: IntegrityWarning[]): IntegrityWarning[] {
  const sorted = [...warnings].sort((a, b) => a.start - b.start);
  const merged: IntegrityWarning[] = [];
  for (const warning of sorted) {
    const last = merged[merged.length - 1];
    if (last && warning.start <= last.end) {
      last.end = Math.max(last.end, warning.end);
    } else if (last && /^[ \t]+$/.test(text.slice(last.end, warning.start))) {
      last.end = warning.end;
    } else {
      merged.push({ ...warning });
      continue;
    }
    last.text = text.slice(last.start, last.end);
  }
  return merged;
}

function overlapsAny(warning: IntegrityWarning, others: IntegrityWarning[]): boolean {
  return others.some((other) => warning.start < other.end && other.start < warning.end);
}

/** All warnings, ordered by position. */
export function findIntegrityWarnings(text: string): IntegrityWarning[] {
  return warningsOf(text, suspectsIn(text));
}

/** The same warnings, found by running every check over the whole text: what the screen must agree with. */
export function findIntegrityWarningsUnscreened(text: string): IntegrityWarning[] {
  return warningsOf(text, LATIN | CONTROL | REPLACEMENT | MOJIBAKE);
}

/** The warnings of the kinds `suspects` names. */
function warningsOf(text: string, suspects: number): IntegrityWarning[] {
  if (suspects === 0) return [];
  const mojibake =
    suspects & MOJIBAKE
      ? mergeAcrossSpaces(
          text,
          MOJIBAKE_PATTERNS.flatMap((pattern) => patternWarnings(text, pattern, 'mojibake')),
        )
      : [];
  // C1 controls and stray letters inside mojibake are symptoms of it, not separate findings.
  const controls =
    suspects & CONTROL
      ? patternWarnings(text, /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]+/g, 'control-char').filter(
          (warning) => !overlapsAny(warning, mojibake),
        )
      : [];
  const mixed = suspects & LATIN ? mixedScriptWarnings(text).filter((warning) => !overlapsAny(warning, mojibake)) : [];
  const replacement = suspects & REPLACEMENT ? patternWarnings(text, /\uFFFD+/g, 'replacement-char') : [];
  return [...mixed, ...replacement, ...mojibake, ...controls].sort((a, b) => a.start - b.start || a.end - b.end);
}

/*
 * Most reports have nothing to warn about, and running each check's expressions over every text
 * cost an import worker more than reading it did. One pass over the characters first tells which
 * checks can find anything at all: each finding needs a character this pass looks for (a Latin
 * letter, a control, U+FFFD, or the first two characters of a mojibake pair), so a check it rules
 * out would have found nothing, and the checks it lets through run as before.
 */
const LATIN = 1;
const CONTROL = 2;
const REPLACEMENT = 4;
const MOJIBAKE = 8;
/** Characters that open a mojibake pair, each with the class of characters that must follow. */
const OPENS_CP1256_PAIR = 16;
const OPENS_CP1252_PAIR = 32;
const OPENS_EURO = 64;
const CP1256_FOLLOWS = 128;
const CP1252_FOLLOWS = 256;
const EURO = 512;

let basicPlane: Uint16Array | undefined;

/** The flags of every character of the basic plane, built once. */
function basicPlaneFlags(): Uint16Array {
  if (basicPlane) return basicPlane;
  const flags = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const character = String.fromCharCode(code);
    // Half a surrogate pair: the character it belongs to may be Latin; let that check decide.
    if (LATIN_LETTER.test(character) || (code >= 0xd800 && code <= 0xdfff)) flags[code]! |= LATIN;
  }
  const mark = (characters: Iterable<string>, flag: number) => {
    for (const character of characters) flags[character.charCodeAt(0)]! |= flag;
  };
  for (let code = 0; code <= 0x9f; code++) {
    if (code <= 0x08 || (code >= 0x0b && code <= 0x1f) || code >= 0x7f) flags[code]! |= CONTROL;
  }
  flags[0xfffd]! |= REPLACEMENT;
  mark('\u0637\u0638', OPENS_CP1256_PAIR);
  mark('\u00D8\u00D9\u00DA\u00DB\u00C2\u00C3', OPENS_CP1252_PAIR);
  mark('\u00E2', OPENS_EURO);
  mark(CP1256_CONTINUATIONS, CP1256_FOLLOWS);
  mark(CP1252_CONTINUATIONS, CP1252_FOLLOWS);
  mark('\u20AC', EURO);
  basicPlane = flags;
  return flags;
}

/** Which of LATIN, CONTROL, REPLACEMENT and MOJIBAKE the text may hold a finding of. */
function suspectsIn(text: string): number {
  const flags = basicPlaneFlags();
  let suspects = 0;
  for (let i = 0; i < text.length; i++) {
    const flag = flags[text.charCodeAt(i)]!;
    if (flag === 0) continue;
    suspects |= flag & (LATIN | CONTROL | REPLACEMENT);
    if (i + 1 === text.length) break;
    const next = flags[text.charCodeAt(i + 1)]!;
    if (
      (flag & OPENS_CP1256_PAIR && next & CP1256_FOLLOWS) ||
      (flag & OPENS_CP1252_PAIR && next & CP1252_FOLLOWS) ||
      (flag & OPENS_EURO && next & EURO)
    ) {
      suspects |= MOJIBAKE;
    }
  }
  return suspects;
}
