import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { ensureRendererBuilt } from '../../tests/e2e/support/buildRenderer';
import { chromiumMissingReason, launchChromium, openPage } from '../../tests/e2e/support/launchChromium';
import type { PageDocument, PageRequestAnimationFrame } from '../../tests/e2e/support/pageGlobals';
import { importWithCli, startQarinServe } from '../../tests/e2e/support/startQarinServe';

declare const document: PageDocument;
declare const requestAnimationFrame: PageRequestAnimationFrame;

type Log = (line: string) => void;

/** Reports of about this many bytes (UTF-8 Arabic: roughly 1,000 words), as the figure used. */
const TARGET_BYTES = 11_000;
const REPORTS = 24;
const OPENINGS = 8;

const ms = (value: number) => `${value.toFixed(1)} ms`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : entry.isFile() && entry.name.endsWith('.txt') ? [path] : [];
  });
}

/** The corpus's reports nearest the target size: a small project the compare view can be opened on quickly. */
function pickReports(corpusDir: string, into: string): void {
  const chosen = filesUnder(corpusDir)
    .map((path) => ({ path, size: statSync(path).size }))
    .sort((a, b) => Math.abs(a.size - TARGET_BYTES) - Math.abs(b.size - TARGET_BYTES))
    .slice(0, REPORTS);
  mkdirSync(into, { recursive: true });
  for (const { path } of chosen) copyFileSync(path, join(into, basename(path)));
}

/** Ctrl+clicks three reports in the library, then times «Compare» until the view says it is painted. */
async function openThree(page: Page, reports: ReadonlyArray<{ id: string; title: string }>): Promise<number> {
  if (!(await page.locator('#side-panel').isVisible())) await page.getByTestId('compare-panels').click();
  await page.getByTestId('side-tab-library').click();
  const filter = page.locator('.side-tab-panel:not([hidden]) input[type=search]');
  for (const { id, title } of reports) {
    await filter.fill(title);
    await page.locator(`[data-testid=library-list] [data-document-id="${id}"]`).click({ modifiers: ['Control'] });
  }
  await filter.fill('');
  const started = await page.evaluate(() => performance.now());
  await page.getByTestId('compare-picked').click();
  const painted = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const check = () => {
          if (document.querySelector('[data-testid=compare-view][data-painted=true]'))
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
          else requestAnimationFrame(check);
        };
        check();
      }),
  );
  return painted - started;
}

/**
 * `npm run bench -- compare-view`: opening the compare view with three ~1,000-word ANT reports until
 * painted, several times (p50/p95), with the engine's share timed from Node. QARIN_BENCH_PROFILE=FILE
 * also writes a Chromium CPU profile of the openings, QARIN_BENCH_TRACE=FILE a performance trace.
 */
export async function benchCompareView(corpusDir: string, log: Log): Promise<void> {
  const missing = chromiumMissingReason();
  if (missing) return log(`compare-view bench skipped: ${missing}`);
  ensureRendererBuilt();
  const scratch = mkdtempSync(join(tmpdir(), 'qarin-bench-compare-view-'));
  try {
    pickReports(corpusDir, join(scratch, 'reports'));
    const projectDir = join(scratch, 'project');
    importWithCli(projectDir, [join(scratch, 'reports')]);
    const served = await startQarinServe(projectDir);
    const browser = await launchChromium();
    try {
      const call = async <T>(method: string, input: unknown): Promise<T> => {
        const response = await fetch(`${served.origin}/api/call/${method}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${served.token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(input),
        });
        return ((await response.json()) as { result: T }).result;
      };
      const listed = await call<{ items: Array<{ id: string; title: string; wordCount: number }> }>('library.list', {
        limit: 100,
      });
      const reports = listed.items.filter((item) => item.title.trim() !== '');
      const words = listed.items.map((item) => item.wordCount).sort((a, b) => a - b);
      log(`compare view: ${reports.length} reports of ${words[0]}–${words[words.length - 1]} words`);
      const page = await openPage(browser, { width: 1280, height: 800 });
      page.on('pageerror', (error) => log(`compare view: page error: ${error.message}`));
      await page.goto(served.url);
      await page.getByTestId('library-list').waitFor();
      const profileFile = process.env.QARIN_BENCH_PROFILE;
      let cdp: CDPSession | undefined;
      if (profileFile) {
        cdp = await page.context().newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      }
      const traceFile = process.env.QARIN_BENCH_TRACE;
      if (traceFile) await browser.startTracing(page, { path: traceFile, screenshots: false });
      const opened: number[] = [];
      const engine: number[] = [];
      for (let round = 0; round < OPENINGS; round++) {
        const three = [0, 1, 2].map((step) => reports[(round * 3 + step) % reports.length]!);
        opened.push(await openThree(page, three));
        const started = performance.now();
        await call('compare.run', { ids: three.map((report) => report.id) });
        engine.push(performance.now() - started);
      }
      if (traceFile) {
        await browser.stopTracing();
        log(`compare view: trace written to ${traceFile}`);
      }
      if (cdp && profileFile) {
        const { profile } = await cdp.send('Profiler.stop');
        writeFileSync(profileFile, JSON.stringify(profile));
        log(`compare view: CPU profile written to ${profileFile}`);
      }
      log(
        `compare view: open 3 reports → painted   p50 ${ms(percentile(opened, 50))}  p95 ${ms(percentile(opened, 95))}  (n=${opened.length}, target 300 ms)`,
      );
      log(
        `compare view:   compare.run again (Node) p50 ${ms(percentile(engine, 50))}  p95 ${ms(percentile(engine, 95))}`,
      );
    } finally {
      await browser.close();
      await served.stop();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
