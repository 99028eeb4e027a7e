import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CorpusIndex } from '../../src-main/core/search/corpusIndex';
import type { IndexableDocument } from '../../src-main/core/search/indexableDocument';
import { flexSearchDefault, miniSearchDefault, miniSearchFuzzy, type SearchEngineUnderTest } from './baselineEngines';
import { QUERY_FORMS, knownItemQueries, type KnownItemQuery, type QueryForm } from './knownItemQueries';
import { rankOf, retrievalScores, type RetrievalScores } from './retrievalScores';
import { measureLeadingLetters, type ConflationRate } from './leadingLetterConflation';
import { scoreSingleWordTypos, singleWordTypos } from './singleWordTypos';

const KNOWN_ITEM_QUERIES = 500;
const PAGE = 20;

type Log = (line: string) => void;

interface Clock {
  wallMs: number;
  cpuMs: number;
}

function timed<T>(work: () => T): { result: T; clock: Clock } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = work();
  const used = process.cpuUsage(cpu);
  return { result, clock: { wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 } };
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(0)} MB`;
}

function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 0)} ms`;
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

function percent(value: number): string {
  return `${(100 * value).toFixed(1)}%`;
}

function scoreLine(name: string, scores: Partial<Record<QueryForm, RetrievalScores>>): string {
  const cells = QUERY_FORMS.map((form) => {
    const score = scores[form];
    if (!score) return '—'.padEnd(19);
    const { successAt1, successAt10, mrrAt10 } = score;
    return `${successAt1.toFixed(3)} ${successAt10.toFixed(3)} ${mrrAt10.toFixed(3)}`.padEnd(19);
  });
  return `  ${name.padEnd(30)} ${cells.join(' | ')}`;
}

/** Each query's passage and the documents that contain it word for word (normalized). */
interface JudgedQuery extends KnownItemQuery {
  holders: ReadonlySet<string>;
}

/** Known-item figures three ways: the sampled article, any article with the passage, unique passages. */
interface Judgement {
  strict: Partial<Record<QueryForm, RetrievalScores>>;
  passage: Partial<Record<QueryForm, RetrievalScores>>;
  unique: Partial<Record<QueryForm, RetrievalScores>>;
}

function evaluate(engine: SearchEngineUnderTest, queries: readonly JudgedQuery[]): Judgement {
  const judgement: Judgement = {
    strict: {} as Judgement['strict'],
    passage: {} as Judgement['passage'],
    unique: {} as Judgement['unique'],
  };
  for (const form of engine.forms ?? QUERY_FORMS) {
    const strict: (number | undefined)[] = [];
    const passage: (number | undefined)[] = [];
    const unique: (number | undefined)[] = [];
    for (const query of queries) {
      const top = engine.topTen(query.forms[form]).map(String);
      const rank = rankOf(top, query.target);
      strict.push(rank);
      const first = top.findIndex((id) => query.holders.has(id));
      passage.push(first < 0 ? undefined : first + 1);
      if (query.holders.size === 1) unique.push(rank);
    }
    judgement.strict[form] = retrievalScores(strict);
    judgement.passage[form] = retrievalScores(passage);
    judgement.unique[form] = retrievalScores(unique);
  }
  return judgement;
}

function qarinEngine(index: CorpusIndex, exactSpelling = false): SearchEngineUnderTest {
  return {
    name: exactSpelling ? 'Qarin, no typo tolerance' : 'Qarin',
    build() {},
    topTen: (query) => index.search({ query, limit: 10, exactSpelling }).hits.map((hit) => hit.id),
  };
}

/** CPU time per query with and without typo tolerance, on the queries as typed and with a mistake. */
function typoLatency(index: CorpusIndex, queries: readonly KnownItemQuery[], log: Log): void {
  log(`typo tolerance: cpu per query, top ${PAGE} with snippets, ${queries.length} queries a form`);
  for (const exactSpelling of [true, false]) {
    const cells = (['unchanged', 'typo'] as const).map((form) => {
      const sorted = queries
        .map((query) => timed(() => index.search({ query: query.forms[form], limit: PAGE, exactSpelling })).clock.cpuMs)
        .sort((a, b) => a - b);
      return `${form} p50 ${ms(percentile(sorted, 0.5))} p99 ${ms(percentile(sorted, 0.99))}`;
    });
    log(`  ${(exactSpelling ? 'off (exact spelling)' : 'on').padEnd(22)} ${cells.join('   ')}`);
  }
}

/**
 * The mistyped word of each typo query searched alone, as a reader types a name: how often the
 * results hold the word meant, with typo tolerance and without.
 */
