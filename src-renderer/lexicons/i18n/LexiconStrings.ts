import type { LexiconEntry } from '../../../src-main/api/compareSchemas';

/** The strings of the facts lexicons dialog, where a user adds titles, places and framing words. */
export interface LexiconStrings {
  lexiconsButton: string;
  lexiconsButtonHint: string;
  lexiconsTitle: string;
  lexiconsIntro: string;
  lexiconKindLabel: string;
  /** Every kind a lexicon file may hold; given names and speech verbs are added by editing the files. */
  lexiconKinds: Record<LexiconEntry['kind'], string>;
  lexiconTitleText: string;
  lexiconTitleKindLabel: string;
  lexiconTitleKinds: Record<'rank' | 'role', string>;
  lexiconPlaceName: string;
  lexiconPlaceKindLabel: string;
  lexiconPlaceKinds: Record<'country' | 'capital' | 'city' | 'region' | 'organisation', string>;
  lexiconPlaceCountry: string;
  lexiconPlaceAliases: string;
  lexiconFramingSet: string;
  lexiconFramingSetHint: string;
  lexiconFramingMember: string;
  lexiconFramingForms: string;
  lexiconListHint: string;
  lexiconAdd: string;
  lexiconAdded: (name: string) => string;
  lexiconEntriesHeading: (count: number) => string;
  lexiconNoEntries: string;
  lexiconRemove: (name: string) => string;
  lexiconProblemsHeading: string;
  /** Followed by the folder's path. */
  lexiconFolderNote: string;
  gazetteerSourcesHeading: string;
  gazetteerSources: string[];
}
