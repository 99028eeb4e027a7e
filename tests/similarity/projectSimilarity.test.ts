import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { invoke } from '../../src-main/api/dispatch';
import { findBoilerplate } from '../../src-main/core/import/boilerplate';
import { textWords } from '../../src-main/core/similarity';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { projectLayout } from '../../src-main/services/project/projectLayout';
import { runImport } from '../../src-main/services/runImport';
import { SearchHost } from '../../src-main/services/search/searchHost';
import { SIGNATURES_FILE } from '../../src-main/services/similarity/similarityHost';
import type { Workbench } from '../../src-main/services/workbench';
import { seedIds, seedsDir } from '../helpers/seeds';
import { savedCatalogue, savedIndexFingerprint } from '../helpers/importedSeeds';
import { tempDir } from '../helpers/tempDir';

type Seed = keyof typeof seedIds;

interface ImportedSeeds {
  workbench: Workbench;
  project: string;
  idOf: (seed: Seed) => string;
}

async function importSeeds(corpus = seedsDir): Promise<ImportedSeeds> {
  const project = tempDir();
  const workbench = await openWorkbench({ projectDir: project });
  const report = await runImport(workbench, [corpus]);
  const idOf = (seed: Seed) => report.added.find((added) => added.path.endsWith(seedIds[seed]))!.id;
  return { workbench, project, idOf };
}

describe('similar reports and story clusters on the seeds', () => {
  it("000, 001 and 003 (one meeting in Sirte) are each other's nearest", async () => {
    const { workbench, idOf } = await importSeeds();
    try {
      const nearest = [
        ['000', ['001', '003']],
        ['001', ['000', '003']],
        ['003', ['000', '001']],
      ] as const;
      for (const [seed, others] of nearest) {
        const { hits } = await invoke(workbench.handlers, 'compare.similar', { id: idOf(seed), limit: 10 });
        assert.deepEqual(new Set(hits.slice(0, 2).map((hit) => hit.id)), new Set(others.map(idOf)), seed);
        assert.ok(!hits.some((hit) => hit.id === idOf(seed)), 'a report is not similar to itself');
        for (let n = 1; n < hits.length; n++) {
          assert.ok(hits[n - 1]!.similarity >= hits[n]!.similarity, 'ranked by similarity');
        }
        assert.ok(hits.every((hit) => hit.title.length > 0 && hit.similarity > 0 && hit.similarity <= 1));
      }
      const { hits } = await invoke(workbench.handlers, 'compare.similar', { id: idOf('000'), limit: 1 });
      assert.equal(hits.length, 1);
    } finally {
      await workbench.close();
    }
  });

  it('000, 001 and 003 form one cluster, and 002 and 004 stay out of it', async () => {
    const { workbench, idOf } = await importSeeds();
    try {
      const { clusters } = await invoke(workbench.handlers, 'compare.clusters', {});
      assert.equal(clusters.length, 1, JSON.stringify(clusters));
      assert.deepEqual(new Set(clusters[0]!.ids), new Set([idOf('000'), idOf('001'), idOf('003')]));
      assert.ok(clusters[0]!.title.length > 0);
      const strict = await invoke(workbench.handlers, 'compare.clusters', { minSimilarity: 0.95 });
      assert.deepEqual(strict.clusters, []);
    } finally {
      await workbench.close();
    }
  });

  it('a limit keeps the largest clusters, and the total counts them all', async () => {
    // Copies of 002 and 004, each a line shorter, make two more stories of two reports each.
    const corpus = tempDir();
    cpSync(seedsDir, corpus, { recursive: true });
    for (const seed of ['002', '004'] as const) {
      const text = readFileSync(join(corpus, seedIds[seed]), 'utf8');
      writeFileSync(join(corpus, `copy-of-${seed}.txt`), text.split('\n').slice(0, -2).join('\n'));
    }
    const { workbench, idOf } = await importSeeds(corpus);
    try {
      const all = await invoke(workbench.handlers, 'compare.clusters', {});
      assert.equal(all.total, 3, JSON.stringify(all.clusters));
      assert.equal(all.clusters.length, 3);
      assert.deepEqual(new Set(all.clusters[0]!.ids), new Set([idOf('000'), idOf('001'), idOf('003')]));
      const largest = await invoke(workbench.handlers, 'compare.clusters', { limit: 2 });
      assert.deepEqual(largest, { clusters: all.clusters.slice(0, 2), total: 3 });
    } finally {
      await workbench.close();
    }
  });

  it('an unknown id is refused as not found', async () => {
    const { workbench } = await importSeeds();
    try {
      const unknown = invoke(workbench.handlers, 'compare.similar', { id: 'nope', limit: 5 });
      await assert.rejects(unknown, /No document with id "nope"/);
    } finally {
      await workbench.close();
    }
  });
});