function typoWordsAlone(
  index: CorpusIndex,
  documents: readonly IndexableDocument[],
  queries: readonly KnownItemQuery[],
  log: Log,
): void {
  const typos = singleWordTypos(queries);
  log(`typo, one word alone: the mistyped word of each typo query, searched by itself (${typos.length} queries)`);
  for (const exactSpelling of [false, true]) {
    const scores = scoreSingleWordTypos(typos, documents, (query) => {
      const result = index.search({ query, limit: 10, exactSpelling });
      return { ids: result.hits.map((hit) => hit.id), firstReading: result.corrections?.[0]?.readAs };
    });
    log(
      `  ${(exactSpelling ? 'Qarin, no typo tolerance' : 'Qarin').padEnd(26)} top result holds the word meant ${scores.topHolds.toFixed(3)}   MRR@10 ${scores.mrrAt10.toFixed(3)}   the notice names it first ${scores.namedFirst.toFixed(3)}`,
    );
  }
}

/**
 * The documents holding each query's passage word for word (after normalization), found with a
 * phrase query; and the expected MRR@10 of a system that finds the passage but cannot tell those
 * documents apart (a tie broken at random): how far shared text caps the strict figures.
 */
function judge(index: CorpusIndex, queries: readonly KnownItemQuery[]): { judged: JudgedQuery[]; ceiling: number } {
  let ceiling = 0;
  const judged = queries.map((query) => {
    const holders = new Set(
      index.search({ query: `"${query.words.join(' ')}"`, limit: 1_000 }).hits.map(({ id }) => id),
    );
    holders.add(query.target);
    let expected = 0;
    for (let rank = 1; rank <= Math.min(holders.size, 10); rank++) expected += 1 / rank;
    ceiling += expected / holders.size;
    return { ...query, holders };
  });
  return { judged, ceiling: ceiling / Math.max(1, queries.length) };
}

function conflationLine(label: string, rate: ConflationRate): string {
  const share = (value: number) => percent(value / Math.max(1, rate.pairs));
  return `  ${label.padEnd(44)} ${String(rate.pairs).padStart(6)}   light10 ${share(rate.light10).padStart(6)}   Qarin ${share(rate.qarin).padStart(6)}`;
}

