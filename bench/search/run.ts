import { loadCorpus } from '../corpus';
import { benchSearch } from './benchSearch';

// Runs the search benchmark alone: node --expose-gc --import tsx bench/search/run.ts
const { documents, rejected } = loadCorpus();
if (rejected.length > 0)
  console.log(`${rejected.length} corpus files rejected by the TREC importer (e.g. ${rejected[0]!.reason})`);
await benchSearch(documents, (line) => console.log(line));