describe('signatures follow the library', () => {
  const passage = readFileSync(join(seedsDir, seedIds['004']), 'utf8')
    .split('\n')
    .find((line) => line.length > 300)!;

  it('re-importing a changed file re-signs it: copied text makes it the nearest', async () => {
    const corpus = tempDir();
    cpSync(seedsDir, corpus, { recursive: true });
    const { workbench, idOf } = await importSeeds(corpus);
    try {
      const before = await invoke(workbench.handlers, 'compare.similar', { id: idOf('002'), limit: 10 });
      assert.notEqual(before.hits[0]?.id, idOf('004'));
      const path = join(corpus, seedIds['002']);
      writeFileSync(path, `${readFileSync(path, 'utf8')}\n${passage}\n`);
      const report = await runImport(workbench, [corpus]);
      assert.equal(report.updated.length, 1);
      const after = await invoke(workbench.handlers, 'compare.similar', { id: idOf('002'), limit: 10 });
      assert.equal(after.hits[0]?.id, idOf('004'));
      assert.ok(after.hits[0]!.sharedPassages >= 1);
      assert.ok((after.hits[0]!.textShare ?? 0) > 0.1);
      const back = await invoke(workbench.handlers, 'compare.similar', { id: idOf('004'), limit: 10 });
      assert.equal(back.hits[0]?.id, idOf('002'));
    } finally {
      await workbench.close();
    }
  });

  it('a new report is signed on import and found at once', async () => {
    const corpus = tempDir();
    const { workbench, idOf } = await importSeeds();
    try {
      writeFileSync(join(corpus, 'copy.txt'), `نسخة منقولة\n\n${passage}\n`);
      const report = await runImport(workbench, [corpus]);
      const copy = report.added[0]!.id;
      const { hits } = await invoke(workbench.handlers, 'compare.similar', { id: copy, limit: 3 });
      assert.equal(hits[0]?.id, idOf('004'));
    } finally {
      await workbench.close();
    }
  });

  it('persist with the index, are reused when current and rebuilt when missing, damaged or stale', async () => {
    const { workbench, project, idOf } = await importSeeds();
    const expected = await invoke(workbench.handlers, 'compare.similar', { id: idOf('000'), limit: 10 });
    await workbench.close();
    const layout = projectLayout(project);
    const file = join(layout.index, SIGNATURES_FILE);
    assert.ok(existsSync(file));
    const catalogue = savedCatalogue(project);
    const fingerprint = savedIndexFingerprint(project);
    const open = async (fingerprint: string) => {
      const host = new SearchHost();
      const opened = await host.open({ indexDir: layout.index, textsDir: layout.texts, fingerprint, catalogue });
      return { host, opened };
    };

    const current = await open(fingerprint);
    assert.equal(current.opened.source, 'tables');
    assert.equal(current.opened.signatures, 'snapshot');
    const query = { id: idOf('000'), limit: 10 };
    assert.deepEqual(withoutNames(current.host.similarity.similar(query)!), withoutNames(expected.hits));

    rmSync(file);
    const missing = await open(fingerprint);
    assert.equal(missing.opened.signatures, 'rebuilt');
    assert.ok(existsSync(file), 'the rebuilt signatures are written back');
    assert.deepEqual(withoutNames(missing.host.similarity.similar(query)!), withoutNames(expected.hits));

    writeFileSync(file, 'not signatures');
    assert.equal((await open(fingerprint)).opened.signatures, 'rebuilt');

    const stale = await open('another corpus');
    assert.equal(stale.opened.source, 'rebuilt');
    assert.equal(stale.opened.signatures, 'rebuilt');
    assert.equal((await open('another corpus')).opened.signatures, 'snapshot');
  });

  it('removing a document takes its signature out', async () => {
    const { workbench, project, idOf } = await importSeeds();
    await workbench.close();
    const layout = projectLayout(project);
    const host = new SearchHost();
    const catalogue = savedCatalogue(project);
    await host.open({ indexDir: layout.index, textsDir: layout.texts, fingerprint: 'x', catalogue });
    assert.equal(host.similarity.size, 5);
    assert.equal(host.removeDocuments([idOf('001')]), 1);
    assert.equal(host.similarity.size, 4);
    const hits = host.similarity.similar({ id: idOf('000'), limit: 10 })!;
    assert.ok(!hits.some((hit) => hit.id === idOf('001')));
    assert.equal(hits[0]?.id, idOf('003'));
    assert.equal(host.similarity.similar({ id: idOf('001'), limit: 10 }), null);
  });

  it('signs from the index exactly as from the analyzer', async () => {
    const { workbench, project, idOf } = await importSeeds();
    await workbench.close();
    const layout = projectLayout(project);
    const host = new SearchHost();
    const catalogue = savedCatalogue(project);
    await host.open({ indexDir: layout.index, textsDir: layout.texts, fingerprint: 'y', catalogue });
    for (const seed of Object.keys(seedIds) as Seed[]) {
      const text = readFileSync(join(seedsDir, seedIds[seed]), 'utf8').normalize('NFC').replace(/\r\n?/g, '\n');
      assert.deepEqual(host.similarity.wordsOf(idOf(seed)), textWords(text, findBoilerplate(text)), seed);
    }
  });
});

function withoutNames(hits: { id: string; sharedPassages: number }[]) {
  return hits.map(({ id, sharedPassages }) => ({ id, sharedPassages }));
}
