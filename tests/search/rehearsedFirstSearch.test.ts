import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CorpusIndex } from '../../src-main/core/search/corpusIndex';
import { projectLayout } from '../../src-main/services/project/projectLayout';
import { SearchHost } from '../../src-main/services/search/searchHost';
import { DiskSearchIndex } from '../../src-main/services/search/tables/diskSearchIndex';
import { readSearchTablesMeta } from '../../src-main/services/search/tables/searchTablesFreshness';
import { searchTablesLayout } from '../../src-main/services/search/tables/searchTablesLayout';
import { writeSearchTables } from '../../src-main/services/search/tables/writeSearchTables';
import { importedSeeds } from '../helpers/importedSeeds';
import { tempDir } from '../helpers/tempDir';

const { project, fingerprint } = await importedSeeds();
const layout = projectLayout(project);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Postings the host's tables have read so far: what a search leaves behind. */
function postingsRead(host: SearchHost): number {
  const tables = (host as unknown as { tables: DiskSearchIndex }).tables;
  return tables.textPostings.remembered + tables.titlePostings.remembered;
}

async function openedHost(): Promise<SearchHost> {
  const host = new SearchHost();
  const opened = await host.openTables({ indexDir: layout.index, textsDir: layout.texts, fingerprint });
  assert.equal(opened, true, 'the tables are of the saved corpus');
  return host;
}

test('soon after the tables open, a first search is rehearsed on a word of theirs', async () => {
  const host = await openedHost();
  assert.equal(postingsRead(host), 0, 'nothing read at opening');
  await sleep(1_300);
  assert.ok(postingsRead(host) > 0, 'the rehearsal searched the tables');
});

test('no rehearsal once a search has come', async () => {
  const host = await openedHost();
  host.search({ query: 'الهدنة', limit: 20 });
  const afterSearch = postingsRead(host);
  assert.ok(afterSearch > 0);
  await sleep(1_300);
  assert.equal(postingsRead(host), afterSearch, 'nothing searched beyond the user\u2019s search');
});

test('the rehearsal word comes from the first report still there, its text unread', async () => {
  const dir = tempDir();
  const indexDir = join(dir, 'index');
  const index = new CorpusIndex({ getText: () => undefined });
  index.add({ id: 'gone', title: 'تقرير حذف لاحقا', text: 'نص أول', boilerplate: [] });
  index.add({ id: 'kept', title: 'اجتماع عسكري في بنغازي', text: 'نص ثان', boilerplate: [] });
  index.remove('gone');
  await writeSearchTables(indexDir, index.tables(), () => 'f'.repeat(64), 'fingerprint');
  const meta = await readSearchTablesMeta(indexDir);
  assert.ok(meta);
  let textsRead = 0;
  const tables = new DiskSearchIndex(searchTablesLayout(indexDir), meta, join(dir, 'texts'), {
    readText: () => {
      textsRead += 1;
      return undefined;
    },
  });
  try {
    assert.equal(tables.firstTitle(), 'اجتماع عسكري في بنغازي', 'the first slot, emptied by a removal, is passed over');
    assert.equal(textsRead, 0, 'no text read for a title');
  } finally {
    tables.close();
  }
});
