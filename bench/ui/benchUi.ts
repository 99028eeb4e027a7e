import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { ensureRendererBuilt } from '../../tests/e2e/support/buildRenderer';
import { chromiumMissingReason, launchChromium, openPage } from '../../tests/e2e/support/launchChromium';
import { importWithCli, startQarinServe } from '../../tests/e2e/support/startQarinServe';
import { describeProcessMemory, processMemory } from '../processMemory';
import type { PageDocument, PageElement, PageRequestAnimationFrame } from '../../tests/e2e/support/pageGlobals';
import { keystrokeLatencies } from './keystrokeLatency';

// Browser globals for the code run inside the page (see tests/e2e/support/pageGlobals.ts).
declare const document: PageDocument;
declare const requestAnimationFrame: PageRequestAnimationFrame;

export type Log = (line: string) => void;

export interface BenchUiOptions {
  /** A project that already holds the corpus (the lead's bench imports it); absent: this bench imports ANT itself. */
  projectDir?: string;
  corpusTarball?: string;
  /** Names of the measures to take (as printed when one fails, e.g. `keystroke latency`); absent: all. */
  only?: string[];
}

const artifactsDir = join(import.meta.dirname, '..', '..', 'test-artifacts');
const defaultTarball = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpora', 'ant-multisource-v2.1.tar.gz');

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const START_MEASURE = 'start to usable search';

const ms = (value: number) => `${value.toFixed(1)} ms`;

type CallApi = <T>(method: string, input: unknown) => Promise<T>;

