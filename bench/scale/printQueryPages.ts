import { join } from 'node:path';
import { unpackCorpus } from '../corpus';
import { SearchHost } from '../../src-main/services/search/searchHost';
import { readSearchTablesMeta } from '../../src-main/services/search/tables/searchTablesFreshness';
import { querySet } from './benchScale';

/**
 * Prints the first page (top 20: ids, scores, snippets, total, notices) of every query of the
 * scale section's set, as the served workbench answers it from a project's search tables, one
 * JSON line a query, twice over (the second pass answered from what the first kept). Run on two
 * checkouts against the same project and compare the outputs: a change meant to make search
 * faster must leave every line as it was.
 *
 * `node --import tsx bench/scale/printQueryPages.ts PROJECT_DIR > pages.jsonl`
 */
const projectDir = process.argv[2];
if (!projectDir) throw new Error('Usage: printQueryPages.ts PROJECT_DIR');
const indexDir = join(projectDir, 'index');
const textsDir = join(projectDir, 'texts');
const meta = await readSearchTablesMeta(indexDir);
if (!meta) throw new Error(`${projectDir} has no search tables`);
const host = new SearchHost();
await host.preloadTables({ indexDir, textsDir });
if (!(await host.openTables({ indexDir, textsDir, fingerprint: meta.fingerprint })))
  throw new Error(`${projectDir}: the search tables do not open`);
const queries = querySet(unpackCorpus());
for (let pass = 1; pass <= 2; pass++) {
  for (const query of queries) {
    const page = host.search({ query, limit: 20 });
    process.stdout.write(`${JSON.stringify({ pass, ...page })}\n`);
  }
}