function snapshotRoundTrip(
  index: CorpusIndex,
  getText: (id: string) => string | undefined,
  probe: string,
  log: Log,
): void {
  const exported = timed(() => index.exportSnapshot());
  const snapshot = exported.result;
  const folder = mkdtempSync(join(tmpdir(), 'qarin-bench-snapshot-'));
  try {
    const keys = Object.keys(snapshot);
    keys.forEach((key, n) => writeFileSync(join(folder, `${n}.part`), snapshot[key]!));
    let bytes = 0;
    for (const name of readdirSync(folder)) bytes += readFileSync(join(folder, name)).length;
    log(
      `  export                ${ms(exported.clock.wallMs)} (cpu ${ms(exported.clock.cpuMs)}), ${keys.length} parts, ${megabytes(bytes)} on disk`,
    );
    collectGarbage();
    const cold = timed(() => {
      const restored: Record<string, string> = {};
      keys.forEach((key, n) => (restored[key] = readFileSync(join(folder, `${n}.part`), 'utf8')));
      const loaded = CorpusIndex.fromSnapshot(restored, { getText });
      loaded.search({ query: probe, limit: PAGE });
      return loaded;
    });
    log(
      `  cold load (read parts + fromSnapshot + first query): ${ms(cold.clock.wallMs)} (cpu ${ms(cold.clock.cpuMs)})`,
    );
    const before = JSON.stringify(index.search({ query: probe, limit: PAGE }));
    const after = JSON.stringify(cold.result.search({ query: probe, limit: PAGE }));
    log(`  snapshot answers identically: ${before === after ? 'yes' : 'NO'}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Search figures over a corpus: build time and memory, query latency with snippets, snapshot size
 * and cold load, known-item retrieval quality (four query forms) side by side with MiniSearch and
 * FlexSearch defaults, and how the leading-و problem of light stemming is handled. Prints only.
 */
export async function benchSearch(documents: readonly IndexableDocument[], log: Log): Promise<void> {
  log(
    `search: ${documents.length} documents, load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')} on this machine`,
  );
  const texts = new Map(documents.map(({ id, text }) => [id, text]));
  const getText = (id: string) => texts.get(id);

  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const built = timed(() => {
    const index = new CorpusIndex({ getText });
    for (const document of documents) index.add(document);
    // Postings added to an empty index reach FlexSearch at the first read: include that here.
    index.search({ query: 'ليبيا', limit: 1 });
    return index;
  });
  let index: CorpusIndex | undefined = built.result;
  collectGarbage();
  const heapAfter = process.memoryUsage().heapUsed;
  log('build (documents analyzed, postings imported into FlexSearch, first query answered)');
  log(
    `  ${ms(built.clock.wallMs)} wall, ${ms(built.clock.cpuMs)} cpu; heap +${megabytes(heapAfter - heapBefore)}; peak RSS so far ${megabytes(process.resourceUsage().maxRSS * 1024)} (texts included)`,
  );

  const queries = knownItemQueries(documents, KNOWN_ITEM_QUERIES);
  const allQueries = queries.flatMap((query) => QUERY_FORMS.map((form) => query.forms[form]));
  for (const query of allQueries.slice(0, 50)) index.search({ query, limit: PAGE });
  const clocks = allQueries.map((query) => timed(() => index!.search({ query, limit: PAGE })).clock);
  log(`latency, top ${PAGE} with snippets, ${clocks.length} known-item queries (all forms)`);
  // CPU time as well as wall time: on a shared machine, wall time also counts waiting for a core.
  for (const [label, values] of [
    ['wall', clocks.map(({ wallMs }) => wallMs)],
    ['cpu ', clocks.map(({ cpuMs }) => cpuMs)],
  ] as const) {
    const sorted = [...values].sort((a, b) => a - b);
    log(
      `  ${label} p50 ${ms(percentile(sorted, 0.5))}  p90 ${ms(percentile(sorted, 0.9))}  p99 ${ms(percentile(sorted, 0.99))}  max ${ms(sorted[sorted.length - 1] ?? 0)}`,
    );
  }

  log('snapshot');
  snapshotRoundTrip(index, getText, queries[0]?.forms.unchanged ?? 'ليبيا', log);

  const { judged, ceiling } = judge(index, queries);
  const shared = judged.filter(({ holders }) => holders.size > 1).length;
  typoLatency(index, queries, log);
  typoWordsAlone(index, documents, queries, log);
  const results: [string, Judgement][] = [
    ['Qarin', evaluate(qarinEngine(index), judged)],
    ['Qarin, no typo tolerance', evaluate(qarinEngine(index, true), judged)],
  ];
  index = undefined;
  collectGarbage();
  const buildTimes: string[] = [];
  const miniSearch = miniSearchDefault();
  for (const engine of [miniSearch, miniSearchFuzzy(miniSearch), flexSearchDefault()]) {
    const build = timed(() => engine.build(documents));
    buildTimes.push(`${engine.name} ${ms(build.clock.wallMs)}`);
    results.push([engine.name, evaluate(engine, judged)]);
    collectGarbage();
  }

  log(`known-item retrieval: ${judged.length} queries of four consecutive words from article sentences (fixed seed)`);
  log(
    `  ${shared} of them are passages found word for word in more than one document (stock phrases, shared paragraphs,`,
  );
  log(`  duplicate articles): with ties broken at random, strict MRR@10 cannot exceed ${ceiling.toFixed(3)}.`);
  log('  typo: one word of the four with one typing mistake (a letter dropped, two swapped, a look-alike letter)');
  const header = `  ${''.padEnd(30)} ${QUERY_FORMS.map((form) => `${form}: S@1 S@10 MRR@10`.padEnd(19)).join(' | ')}`;
  const blocks: [string, keyof Judgement][] = [
    ['strict: the sampled article must be found', 'strict'],
    ['passage: any article containing the passage counts', 'passage'],
    [`unique passages only (${judged.length - shared} queries)`, 'unique'],
  ];
  for (const [title, key] of blocks) {
    log(`  ${title}`);
    log(header);
    for (const [name, judgement] of results) log(scoreLine(name, judgement[key]));
  }
  log(`  baseline builds: ${buildTimes.join(', ')}`);

  log(
    'leading letters light10 misreads: word pairs of the corpus vocabulary, each tested both ways (query one, find the other)',
  );
  const letters = measureLeadingLetters(documents);
  log(conflationLine('root و conflated («وزير» ↔ «الوزير»)', letters.rootWaw));
  log(conflationLine('root و kept apart («وزير» ↛ «زير»)', letters.rootWawKeptApart));
  log(conflationLine('conjunction و conflated («وقال» ↔ «قال»)', letters.conjunctionWaw));
  log(conflationLine('hamza-lam conflated («ألماني» ↔ «الألماني»)', letters.hamzaLam));
  log(conflationLine('article conflated («الرئيس» ↔ «رئيس»)', letters.article));
}