function apiCaller(origin: string, token: string): CallApi {
  return async <T>(method: string, input: unknown): Promise<T> => {
    const response = await fetch(`${origin}/api/call/${method}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    const body = (await response.json()) as { ok: boolean; result: T };
    return body.result;
  };
}

async function openLongReport(page: Page, call: CallApi, log: Log): Promise<number | undefined> {
  const all = await call<{ items: Array<{ id: string; title: string; wordCount: number }> }>('library.list', {
    limit: 50_000,
    sort: 'words',
  });
  const target = all.items.reduce((best, item) =>
    Math.abs(item.wordCount - 3000) < Math.abs(best.wordCount - 3000) ? item : best,
  );
  if (!target) return undefined;
  log(`  report: ${target.wordCount} words, “${target.title.slice(0, 60)}”`);
  await page.getByTestId('side-tab-library').click();
  const filter = page.locator('.side-tab-panel:not([hidden]) input[type=search]');
  await filter.fill(target.title);
  const row = page.locator(`[data-testid=library-list] [data-document-id="${target.id}"]`);
  await row.waitFor();
  const started = await page.evaluate(() => performance.now());
  await row.click();
  const painted = await page.evaluate(
    (id) =>
      new Promise<number>((resolve) => {
        const check = () => {
          const reader = document.querySelector(`[data-testid=reader-scroller][data-document-id="${id}"] .para`);
          if (reader) requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
          else requestAnimationFrame(check);
        };
        check();
      }),
    target.id,
  );
  await filter.fill('');
  return painted - started;
}

/** Custom Highlights as the page holds them; only the ranges' count is read. */
declare const CSS: { highlights: Map<string, { size: number }> };

/**
 * Opens the report that holds the most highlights (the annotations bench puts 200 on one) and
 * measures from the click until its text and every highlight are painted.
 */
async function openAnnotatedReport(page: Page, call: CallApi, log: Log): Promise<number | undefined> {
  const listed = await call<{ items: Array<{ docId: string }> }>('annotations.list', { limit: 100_000 });
  const perDocument = new Map<string, number>();
  for (const item of listed.items) perDocument.set(item.docId, (perDocument.get(item.docId) ?? 0) + 1);
  const [docId, count] = [...perDocument].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (docId === undefined || count === undefined) return undefined;
  const target = await call<{ id: string; title: string; wordCount: number }>('document.get', { id: docId });
  log(`  report: ${target.wordCount} words, ${count} highlights, “${target.title.slice(0, 60)}”`);
  await page.getByTestId('side-tab-library').click();
  const filter = page.locator('.side-tab-panel:not([hidden]) input[type=search]');
  await filter.fill(target.title);
  const row = page.locator(`[data-testid=library-list] [data-document-id="${target.id}"]`);
  await row.waitFor();
  const started = await page.evaluate(() => performance.now());
  await row.click();
  const painted = await page.evaluate(
    ({ id, expected }) =>
      new Promise<number>((resolve) => {
        const paintedRanges = () => {
          let ranges = 0;
          for (const [name, highlight] of CSS.highlights) {
            if (name.startsWith('qarin-ann-fill-') || name === 'qarin-ann-uncoded') ranges += highlight.size;
          }
          return ranges;
        };
        const check = () => {
          const reader = document.querySelector(`[data-testid=reader-scroller][data-document-id="${id}"] .para`);
          if (reader && paintedRanges() >= expected)
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
          else requestAnimationFrame(check);
        };
        check();
      }),
    { id: target.id, expected: count },
  );
  await filter.fill('');
  return painted - started;
}

/**
 * Picks three reports of about 1,000 words in the library (Ctrl+click) and measures from the click
 * on «Compare» until compare.run has answered and every column's text and marks are painted.
 */
async function openCompareView(page: Page, call: CallApi, log: Log): Promise<number | undefined> {
  const all = await call<{ items: Array<{ id: string; title: string; wordCount: number }> }>('library.list', {
    limit: 50_000,
    sort: 'words',
  });
  const chosen = [...all.items]
    .filter((item) => item.title.trim() !== '')
    .sort((a, b) => Math.abs(a.wordCount - 1000) - Math.abs(b.wordCount - 1000))
    .slice(0, 3);
  if (chosen.length < 3) return undefined;
  log(`  reports: ${chosen.map((item) => item.wordCount).join(', ')} words`);
  await page.getByTestId('side-tab-library').click();
  const filter = page.locator('.side-tab-panel:not([hidden]) input[type=search]');
  for (const item of chosen) {
    await filter.fill(item.title);
    const row = page.locator(`[data-testid=library-list] [data-document-id="${item.id}"]`);
    await row.waitFor();
    await row.click({ modifiers: ['Control'] });
  }
  const compare = page.getByTestId('compare-picked');
  const started = await page.evaluate(() => performance.now());
  await compare.click();
  const painted = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const check = () => {
          if (document.querySelector('[data-testid=compare-view][data-painted=true]')) {
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
          } else requestAnimationFrame(check);
        };
        check();
      }),
  );
  const engine = performance.now();
  await call('compare.run', { ids: chosen.map((item) => item.id) });
  log(`  of which compare.run (from Node, cached or not) ${ms(performance.now() - engine)}`);
  await page.getByTestId('compare-panels').click();
  await filter.fill('');
  return painted - started;
}

interface ScrollFigures {
  fps: number;
  p95FrameMs: number;
  worstFrameMs: number;
  rows: number;
  /** Share of sampled frames that showed at least one row still waiting for its page. */
  framesWithPlaceholders: number;
}

async function libraryScrollFps(page: Page, screensPerSecond: number): Promise<ScrollFigures> {
  await page.getByTestId('side-tab-library').click();
  await page.getByTestId('library-list').waitFor();
  await page.evaluate(() => {
    (document.querySelector('[data-testid=library-list]') as PageElement).scrollTop = 0;
  });
  return page.evaluate(
    (speed) =>
      new Promise<ScrollFigures>((resolve) => {
        const list = document.querySelector('[data-testid=library-list]') as PageElement;
        const durationMs = 5000;
        const pixelsPerMs = (list.clientHeight * speed) / 1000;
        const frames: number[] = [];
        let placeholderFrames = 0;
        const start = performance.now();
        let last = start;
        const step = (now: number) => {
          frames.push(now - last);
          last = now;
          if (list.querySelector('.row-skeleton')) placeholderFrames += 1;
          list.scrollTop = (now - start) * pixelsPerMs;
          if (now - start < durationMs) requestAnimationFrame(step);
          else {
            const sorted = frames.slice(1).sort((a, b) => a - b);
            resolve({
              fps: (frames.length - 1) / ((now - start) / 1000),
              p95FrameMs: sorted[Math.ceil(sorted.length * 0.95) - 1] ?? NaN,
              worstFrameMs: sorted[sorted.length - 1] ?? NaN,
              rows: Math.round(list.scrollTop / 60),
              framesWithPlaceholders: placeholderFrames / frames.length,
            });
          }
        };
        requestAnimationFrame(step);
      }),
    screensPerSecond,
  );
}

/** Fresh starts measured before the one whose page the other measures use: one start varies by a quarter on this shared machine. */
const EXTRA_STARTS = 4;

/**
 * Spawn to the first search painted, in a new `qarin serve` and a new page, as the start measure
 * below takes it: the URL printed, the library listed, the search tab clicked and a query typed.
 */
/** What the start measures end on: the search tab chosen, `query` typed, its results shown. */
async function searchFromTheSearchTab(page: Page, query: string): Promise<void> {
  await page.getByTestId('side-tab-search').click();
  await page.getByTestId('search-input').fill(query);
  await page.locator(`[data-testid=search-results][data-query="${query}"]`).waitFor({ timeout: 120_000 });
}

async function measureFreshStart(browser: Browser, projectDir: string): Promise<{ urlMs: number; totalMs: number }> {
  const served = await startQarinServe(projectDir);
  const page = await openPage(browser);
  try {
    const pageStart = performance.now();
    await page.goto(served.url);
    await page.getByTestId('library-list').waitFor();
    await searchFromTheSearchTab(page, 'ليبيا');
    return { urlMs: served.startMs, totalMs: served.startMs + performance.now() - pageStart };
  } finally {
    await page.close();
    await served.stop();
  }
}

/** Serves the project, then measures in Chromium. Prints figures; asserts nothing. */
export async function benchUi(log: Log, options: BenchUiOptions = {}): Promise<void> {
  const missing = chromiumMissingReason();
  if (missing) {
    log(`ui bench skipped: ${missing}`);
    return;
  }
  ensureRendererBuilt();
  let projectDir = options.projectDir;
  let scratch: string | undefined;
  if (!projectDir) {
    scratch = mkdtempSync(join(tmpdir(), 'qarin-bench-ui-'));
    const corpus = join(scratch, 'corpus');
    spawnSync('mkdir', ['-p', corpus]);
    const untar = spawnSync('tar', ['xzf', options.corpusTarball ?? defaultTarball, '-C', corpus]);
    if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr}`);
    projectDir = join(scratch, 'project');
    const started = performance.now();
    importWithCli(projectDir, [corpus]);
    log(`ui bench: imported the corpus in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }

  mkdirSync(artifactsDir, { recursive: true });
  const browser = await launchChromium();
  let closing = false;
  browser.on('disconnected', () => {
    if (!closing) log('ui: Chromium went away before the bench finished');
  });
  try {
    // A first serve builds or loads the index; the measured start below is the warm one, with the index persisted.
    const warm = await startQarinServe(projectDir);
    await warm.stop();
    const starts: number[] = [];
    if (!options.only || options.only.includes(START_MEASURE)) {
      for (let run = 0; run < EXTRA_STARTS; run++) {
        // A start that fails is said, and the bench goes on: it prints, it does not fail.
        await measureFreshStart(browser, projectDir).then(
          ({ urlMs, totalMs }) => {
            log(`ui: fresh start ${run + 1}: URL ${ms(urlMs)}, start → usable search ${ms(totalMs)}`);
            starts.push(totalMs);
          },
          (error: unknown) =>
            log(
              `ui: fresh start ${run + 1}: not measured (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
            ),
        );
      }
    }

    const served = await startQarinServe(projectDir);
    const page = await openPage(browser);
    page.on('crash', () => log('ui: the page crashed'));
    page.on('pageerror', (error) => log(`ui: page error: ${error.message}`));
    const call = apiCaller(served.origin, served.token);
    // Asked once the page has loaded: a call of the bench's own before it would be the first the
    // served project answers, and change when it opens (serve holds its opening back for the page).
    let reports = 0;
    const countReports = async () => {
      reports ||= (await call<{ documentCount: number }>('project.info', {})).documentCount;
      return reports;
    };
    // A figure that cannot be taken is reported and the others still run: a bench prints, it does not fail.
    const attempt = async (name: string, measure: () => Promise<void>) => {
      // The start is always taken: it loads the page every other measure uses.
      if (options.only && name !== START_MEASURE && !options.only.includes(name)) return;
      try {
        await measure();
      } catch (error) {
        log(`ui: ${name}: not measured (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
        const picture = join(artifactsDir, `bench-ui-failed-${name.replace(/\W+/g, '-')}.png`);
        await page.screenshot({ path: picture }).then(
          () => log(`ui:   the page at that moment: ${picture}`),
          () => undefined,
        );
      }
    };
    try {
      await attempt(START_MEASURE, async () => {
        log(`ui: serve start (spawn → URL printed)    ${ms(served.startMs)}`);
        // The empty reader asks for story clusters as the page loads, in the worker that also
        // searches: the first load computes them, a reload finds them saved (where they are kept).
        for (const load of ['first page load', 'page reload']) {
          const pageStart = performance.now();
          if (load === 'first page load') await page.goto(served.url);
          else await page.reload();
          // Asked for after the navigation, so that the previous page's clusters do not count;
          // attached, not visible: the search results below take the reader's place.
          const clustersPainted = page
            .getByTestId('story-clusters')
            .waitFor({ state: 'attached', timeout: 300_000 })
            .then(() => performance.now() - pageStart);
          clustersPainted.catch(() => undefined);
          await page.getByTestId('library-list').waitFor();
          const pageToLibrary = performance.now() - pageStart;
          await searchFromTheSearchTab(page, load === 'first page load' ? 'ليبيا' : 'سوريا');
          const pageToSearch = performance.now() - pageStart;
          log(`ui: ${load}:`);
          log(`ui:   page load → library listed          ${ms(pageToLibrary)}`);
          log(`ui:   page load → first search painted     ${ms(pageToSearch)}`);
          if (load === 'first page load') {
            log(`ui:   start → usable search (total)        ${ms(served.startMs + pageToSearch)}`);
            starts.push(served.startMs + pageToSearch);
            log(
              `ui: start → usable search, median of ${starts.length} starts ${ms(percentile(starts, 50))} (target <= 1500 ms)`,
            );
          }
          const clusters = await clustersPainted.then(
            (elapsed) => ms(elapsed),
            () => 'not painted within 300 s',
          );
          log(`ui:   page load → story clusters painted   ${clusters}`);
          log(
            `ui:   served process then                  ${describeProcessMemory(processMemory(served.pid), await countReports())}`,
          );
          await page.getByTestId('search-input').fill('');
        }
      });

      await attempt('keystroke latency', async () => {
        const engine: number[] = [];
        const { timings, cpu } = await keystrokeLatencies(page, async (prefix) => {
          const started = performance.now();
          // The page the search panel asks for (PAGE_SIZE in src-renderer/search/useSearch.ts).
          await call('search.query', { query: prefix, offset: 0, limit: 20 });
          engine.push(performance.now() - started);
        });
        const spread = (values: number[]) =>
          `p50 ${ms(percentile(values, 50))}  p95 ${ms(percentile(values, 95))}  p99 ${ms(percentile(values, 99))}`;
        const painted = timings.map((timing) => timing.painted);
        log(
          `ui: keystroke → painted results          ${spread(painted)}  max ${ms(Math.max(...painted))}  (n=${painted.length})`,
        );
        log(`ui:   keystroke → request sent           ${spread(timings.map((timing) => timing.beforeRequest))}`);
        log(`ui:   request → answer received          ${spread(timings.map((timing) => timing.roundTrip))}`);
        log(`ui:   answer → painted                   ${spread(timings.map((timing) => timing.afterAnswer))}`);
        log(`ui:   search.query again, from Node      ${spread(engine)}`);
        log(
          `ui:   page main thread CPU per keystroke ${ms(cpu.thread)} (script ${ms(cpu.script)}, style ${ms(cpu.style)}, layout ${ms(cpu.layout)}; the bench's own page calls included)`,
        );
      });

      await attempt('open a long report', async () => {
        const open = await openLongReport(page, call, log);
        if (open !== undefined) log(`ui: open ~3,000-word report → painted    ${ms(open)}`);
      });

      await attempt('open the most annotated report', async () => {
        const open = await openAnnotatedReport(page, call, log);
        if (open === undefined) log('ui: no highlights in this project (run the annotations section first)');
        else log(`ui: open the report with the most highlights → text and highlights painted  ${ms(open)}`);
      });

      // Three screens a second is brisk reading-scroll; thirty is a fling that outruns the page fetches.
      for (const speed of [3, 30]) {
        await attempt(`library scrolling at ${speed} screens/s`, async () => {
          const scroll = await libraryScrollFps(page, speed);
          log(
            `ui: library scroll, ${String(speed).padStart(2)} screens/s         ${scroll.fps.toFixed(1)} fps, frame p95 ${ms(scroll.p95FrameMs)}, worst ${ms(scroll.worstFrameMs)}, ${scroll.rows} rows passed, placeholders in ${(scroll.framesWithPlaceholders * 100).toFixed(0)}% of frames`,
          );
        });
      }

      // Last: the compare view folds the side panels away, which the library figures above need.
      await attempt('open the compare view with 3 reports', async () => {
        const open = await openCompareView(page, call, log);
        if (open !== undefined) log(`ui: open the compare view, 3 reports → painted  ${ms(open)}`);
      });
      log(
        `ui: served process at the end            ${describeProcessMemory(processMemory(served.pid), await countReports())} (target <= 500 MB on ANT)`,
      );
    } finally {
      await page.close();
      await served.stop();
    }
  } finally {
    closing = true;
    await browser.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `node --import tsx bench/ui/benchUi.ts PROJECT [measure…]`: some measures on an imported project.
  const [projectDir, ...only] = process.argv.slice(2);
  await benchUi(console.log, { projectDir, ...(only.length > 0 ? { only } : {}) });
}
