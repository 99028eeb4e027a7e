import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectLayout } from '../../src-main/services/project/projectLayout';
import { SearchHost } from '../../src-main/services/search/searchHost';
import { CLUSTERS_FILE, clusterOptionsKey } from '../../src-main/services/similarity/savedClusters';
import { importedSeeds } from '../helpers/importedSeeds';

const asSets = (groups: string[][]) => groups.map((group) => [...group].sort()).sort();

/**
 * The first start of a large project computes its story clusters: in the search worker, that left
 * the signatures and the computation's garbage in a thread that lives as long as the app. While the
 * on-disk tables answer, they are computed in a thread of their own instead, with the same answer.
 */
describe('story clusters computed apart from the search worker', () => {
  it('give the same groups as the in-memory index, are saved, and leave no signatures behind', async () => {
    const { project, catalogue, fingerprint } = await importedSeeds();
    const layout = projectLayout(project);
    const savedFile = join(layout.index, CLUSTERS_FILE);

    const inMemory = new SearchHost();
    await inMemory.open({ indexDir: layout.index, textsDir: layout.texts, fingerprint, catalogue });
    const expected = await inMemory.clusters({ fingerprint });
    assert.ok(expected.length > 0, 'the seeds hold the meeting in Sirte');
    rmSync(savedFile);

    const fromTables = new SearchHost();
    assert.equal(await fromTables.openTables({ indexDir: layout.index, textsDir: layout.texts, fingerprint }), true);
    const [first, second] = await Promise.all([
      fromTables.clusters({ fingerprint }),
      fromTables.clusters({ fingerprint }),
    ]);
    assert.deepEqual(asSets(first), asSets(expected));
    assert.deepEqual(second, first, 'the same question asked meanwhile shares the answer');
    assert.equal(fromTables.similarity.size, 0, 'the search thread read no signatures');
    assert.equal(fromTables.answeringFrom, 'tables');

    assert.ok(existsSync(savedFile), 'saved for the next start');
    const saved = JSON.parse(readFileSync(savedFile, 'utf8')) as { answers: Record<string, string[][]> };
    assert.deepEqual(asSets(saved.answers[clusterOptionsKey({})] ?? []), asSets(expected));
  });

  it('are computed again from the tables when the signatures file is missing', async () => {
    const { project, catalogue, fingerprint } = await importedSeeds();
    const layout = projectLayout(project);
    const inMemory = new SearchHost();
    await inMemory.open({ indexDir: layout.index, textsDir: layout.texts, fingerprint, catalogue });
    const expected = await inMemory.clusters({ fingerprint, minSimilarity: 0.25 });
    rmSync(join(layout.index, CLUSTERS_FILE));
    rmSync(join(layout.index, 'similarity.bin'));

    const fromTables = new SearchHost();
    await fromTables.openTables({ indexDir: layout.index, textsDir: layout.texts, fingerprint });
    const groups = await fromTables.clusters({ fingerprint, minSimilarity: 0.25 });
    assert.deepEqual(asSets(groups), asSets(expected));
    assert.equal(fromTables.similarity.size, 0);
  });
});
