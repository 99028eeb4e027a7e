import type { FactLexiconAdditions } from './factLexicons';
import { PLACE_KINDS, TITLE_KINDS, type LexiconAddition } from './lexiconAddition';

/**
 * A user's additions to the facts lexicons, written one entry a line in the project's `lexicons/`
 * folder (see the README). Fields are separated by a tab; lists inside a field by `|`; a line
 * starting with `#` is a comment. The first field says what the line adds:
 *
 *     title        TEXT   rank|role
 *     place        NAME   country|capital|city|region|organisation   [CC]   [ALIAS|ALIAS…]
 *     framing      SET    MEMBER   FORM|FORM…   [SET LABEL]
 *     given-name   NAME
 *     speech-verb  VERB
 *
 * A framing line whose SET is a bundled set's id (death, fighters…) adds a member to that set.
 */
export type LexiconAdditionKind = LexiconAddition['kind'];

export const LEXICON_ADDITION_KINDS: readonly LexiconAdditionKind[] = [
  'title',
  'place',
  'framing',
  'given-name',
  'speech-verb',
];

/** Why a line was left out, in both languages of the interface. */
export interface LexiconLineReason {
  en: string;
  ar: string;
}

export interface ParsedLexiconLines {
  entries: { entry: LexiconAddition; line: number }[];
  problems: { line: number; reason: LexiconLineReason }[];
}

const FIELD_SEPARATOR = '\t';
const LIST_SEPARATOR = '|';
/** Without a letter a field can match nothing once normalized (punctuation, digits, a stray mark). */
const HAS_LETTER = /\p{L}/u;
const COUNTRY_CODE = /^[A-Za-z]{2}$/;

class LineProblem extends Error {
  constructor(readonly reason: LexiconLineReason) {
    super(reason.en);
  }
}

function refuse(en: string, ar: string): never {
  throw new LineProblem({ en, ar });
}

function word(fields: readonly string[], at: number, en: string, ar: string): string {
  const value = fields[at]?.trim() ?? '';
  if (value === '') refuse(`the ${en} (field ${at + 1}) is missing`, `${ar} (الحقل ${at + 1}) مفقود`);
  if (!HAS_LETTER.test(value)) refuse(`the ${en} «${value}» has no letter`, `${ar} «${value}» بلا حرف`);
  return value;
}

function list(field: string | undefined): string[] {
  return (field ?? '')
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], en: string, ar: string): T {
  const found = allowed.find((known) => known === value?.trim());
  if (found !== undefined) return found;
  const shown = value?.trim() || '—';
  refuse(`the ${en} «${shown}» is not one of ${allowed.join(', ')}`, `${ar} «${shown}» ليس من ${allowed.join('، ')}`);
}

function noMoreThan(fields: readonly string[], count: number): void {
  if (fields.length > count && fields.slice(count).some((field) => field.trim() !== '')) {
    refuse(
      `${fields.length} fields where at most ${count} are read`,
      `${fields.length} حقول والمقروء ${count} على الأكثر`,
    );
  }
}

/** One line's entry; throws a LineProblem saying what is wrong with it. */
function parseFields(fields: readonly string[]): LexiconAddition {
  const kind = oneOf(fields[0], LEXICON_ADDITION_KINDS, 'kind of entry', 'نوع المدخل');
  switch (kind) {
    case 'title': {
      noMoreThan(fields, 3);
      const text = word(fields, 1, 'title', 'اللقب');
      return { kind, text, titleKind: oneOf(fields[2], TITLE_KINDS, 'title kind', 'نوع اللقب') };
    }
    case 'place': {
      noMoreThan(fields, 5);
      const name = word(fields, 1, 'place name', 'اسم المكان');
      const placeKind = oneOf(fields[2], PLACE_KINDS, 'place kind', 'نوع المكان');
      const place: LexiconAddition = { kind, name, placeKind };
      const country = fields[3]?.trim() ?? '';
      if (country !== '') {
        if (!COUNTRY_CODE.test(country)) {
          refuse(
            `the country «${country}» is not a two-letter code such as LY`,
            `البلد «${country}» ليس رمزًا من حرفين مثل LY`,
          );
        }
        place.country = country.toUpperCase();
      }
      const aliases = list(fields[4]);
      if (aliases.length > 0) place.aliases = aliases;
      return place;
    }
    case 'framing': {
      noMoreThan(fields, 5);
      const set = word(fields, 1, 'framing set', 'مجموعة الصياغة');
      const member = word(fields, 2, 'member label', 'اسم البديل');
      const forms = list(fields[3]);
      if (forms.length === 0) forms.push(member);
      const bad = forms.find((form) => !HAS_LETTER.test(form));
      if (bad !== undefined) refuse(`the form «${bad}» has no letter`, `الصيغة «${bad}» بلا حرف`);
      const setLabel = fields[4]?.trim() ?? '';
      return setLabel === '' ? { kind, set, member, forms } : { kind, set, member, forms, setLabel };
    }
    case 'given-name':
      noMoreThan(fields, 2);
      return { kind, text: word(fields, 1, 'name', 'الاسم') };
    case 'speech-verb':
      noMoreThan(fields, 2);
      return { kind, text: word(fields, 1, 'verb', 'الفعل') };
  }
}

