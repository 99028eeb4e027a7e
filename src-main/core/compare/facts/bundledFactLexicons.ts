import givenNames from '../../../../resources/lexicons/givenNames.json';
import gazetteer from '../../../../resources/gazetteer/gazetteer.json';
import framing from '../../../../resources/lexicons/framing.json';
import numberWords from '../../../../resources/lexicons/numberWords.json';
import speech from '../../../../resources/lexicons/speech.json';
import titles from '../../../../resources/lexicons/titles.json';
import type { FactLexicons, PlaceEntry, PlaceKind, TitleEntry, TitleKind } from './factLexicons';

// The JSON files are imported, not read: the bundler inlines them into the main build and tsx reads
// them in tests and the command line, so core stays free of file access. JSON literals widen to
// string, hence the checks of the two closed vocabularies.

const TITLE_KINDS: readonly TitleKind[] = ['rank', 'role'];
const PLACE_KINDS: readonly PlaceKind[] = ['country', 'capital', 'city', 'region', 'organisation'];

function titleEntry(entry: { text: string; kind: string; needsGivenName?: boolean }): TitleEntry {
  const kind = TITLE_KINDS.find((known) => known === entry.kind);
  if (kind === undefined) throw new Error(`titles.json: «${entry.text}» has the unknown kind "${entry.kind}"`);
  return entry.needsGivenName === true ? { text: entry.text, kind, needsGivenName: true } : { text: entry.text, kind };
}

function placeEntry(entry: { name: string; kind: string; country?: string; aliases?: string[] }): PlaceEntry {
  const kind = PLACE_KINDS.find((known) => known === entry.kind);
  if (kind === undefined) throw new Error(`gazetteer.json: «${entry.name}» has the unknown kind "${entry.kind}"`);
  const place: PlaceEntry = { name: entry.name, kind };
  if (entry.country !== undefined) place.country = entry.country;
  if (entry.aliases !== undefined) place.aliases = entry.aliases;
  return place;
}

/** The lexicons and gazetteer shipped with Qarin (see resources/lexicons and resources/gazetteer). */
export const bundledFactLexicons: FactLexicons = {
  titles: titles.titles.map(titleEntry),
  places: gazetteer.entries.map(placeEntry),
  framing: framing.sets,
  numberWords,
  speechVerbs: speech.verbs,
  givenNames: givenNames.names,
};

/** The gazetteer's sources and licences, for the app's about/attribution page. */
export const gazetteerAttribution: string = gazetteer.attribution;
