import { test } from 'node:test';
import assert from 'node:assert/strict';
import { projectLayout } from '../../src-main/services/project/projectLayout';
import { SearchHost } from '../../src-main/services/search/searchHost';
import type { DiskSearchIndex } from '../../src-main/services/search/tables/diskSearchIndex';
import { importedSeeds } from '../helpers/importedSeeds';

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