/** Every entry of a lexicon file's text, and the lines left out with the reason (1-based lines). */
export function parseLexiconLines(text: string): ParsedLexiconLines {
  const parsed: ParsedLexiconLines = { entries: [], problems: [] };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/);
  lines.forEach((raw, index) => {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    try {
      parsed.entries.push({ entry: parseFields(raw.split(FIELD_SEPARATOR)), line: index + 1 });
    } catch (error) {
      if (!(error instanceof LineProblem)) throw error;
      parsed.problems.push({ line: index + 1, reason: error.reason });
    }
  });
  return parsed;
}

/** The entry as one line of a lexicon file (without its line break); parses back to the same entry. */
export function formatLexiconLine(entry: LexiconAddition): string {
  const fields: string[] = [entry.kind];
  switch (entry.kind) {
    case 'title':
      fields.push(entry.text, entry.titleKind);
      break;
    case 'place':
      fields.push(entry.name, entry.placeKind, entry.country ?? '', (entry.aliases ?? []).join(LIST_SEPARATOR));
      break;
    case 'framing':
      fields.push(entry.set, entry.member, entry.forms.join(LIST_SEPARATOR), entry.setLabel ?? '');
      break;
    case 'given-name':
    case 'speech-verb':
      fields.push(entry.text);
      break;
  }
  while (fields.length > 1 && fields[fields.length - 1] === '') fields.pop();
  return fields.map((field) => field.replace(/[\t\r\n]+/g, ' ').trim()).join(FIELD_SEPARATOR);
}

/** What names an entry for removal: its text, place name, or framing set and member. */
export function lexiconEntryName(entry: LexiconAddition): string {
  switch (entry.kind) {
    case 'place':
      return entry.name;
    case 'framing':
      return `${entry.set}/${entry.member}`;
    default:
      return entry.text;
  }
}

/** The entries as the extractor's additions (lines of one framing set gather into that set). */
export function lexiconAdditions(entries: readonly LexiconAddition[]): FactLexiconAdditions {
  const additions: Required<
    Pick<FactLexiconAdditions, 'titles' | 'places' | 'framing' | 'givenNames' | 'speechVerbs'>
  > = { titles: [], places: [], framing: [], givenNames: [], speechVerbs: [] };
  for (const entry of entries) {
    switch (entry.kind) {
      case 'title':
        additions.titles.push({ text: entry.text, kind: entry.titleKind });
        break;
      case 'place': {
        const { name, placeKind, country, aliases } = entry;
        additions.places.push({
          name,
          kind: placeKind,
          ...(country === undefined ? {} : { country }),
          ...(aliases === undefined ? {} : { aliases }),
        });
        break;
      }
      case 'framing': {
        const member = { label: entry.member, forms: entry.forms };
        const set = additions.framing.find((known) => known.id === entry.set);
        if (set) set.members.push(member);
        else additions.framing.push({ id: entry.set, label: entry.setLabel ?? entry.set, members: [member] });
        break;
      }
      case 'given-name':
        additions.givenNames.push(entry.text);
        break;
      case 'speech-verb':
        additions.speechVerbs.push(entry.text);
        break;
    }
  }
  return additions;
}
