import { statSync } from 'node:fs';
import { join } from 'node:path';
import { invoke, type ApiHandlers } from '../../src-main/api/dispatch';
import type { DocumentSummary } from '../../src-main/api/types';
import { openWorkbench } from '../../src-main/services/openWorkbench';
import type { Workbench } from '../../src-main/services/workbench';

type Log = (line: string) => void;

const TOTAL_HIGHLIGHTS = 10_000;
const ON_ONE_DOCUMENT = 200;
const PER_OTHER_DOCUMENT = 2;
const TIMED_SAVES = 100;
const TIMED_LISTS = 20;

/** A small deterministic generator, so runs on one corpus place the same highlights. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? NaN;
}

function describe(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p95 ${percentile(sorted, 0.95).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`;
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

/** Word-aligned ranges of 3 to 12 words, so quotes look like what analysts mark. */
function passages(text: string, count: number, random: () => number): { start: number; end: number }[] {
  const words = [...text.matchAll(/\S+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  if (words.length < 3) return [];
  return Array.from({ length: count }, () => {
    const length = 3 + Math.floor(random() * 10);
    const first = Math.floor(random() * Math.max(1, words.length - length));
    return { start: words[first]!.start, end: words[Math.min(words.length - 1, first + length - 1)]!.end };
  });
}

async function createCodebook(handlers: ApiHandlers): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 0; n < 8; n += 1) {
    const parent = await invoke(handlers, 'codes.create', { name: `موضوع ${n + 1}` });
    ids.push(parent.id);
    for (let m = 0; m < 2; m += 1)
      ids.push((await invoke(handlers, 'codes.create', { name: `فرع ${m + 1}`, parentId: parent.id })).id);
  }
  return ids;
}

async function highlightDocument(
  workbench: Workbench,
  document: DocumentSummary,
  count: number,
  codes: string[],
  random: () => number,
): Promise<number> {
  const { handlers } = workbench;
  const { text } = await invoke(handlers, 'document.get', { id: document.id });
  let made = 0;
  for (const range of passages(text, count, random)) {
    const codeIds = [
      codes[Math.floor(random() * codes.length)]!,
      ...(random() < 0.3 ? [codes[Math.floor(random() * codes.length)]!] : []),
    ];
    const note = random() < 0.2 ? 'ملاحظة: يختلف هذا المقطع عن رواية المصادر الأخرى للحدث نفسه.' : '';
    await invoke(handlers, 'annotations.create', { docId: document.id, ...range, codeIds, note });
    made += 1;
  }
  return made;
}

/**
 * Annotation figures over a project holding the ANT corpus: 10,000 highlights (200 on one long
 * report, two each on others), then the cost of saving one more, of opening the 200-highlight
 * report (its text and its highlights from main; painting is the renderer's, measured by the UI
 * bench), and of exporting everything. Prints, never asserts.
 */
