import { normalizeArabic } from '../../arabic';
import { offsetAfterLetters } from './cliticVariants';
import type { CompiledLexicons } from './compiledLexicons';
import { factRow, type FactMention } from './factRow';
import { isUnbroken, type FactText, type FactWord } from './factText';
import type { FactRow } from './factTypes';
import { nameLength, endsName } from './personName';

/** A person named with a title in one report: «الفريق أول ركن خالد خليفة حفتر». */
export interface TitledMention {
  docId: string;
  /** The title's normalized words: what reports are compared on. */
  title: string;
  /** The name's normalized words. */
  name: string[];
  /** Title and name as written (a proclitic such as و or ب left out). */
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  /** Where each name word ends, to shorten the name by its last word. */
  wordEnds: number[];
}

/**
 * Describing words a role may carry before the name: «المبعوث الأممي الخاص غسان سلامة», «رئيس
 * الأركان العامة في المنطقة الغربية، محمد الحداد».
 */
const MAX_ROLE_MODIFIERS = 5;
const PLACE_PREPOSITION = 'في';
/** A role set off from the name by a comma: «رئيس الأركان…، محمد الحداد». */
const APPOSITION = /^\s*[،,]\s*$/;

export function isSpeechVerb(lexicons: CompiledLexicons, word: FactWord): boolean {
  return word.variants.some((variant) => variant.prefixLetters <= 1 && lexicons.speechVerbs.has(variant.word));
}

/** Stops a name at a title (a new person) or a reporting verb. */
export function nameStop(lexicons: CompiledLexicons, words: FactWord[]): (index: number) => boolean {
  return (index) => lexicons.titles.matchAt(words, index) !== undefined || isSpeechVerb(lexicons, words[index]!);
}

/** The titled name that starts at words[at], if a title starts there and a name follows it. */
export function titledNameAt(lexicons: CompiledLexicons, text: FactText, at: number): TitledMention | undefined {
  const { words, document } = text;
  const title = lexicons.titles.matchAt(words, at);
  if (title === undefined) return undefined;
  let nameAt = at + title.length;
  let apposition = false;
  if (title.value.kind === 'role') {
    let skipped = 0;
    const describes = (index: number) =>
      index < words.length &&
      isUnbroken(words, index - 1, index + 1) &&
      words[index]!.exact.startsWith('ال') &&
      !endsName(words[index]!.exact);
    while (skipped < MAX_ROLE_MODIFIERS) {
      if (describes(nameAt)) nameAt++;
      else if (
        words[nameAt]?.exact === PLACE_PREPOSITION &&
        isUnbroken(words, nameAt - 1, nameAt + 1) &&
        describes(nameAt + 1)
      )
        nameAt += 2;
      else break;
      skipped++;
    }
    const next = words[nameAt];
    apposition =
      next !== undefined &&
      nameAt > at + title.length &&
      next.sentence === words[nameAt - 1]!.sentence &&
      APPOSITION.test(document.text.slice(words[nameAt - 1]!.end, next.start));
  }
  if (nameAt >= words.length || (!apposition && !isUnbroken(words, nameAt - 1, nameAt + 1))) return undefined;
  const length = nameLength(text, nameAt, nameStop(lexicons, words));
  // A role names a department as often as a person («رئيس الأركان العامة»): only a name of at least
  // two words after it is taken for a person.
  if (length === 0 || (title.value.kind === 'role' && length < 2)) return undefined;
  const needsGivenName = title.value.kind === 'role' || title.value.needsGivenName === true;
  if (needsGivenName && !lexicons.givenNames.has(words[nameAt]!.exact)) return undefined;
  const first = words[at]!;
  const last = words[nameAt + length - 1]!;
  return {
    docId: document.id,
    title: normalizeArabic(title.value.text),
    name: words.slice(nameAt, nameAt + length).map((word) => word.exact),
    start: offsetAfterLetters(document.text, first.start, title.prefixLetters),
    end: last.end,
    nameStart: words[nameAt]!.start,
    nameEnd: last.end,
    wordEnds: words.slice(nameAt, nameAt + length).map((word) => word.end),
  };
}

/** Every titled name in a report, in reading order. */
export function findTitledPeople(lexicons: CompiledLexicons, text: FactText): TitledMention[] {
  const mentions: TitledMention[] = [];
  for (let at = 0; at < text.words.length; at++) {
    const mention = titledNameAt(lexicons, text, at);
    if (mention === undefined) continue;
    mentions.push(mention);
    while (at + 1 < text.words.length && text.words[at + 1]!.start < mention.end) at++;
  }
  return mentions;
}

/**
 * Without punctuation, the next word runs into the name: «استقبل الفريق أول خالد حفتر الوفد», «الأمير
 * محمد بن سلمان قام». The last word is dropped when the rest is another mention's whole name, or when
 * it carries the article and the surname before it stands elsewhere without it («وقال حفتر إن…»).
 * Names of two words are kept whole: «خالد المحجوب».
 */
