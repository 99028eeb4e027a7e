import { Index } from 'flexsearch';
import MiniSearch from 'minisearch';
import type { IndexableDocument } from '../../src-main/core/search/indexableDocument';

/** An engine under comparison: build it, then ask it for the ids of its top ten. */
export interface SearchEngineUnderTest {
  name: string;
  build(documents: readonly IndexableDocument[]): void;
  topTen(query: string): (string | number)[];
}

/** MiniSearch with its default settings (its own tokenizer, BM25, no prefix or fuzzy matching). */
export function miniSearchDefault(): SearchEngineUnderTest {
  let index: MiniSearch<{ id: string; title: string; text: string }> | undefined;
  return {
    name: 'MiniSearch (default)',
    build(documents) {
      index = new MiniSearch({ fields: ['title', 'text'] });
      index.addAll(documents.map(({ id, title, text }) => ({ id, title, text })));
    },
    topTen(query) {
      return (index?.search(query) ?? []).slice(0, 10).map((result) => result.id as string);
    },
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
