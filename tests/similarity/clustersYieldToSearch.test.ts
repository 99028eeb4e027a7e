import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { MessageChannel } from 'node:worker_threads';
import { invoke } from '../../src-main/api/dispatch';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { projectLayout } from '../../src-main/services/project/projectLayout';
import { runImport } from '../../src-main/services/runImport';
import { SearchHost } from '../../src-main/services/search/searchHost';
import {
  CLUSTERS_FILE,
  clusterOptionsKey,
  SAVED_CLUSTERS_VERSION,
} from '../../src-main/services/similarity/savedClusters';
import { searchWorkerMethods } from '../../src-main/services/workers/searchWorkerMethods';
import { serveRpc, type RpcResponse } from '../../src-main/services/workers/workerRpc';
import { seedIds, seedsDir } from '../helpers/seeds';
import { importedSeeds } from '../helpers/importedSeeds';
import { tempDir } from '../helpers/tempDir';

/** A search host over the seeds, as the search worker holds it. */
async function seedsSearchHost(): Promise<SearchHost> {
  const { project, catalogue } = await importedSeeds();
  const layout = projectLayout(project);
  const host = new SearchHost();
  await host.open({ indexDir: layout.index, textsDir: layout.texts, fingerprint: 'seeds', catalogue });
  return host;
}

/**
 * The empty reader asks for story clusters as the page loads, and they take seconds over a large
 * corpus in the worker that also answers searches: a search typed meanwhile must not wait for them.
 */
describe('story clusters and search share the search worker', () => {
  it('searches that reach the worker after a clusters request are answered before it', async () => {
    const host = await seedsSearchHost();
    // The worker's side of the channel, in this thread: requests are delivered as the worker gets them.
    const { port1: worker, port2: service } = new MessageChannel();
    serveRpc(worker, searchWorkerMethods(host));
    try {
      const requests = [
        { id: 1, method: 'clusters', params: { minSimilarity: 0.3, fingerprint: 'seeds' } },
        { id: 2, method: 'search', params: { query: 'حفتر', limit: 20 } },
        { id: 3, method: 'search', params: { query: 'الهدنة', limit: 20 } },
      ];
      const responses = await new Promise<RpcResponse[]>((resolve) => {
        const received: RpcResponse[] = [];
        service.on('message', (response: RpcResponse) => {
          received.push(response);
          if (received.length === requests.length) resolve(received);
        });
        for (const request of requests) service.postMessage(request);
      });
      assert.deepEqual(
        responses.map((response) => response.id),
        [2, 3, 1],
      );
      const results = responses.map((response) => ('result' in response ? response.result : response.error));
      const [clusters, ...searches] = [results[2], results[0], results[1]] as [string[][], ...{ total: number }[]];
      for (const search of searches) assert.ok(search.total > 0, JSON.stringify(search));
      assert.equal(clusters.length, 1, `the meeting in Sirte: ${JSON.stringify(clusters)}`);
      assert.equal(clusters[0]!.length, 3);
    } finally {
      worker.close();
      service.close();
    }
  });

  it('clusters kept for the next question are asked again once an import changes the corpus', async () => {
    const workbench = await openWorkbench({ projectDir: tempDir() });
    try {
      const first = await runImport(workbench, [seedsDir]);
      const before = await invoke(workbench.handlers, 'compare.clusters', {});
      assert.deepEqual(before, await invoke(workbench.handlers, 'compare.clusters', {}));
      const corpus = tempDir();
      const text = readFileSync(join(seedsDir, seedIds['002']), 'utf8');
      writeFileSync(join(corpus, 'reprint-of-002.txt'), `${text}\nأعيد نشره.\n`);
      const reprint = (await runImport(workbench, [corpus])).added[0]!.id;
      const original = first.added.find((added) => added.path.endsWith(seedIds['002']))!.id;
      const after = await invoke(workbench.handlers, 'compare.clusters', {});
      assert.equal(after.clusters.length, before.clusters.length + 1, JSON.stringify(after));
      assert.ok(after.clusters.some((cluster) => cluster.ids.includes(original) && cluster.ids.includes(reprint)));
    } finally {
      await workbench.close();
    }
  });

  it('clusters are saved for their corpus and read back at the next start, and only for it', async () => {
    const project = tempDir();
    let workbench = await openWorkbench({ projectDir: project });
    try {
      const first = await runImport(workbench, [seedsDir]);
      const idOf = (seed: keyof typeof seedIds) => first.added.find((added) => added.path.endsWith(seedIds[seed]))!.id;
      const computed = await invoke(workbench.handlers, 'compare.clusters', {});
      assert.deepEqual(new Set(computed.clusters[0]?.ids), new Set([idOf('000'), idOf('001'), idOf('003')]));
      await workbench.close();

      const file = join(projectLayout(project).index, CLUSTERS_FILE);
      const saved = JSON.parse(readFileSync(file, 'utf8')) as { answers: Record<string, string[][]> };
      assert.deepEqual(Object.keys(saved.answers), [clusterOptionsKey({})]);
      assert.deepEqual(new Set(saved.answers[clusterOptionsKey({})]?.[0]), new Set(computed.clusters[0]!.ids));
      // A group no computation gives: seen again only if the next start reads the file.
      saved.answers[clusterOptionsKey({})] = [[idOf('002'), idOf('004')]];
      writeFileSync(file, JSON.stringify(saved));
      workbench = await openWorkbench({ projectDir: project });
      const reread = await invoke(workbench.handlers, 'compare.clusters', {});
      assert.deepEqual(
        reread.clusters.map((cluster) => new Set(cluster.ids)),
        [new Set([idOf('002'), idOf('004')])],
      );

      // Saved by an older Qarin, which grouped reports otherwise: computed again.
      await workbench.close();
      writeFileSync(file, JSON.stringify({ ...saved, version: SAVED_CLUSTERS_VERSION - 1 }));
      workbench = await openWorkbench({ projectDir: project });
      const upgraded = await invoke(workbench.handlers, 'compare.clusters', {});
      assert.deepEqual(upgraded, computed, 'saved by an older version: computed again');

      const corpus = tempDir();
      writeFileSync(join(corpus, 'another.txt'), 'تقرير آخر عن موضوع مختلف تماما.\n');
      await runImport(workbench, [corpus]);
      const changed = await invoke(workbench.handlers, 'compare.clusters', {});
      assert.deepEqual(changed, computed, 'another corpus: computed again');
    } finally {
      await workbench.close();
    }
  });
});