function trimRunOnWord(mentions: TitledMention[], texts: FactText[]): TitledMention[] {
  const wholeNames = new Set(mentions.map((mention) => mention.name.join(' ')));
  const shorten = (mention: TitledMention): TitledMention => {
    const end = mention.wordEnds[mention.wordEnds.length - 2]!;
    return { ...mention, name: mention.name.slice(0, -1), end, nameEnd: end, wordEnds: mention.wordEnds.slice(0, -1) };
  };
  mentions = mentions.map((mention) =>
    mention.name.length >= 3 && wholeNames.has(mention.name.slice(0, -1).join(' ')) ? shorten(mention) : mention,
  );
  const suspect = (name: string[]) =>
    name.length >= 3 && name[name.length - 1]!.startsWith('ال') && !endsName(name[name.length - 2]!);
  const surnames = new Set(mentions.filter((mention) => suspect(mention.name)).map((mention) => mention.name.at(-2)!));
  if (surnames.size === 0) return mentions;
  const followers = new Map<string, Set<string>>();
  for (const { words } of texts) {
    words.forEach((word, index) => {
      if (!surnames.has(word.exact)) return;
      const next = index + 1 < words.length && isUnbroken(words, index, index + 2) ? words[index + 1]!.exact : '';
      const set = followers.get(word.exact) ?? new Set<string>();
      set.add(next);
      followers.set(word.exact, set);
    });
  }
  return mentions.map((mention) => {
    const { name } = mention;
    if (!suspect(name)) return mention;
    const last = name[name.length - 1]!;
    const surname = name[name.length - 2]!;
    const standsAlone = [...(followers.get(surname) ?? [])].some((next) => next !== last);
    return standsAlone ? shorten(mention) : mention;
  });
}

interface Person {
  surname: string;
  given: string[];
  /** The fullest name as one report writes it. */
  label: string;
  mentions: TitledMention[];
}

/** One report's «خالد حفتر» and another's «خالد خليفة حفتر» are one person; «خالد المحجوب» is not. */
function compatible(person: Person, mention: TitledMention): boolean {
  const given = mention.name.slice(0, -1);
  if (mention.name[mention.name.length - 1] !== person.surname) return false;
  return given.length === 0 || person.given.length === 0 || given[0] === person.given[0];
}

/** Groups the titled mentions of all reports by person, the fullest names first. */
export function groupPeople(texts: FactText[], mentions: TitledMention[]): Person[] {
  const people: Person[] = [];
  const fullestFirst = [...mentions].sort((a, b) => b.name.length - a.name.length);
  const byId = new Map(texts.map((text) => [text.document.id, text.document]));
  for (const mention of fullestFirst) {
    const candidates = people.filter((person) => compatible(person, mention));
    candidates.sort((a, b) => b.mentions.length - a.mentions.length);
    const person = candidates[0];
    if (person !== undefined) {
      person.mentions.push(mention);
      continue;
    }
    people.push({
      surname: mention.name[mention.name.length - 1]!,
      given: mention.name.slice(0, -1),
      label: byId.get(mention.docId)!.text.slice(mention.nameStart, mention.nameEnd),
      mentions: [mention],
    });
  }
  const order = new Map(texts.map((text, index) => [text.document.id, index]));
  const firstSeen = (person: Person) => Math.min(...person.mentions.map((m) => order.get(m.docId)! * 1e9 + m.start));
  return people.sort((a, b) => firstSeen(a) - firstSeen(b));
}

/** Where each of the given surnames stands in a report, proclitics allowed («لحفتر»), in reading order. */
function surnamePositions(text: FactText, surnames: Set<string>): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  text.words.forEach((word, index) => {
    for (const variant of word.variants) {
      if (!surnames.has(variant.word)) continue;
      const list = positions.get(variant.word) ?? [];
      list.push(index);
      positions.set(variant.word, list);
      break;
    }
  });
  return positions;
}

/**
 * Where a report names the person without a title («أكد حفتر»): the surname, with as many of the
 * given names as stand right before it. Inside another titled mention it does not count.
 */
function untitledMention(
  text: FactText,
  person: Person,
  positions: number[],
  taken: TitledMention[],
): FactMention | undefined {
  const { words } = text;
  for (const at of positions) {
    const word = words[at]!;
    if (taken.some((mention) => word.start >= mention.start && word.end <= mention.end)) continue;
    const variant = word.variants.find((v) => v.word === person.surname)!;
    let from = at;
    while (from > 0 && person.given.includes(words[from - 1]!.exact) && isUnbroken(words, from - 1, from + 1)) from--;
    const start =
      from === at ? offsetAfterLetters(text.document.text, word.start, variant.prefixLetters) : words[from]!.start;
    return { docId: text.document.id, start, end: word.end, value: '' };
  }
  return undefined;
}

/**
 * One row per person: each report's title and name as written, marked as disagreeing when the
 * titles differ or a report does not name the person. A surname shared by several people (the
 * brothers Haftar) is counted, when it stands alone, for the one the reports name most.
 */
export function personRows(lexicons: CompiledLexicons, texts: FactText[]): FactRow[] {
  const documents = texts.map((text) => text.document);
  const titled = trimRunOnWord(
    texts.flatMap((text) => findTitledPeople(lexicons, text)),
    texts,
  );
  const people = groupPeople(texts, titled);
  const dominant = new Map<string, Person>();
  for (const person of people) {
    const current = dominant.get(person.surname);
    if (current === undefined || person.mentions.length > current.mentions.length) dominant.set(person.surname, person);
  }
  const surnames = new Set(people.map((person) => person.surname));
  const positions = texts.map((text) => surnamePositions(text, surnames));
  return people.map((person) => {
    const mentions: FactMention[] = [];
    for (const [textIndex, text] of texts.entries()) {
      const own = person.mentions.filter((mention) => mention.docId === text.document.id);
      const seenTitles = new Set<string>();
      for (const mention of own) {
        if (seenTitles.has(mention.title)) continue;
        seenTitles.add(mention.title);
        mentions.push({ docId: mention.docId, start: mention.start, end: mention.end, value: mention.title });
      }
      if (own.length === 0 && dominant.get(person.surname) === person) {
        const untitled = untitledMention(text, person, positions[textIndex]!.get(person.surname) ?? [], titled);
        if (untitled !== undefined) mentions.push(untitled);
      }
    }
    return factRow('person', person.label, mentions, documents);
  });
}
