import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WORD_BREAK } from '../../src-main/core/similarity';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import { projectLayout } from '../../src-main/services/project/projectLayout';
import { runImport } from '../../src-main/services/runImport';
import { SearchHost } from '../../src-main/services/search/searchHost';
import type { SearchCatalogueEntry } from '../../src-main/services/search/searchCatalogueEntry';
import { searchTablesLayout } from '../../src-main/services/search/tables/searchTablesLayout';
import { seededRandom } from '../../tests/helpers/seededRandom';
import { clusterCohesion } from './clusterCohesion';

type Log = (line: string) => void;

/** The quality figure's passage length: pairs sharing this many consecutive words must be found. */
const PASSAGE_WORDS = 25;
const TOP = 10;
const LATENCY_QUERIES = 200;
/** Reports whose `similar` is evaluated for quality, at most (a seeded sample beyond). */
const MAX_QUALITY_QUERIES = 2_000;

/**
 * `npm run bench -- similar`: over ANT, the import with and without signatures, one `similar`
 * query's latency, clustering the whole corpus, and how many report pairs sharing a passage of 25
 * words (found by hashing every 25-word window) `similar` ranks in its top 10.
 */
export async function benchSimilar(corpusDir: string, log: Log): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'qarin-bench-similar-'));
  try {
    const without = await timedImport(corpusDir, join(scratch, 'without'), false);
    const project = join(scratch, 'with');
    const withSignatures = await timedImport(corpusDir, project, true);
    const seconds = (ms: number) => (ms / 1000).toFixed(1);
    log(`import without signatures: ${seconds(without)} s wall; with: ${seconds(withSignatures)} s wall`);
    const added = ((withSignatures - without) / without) * 100;
    log(`  added by signatures: ${added.toFixed(1)} % of import wall time (target <= 20 %, noisy)`);

    const layout = projectLayout(project);
    const library = JSON.parse(readFileSync(layout.library, 'utf8')) as { data: { documents: SearchCatalogueEntry[] } };
    const catalogue = library.data.documents;
    const tablesMeta = searchTablesLayout(layout.index).meta;
    const meta = JSON.parse(readFileSync(tablesMeta, 'utf8')) as { fingerprint: string };
    const host = new SearchHost();
    let started = performance.now();
    const { fingerprint } = meta;
    const opened = await host.open({ indexDir: layout.index, textsDir: layout.texts, fingerprint, catalogue });
    const openMs = (performance.now() - started).toFixed(0);
    log(`open index (from its tables) + signatures from the project: ${openMs} ms (signatures: ${opened.signatures})`);

    // Signing every report again from the index's term sequences: the CPU an import spends on signatures.
    started = performance.now();
    host.similarity.update(catalogue);
    const signing = performance.now() - started;
    const share = ((signing / without) * 100).toFixed(1);
    log(`signing all ${catalogue.length} reports from the index: ${(signing / 1000).toFixed(2)} s`);
    log(`  = ${share} % of the import without signatures (target <= 20 %)`);
    const signatureBytes = readFileSync(join(layout.index, 'similarity.bin')).length;
    log(`signatures on disk: ${(signatureBytes / 1024 / 1024).toFixed(1)} MB`);

    const random = seededRandom(9);
    const ids = catalogue.map((entry) => entry.id);
    host.similarity.similar({ id: ids[0]!, limit: TOP });
    const latencies: number[] = [];
    for (let n = 0; n < LATENCY_QUERIES; n++) {
      const id = ids[Math.floor(random() * ids.length)]!;
      const t0 = performance.now();
      host.similarity.similar({ id, limit: TOP });
      latencies.push(performance.now() - t0);
    }
    latencies.sort((a, b) => a - b);
    const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(1);
    log(`similar (top ${TOP}) for one report: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);
    log(`  over ${LATENCY_QUERIES} reports (target <= 100 ms)`);

    for (const options of [{}, { days: 3 }]) {
      started = performance.now();
      const clusters = await host.similarity.clusters(options);
      const elapsed = performance.now() - started;
      const sizes = clusters.map((ids) => ids.length).sort((a, b) => b - a);
      const clustered = sizes.reduce((sum, size) => sum + size, 0);
      log(`clusters of all ANT ${JSON.stringify(options)}: ${seconds(elapsed)} s (target <= 30 s)`);
      log(`  ${clusters.length} clusters holding ${clustered} reports; largest ${sizes.slice(0, 5).join(', ')}`);
      const cohesion = clusterCohesion(clusters, (id) => host.similarity.wordsOf(id));
      log(
        `  one story each: ${(cohesion.alikeShare * 100).toFixed(1)} % of ${cohesion.pairs} report pairs drawn within clusters are alike`,
      );
    }

    started = performance.now();
    const pairs = passagePairs(ids, (id) => host.similarity.wordsOf(id));
    const scanned = seconds(performance.now() - started);
    log(`exhaustive scan: ${pairs.length} report pairs share a passage of >= ${PASSAGE_WORDS} words (${scanned} s)`);
    const partners = new Map<number, number>();
    for (const [a, b] of pairs) {
      partners.set(a, (partners.get(a) ?? 0) + 1);
      partners.set(b, (partners.get(b) ?? 0) + 1);
    }
    let queried = [...partners.keys()];
    if (queried.length > MAX_QUALITY_QUERIES) {
      const sampleRandom = seededRandom(25);
      queried = queried
        .map((doc) => ({ doc, key: sampleRandom() }))
        .sort((a, b) => a.key - b.key)
        .slice(0, MAX_QUALITY_QUERIES)
        .map(({ doc }) => doc);
    }
    const tops = new Map<number, Set<string>>();
    for (const doc of queried) {
      const hits = host.similarity.similar({ id: ids[doc]!, limit: TOP }) ?? [];
      tops.set(doc, new Set(hits.map((hit) => hit.id)));
    }
    let asked = 0;
    let found = 0;
    let askedAnswerable = 0;
    let foundAnswerable = 0;
    for (const [a, b] of pairs) {
      for (const [query, other] of [
        [a, b],
        [b, a],
      ] as const) {
        const top = tops.get(query);
        if (!top) continue;
        const hit = top.has(ids[other]!);
        asked++;
        if (hit) found++;
        if ((partners.get(query) ?? 0) <= TOP) {
          askedAnswerable++;
          if (hit) foundAnswerable++;
        }
      }
    }
    const ratio = (part: number, whole: number) => (part / Math.max(1, whole)).toFixed(3);
    log(`quality: ${found} of ${asked} (report, partner) directions found in the top ${TOP}`);
    log(`  = ${ratio(found, asked)} (target >= 0.97); ${queried.length} reports queried`);
    log(`  where the report has at most ${TOP} such partners (all of them can fit): ${foundAnswerable} of`);
    log(`  ${askedAnswerable} = ${ratio(foundAnswerable, askedAnswerable)}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function timedImport(corpusDir: string, projectDir: string, signatures: boolean): Promise<number> {
  const started = performance.now();
  const workbench = await openWorkbench({ projectDir, similaritySignatures: signatures });
  await runImport(workbench, [corpusDir]);
  await workbench.close();
  return performance.now() - started;
}

/**
 * Every pair of reports sharing a run of PASSAGE_WORDS words (the same stems, boilerplate left
 * out): each window of that many words is hashed twice (two independent 32-bit hashes, so chance
 * collisions among millions of windows do not make false pairs), the windows sorted by the first
 * hash, and equal windows compared on the second.
 */
function passagePairs(ids: string[], wordsOf: (id: string) => Uint32Array | undefined): [number, number][] {
  const first: number[] = [];
  const second: number[] = [];
  const owner: number[] = [];
  ids.forEach((id, doc) => {
    const words = wordsOf(id);
    if (!words) return;
    const seen = new Set<number>();
    for (let start = 0; start + PASSAGE_WORDS <= words.length; start++) {
      let h1 = 0x811c9dc5;
      let h2 = 0x1b873593;
      let broken = false;
      for (let i = start; i < start + PASSAGE_WORDS; i++) {
        const word = words[i]!;
        if (word === WORD_BREAK) {
          broken = true;
          break;
        }
        h1 = Math.imul(h1 ^ word, 0x01000193);
        h2 = Math.imul(h2 + word, 0x5bd1e995) ^ (h2 >>> 15);
      }
      if (broken || seen.has(h1 >>> 2)) continue;
      seen.add(h1 >>> 2);
      first.push(h1 >>> 2);
      second.push(h2 >>> 0);
      owner.push(doc);
    }
  });
  const order = new Float64Array(first.length);
  for (let i = 0; i < first.length; i++) order[i] = first[i]! * 2 ** 23 + i;
  order.sort();
  const pairs = new Set<number>();
  for (let i = 0; i < order.length;) {
    const key = Math.floor(order[i]! / 2 ** 23);
    let j = i + 1;
    while (j < order.length && Math.floor(order[j]! / 2 ** 23) === key) j++;
    if (j - i > 1) {
      const windows = Array.from(order.subarray(i, j), (value) => value - key * 2 ** 23);
      for (let x = 0; x < windows.length; x++) {
        for (let y = x + 1; y < windows.length; y++) {
          const a = windows[x]!;
          const b = windows[y]!;
          if (second[a] !== second[b] || owner[a] === owner[b]) continue;
          const low = Math.min(owner[a]!, owner[b]!);
          const high = Math.max(owner[a]!, owner[b]!);
          pairs.add(low * 2 ** 21 + high);
        }
      }
    }
    i = j;
  }
  return [...pairs].map((pair) => [Math.floor(pair / 2 ** 21), pair % 2 ** 21] as [number, number]);
}