export async function benchAnnotations(projectDir: string, log: Log): Promise<void> {
  const random = seededRandom(2018);
  let workbench = await openWorkbench({ projectDir });
  try {
    const { items } = await invoke(workbench.handlers, 'library.list', {
      offset: 0,
      limit: 50_000,
      sort: 'words',
      descending: true,
    });
    if (items.length < 2) {
      log('annotations: the project holds no corpus; skipped');
      return;
    }
    const [busiest, ...others] = items;
    const codes = await createCodebook(workbench.handlers);

    const setup = await timed(async () => {
      let made = await highlightDocument(workbench, busiest!, ON_ONE_DOCUMENT, codes, random);
      for (const document of others.filter((_, index) => index % 3 === 0)) {
        if (made >= TOTAL_HIGHLIGHTS) break;
        made += await highlightDocument(
          workbench,
          document,
          Math.min(PER_OTHER_DOCUMENT, TOTAL_HIGHLIGHTS - made),
          codes,
          random,
        );
      }
      return made;
    });
    log(
      `setup: ${setup.value} highlights over ${items.length} reports (${ON_ONE_DOCUMENT} on "${busiest!.title.slice(0, 40)}", ` +
        `${busiest!.wordCount} words) in ${(setup.ms / 1000).toFixed(1)} s through the contract (${(setup.ms / setup.value).toFixed(2)} ms each, fsync included)`,
    );

    const saves: number[] = [];
    const targets = others.filter((_, index) => index % 3 === 1).slice(0, TIMED_SAVES);
    for (const document of targets) {
      const { text } = await invoke(workbench.handlers, 'document.get', { id: document.id });
      const [range] = passages(text, 1, random);
      if (range === undefined) continue;
      saves.push(
        (
          await timed(() =>
            invoke(workbench.handlers, 'annotations.create', { docId: document.id, ...range, codeIds: [codes[0]!] }),
          )
        ).ms,
      );
    }
    log(
      `save one highlight (annotations.create, durable when it returns), ${saves.length} saves: ${describe(saves)} (target <= 20 ms)`,
    );
    const { items: ofBusiest } = await invoke(workbench.handlers, 'annotations.list', { docId: busiest!.id });
    const edits: number[] = [];
    for (const highlight of ofBusiest.slice(0, 50)) {
      edits.push(
        (await timed(() => invoke(workbench.handlers, 'annotations.update', { id: highlight.id, note: 'تعديل' }))).ms,
      );
    }
    log(`edit one note (annotations.update), ${edits.length} edits: ${describe(edits)}`);

    const opens: number[] = [];
    const lists: number[] = [];
    let listed = 0;
    for (let run = 0; run < TIMED_LISTS; run += 1) {
      const started = performance.now();
      const [, list] = await Promise.all([
        invoke(workbench.handlers, 'document.get', { id: busiest!.id }),
        timed(() => invoke(workbench.handlers, 'annotations.list', { docId: busiest!.id })),
      ]);
      opens.push(performance.now() - started);
      lists.push(list.ms);
      listed = list.value.total;
    }
    log(
      `open the report with ${listed} highlights: annotations.list ${describe(lists)}; with document.get ${describe(opens)} (main side of the 200 ms target; painting: UI bench)`,
    );
    const projectList = await timed(() => invoke(workbench.handlers, 'annotations.list', { limit: 100_000 }));
    log(
      `project-wide annotations.list of ${projectList.value.total}: ${projectList.ms.toFixed(0)} ms; filtered by code: ${(await timed(() => invoke(workbench.handlers, 'annotations.list', { codeId: codes[0]! }))).ms.toFixed(0)} ms; by text: ${(await timed(() => invoke(workbench.handlers, 'annotations.list', { text: 'المصادر' }))).ms.toFixed(0)} ms`,
    );

    for (const [format, label] of [
      ['md', 'Markdown'],
      ['csv', 'CSV'],
      ['json', 'JSON-LD'],
      ['qdpx', 'REFI-QDA'],
    ] as const) {
      const exported = await timed(() => invoke(workbench.handlers, 'annotations.export', { format, language: 'ar' }));
      const size = Buffer.byteLength(exported.value.content, exported.value.encoding === 'base64' ? 'base64' : 'utf8');
      log(
        `export all ${exported.value.highlightCount} highlights to ${label}: ${exported.ms.toFixed(0)} ms, ${(size / 1e6).toFixed(1)} MB${format === 'md' ? ' (target <= 2 s)' : ''}`,
      );
    }

    const firstSearch = await timed(() => invoke(workbench.handlers, 'search.query', { query: 'المصادر' }));
    const nextSearch = await timed(() => invoke(workbench.handlers, 'search.query', { query: 'رواية' }));
    log(
      `search.query with annotation matches: first ${firstSearch.ms.toFixed(0)} ms (builds the annotation index), then ${nextSearch.ms.toFixed(0)} ms; ` +
        `${firstSearch.value.annotationHits?.length ?? 0} annotation hits shown`,
    );

    const closing = await timed(() => workbench.close());
    const snapshotBytes = statSync(join(projectDir, 'annotations.json')).size;
    log(
      `close (checkpoint into annotations.json, ${(snapshotBytes / 1e6).toFixed(1)} MB, previous version kept as a backup): ${closing.ms.toFixed(0)} ms`,
    );
    const reopening = await timed(() => openWorkbench({ projectDir }));
    workbench = reopening.value;
    log(
      `reopen the project with ${(await invoke(workbench.handlers, 'annotations.status', {})).highlightCount} highlights: ${reopening.ms.toFixed(0)} ms`,
    );
    log(`process heap after the run: ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
  } finally {
    await workbench.close();
  }
}
