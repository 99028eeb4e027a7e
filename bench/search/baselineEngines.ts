import { Index } from 'flexsearch';
import MiniSearch from 'minisearch';
import type { IndexableDocument } from '../../src-main/core/search/indexableDocument';
import type { QueryForm } from './knownItemQueries';

/** An engine under comparison: build it, then ask it for the ids of its top ten. */
export interface SearchEngineUnderTest {
  name: string;
  build(documents: readonly IndexableDocument[]): void;
  topTen(query: string): (string | number)[];
  /** The query forms it is measured on, when not all (a slow mode measured where it matters). */
  forms?: readonly QueryForm[];
}

type MiniSearchIndex = MiniSearch<{ id: string; title: string; text: string }>;

interface MiniSearchEngine extends SearchEngineUnderTest {
  index(): MiniSearchIndex | undefined;
}

/** MiniSearch with its default settings (its own tokenizer, BM25, no prefix or fuzzy matching). */
export function miniSearchDefault(): MiniSearchEngine {
  let index: MiniSearchIndex | undefined;
  return {
    name: 'MiniSearch (default)',
    build(documents) {
      index = new MiniSearch({ fields: ['title', 'text'] });
      index.addAll(documents.map(({ id, title, text }) => ({ id, title, text })));
    },
    topTen(query) {
      return (index?.search(query) ?? []).slice(0, 10).map((result) => result.id as string);
    },
    index: () => index,
  };
}

/**
 * The same MiniSearch index searched with fuzzy matching (edit distance up to a fifth of each
 * word's length), on the queries as typed and with a typing mistake.
 */
export function miniSearchFuzzy(built: MiniSearchEngine): SearchEngineUnderTest {
  return {
    name: 'MiniSearch (fuzzy 0.2)',
    build() {},
    topTen(query) {
      return (built.index()?.search(query, { fuzzy: 0.2 }) ?? []).slice(0, 10).map((result) => result.id as string);
    },
    forms: ['unchanged', 'typo'],
  };
}

/**
 * FlexSearch with its default encoder and options, title and text indexed together; ids are
 * numbered because FlexSearch stores them more compactly that way.
 */
export function flexSearchDefault(): SearchEngineUnderTest {
  let index: Index | undefined;
  let ids: string[] = [];
  return {
    name: 'FlexSearch (default encoder)',
    build(documents) {
      index = new Index();
      ids = documents.map(({ id }) => id);
      documents.forEach(({ title, text }, number) => index!.add(number, `${title}\n${text}`));
    },
    topTen(query) {
      return (index?.search(query, { limit: 10 }) ?? []).map((number: string | number) => ids[Number(number)]!);
    },
  };
}
