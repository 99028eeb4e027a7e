import { formatNumber } from '../../../src-shared/formatNumber';
import type { LexiconStrings } from './LexiconStrings';

export const lexiconStringsEn: LexiconStrings = {
  lexiconsButton: 'Lexicons',
  lexiconsButtonHint: 'Add titles, places and loaded wordings the facts table should know',
  lexiconsTitle: 'Facts lexicons: your additions',
  lexiconsIntro:
    'The facts table recognizes titles, places and loaded wordings from bundled lists. Entries added here extend them for this project.',
  lexiconKindLabel: 'Kind of entry',
  lexiconKinds: {
    title: 'Title or rank',
    place: 'Place or organisation',
    framing: 'Loaded wording',
    'given-name': 'Given name',
    'speech-verb': 'Verb of saying',
  },
  lexiconTitleText: 'Title, as written before a name',
  lexiconTitleKindLabel: 'It stands',
  lexiconTitleKinds: {
    rank: 'right before the name (a rank)',
    role: 'before the name, maybe with words between (a role)',
  },
  lexiconPlaceName: 'Name',
  lexiconPlaceKindLabel: 'Kind of place',
  lexiconPlaceKinds: {
    country: 'Country',
    capital: 'Capital',
    city: 'City or town',
    region: 'Region',
    organisation: 'Organisation',
  },
  lexiconPlaceCountry: 'Country code (optional, e.g. LY)',
  lexiconPlaceAliases: 'Other names (optional)',
  lexiconFramingSet: 'Set',
  lexiconFramingSetHint: 'A bundled set (death, fighters, armed-force, takeover, attack…) or a new name',
  lexiconFramingMember: 'Wording',
  lexiconFramingForms: 'Its forms',
  lexiconListHint: 'Separate several with |',
  lexiconAdd: 'Add',
  lexiconAdded: (name) => `Added «${name}».`,
  lexiconEntriesHeading: (count) => (count === 1 ? '1 addition' : `${formatNumber(count, 'en')} additions`),
  lexiconNoEntries: 'No additions yet.',
  lexiconRemove: (name) => `Remove «${name}»`,
  lexiconProblemsHeading: 'Lines and files left out',
  lexiconFolderNote: 'Kept as text, one entry a line (see the README), in ',
  gazetteerSourcesHeading: 'Sources of the bundled gazetteer',
  gazetteerSources: [
    'City and capital names: GeoNames (geonames.org), licensed under Creative Commons Attribution 4.0 (CC-BY 4.0), as packaged by Debian libgeonames-common.',
    'Country names: world-countries by Mohammed Le Doze (github.com/mledoze/countries), Open Database License 1.0 (ODbL).',
    'Institutions and a few Libyan towns: written for Qarin, public domain (CC0).',
  ],
};
