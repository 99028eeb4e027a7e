import type { CDPSession, Page } from 'playwright-core';

/**
 * Keystroke to painted results, timed inside the page so the driver's round trips do not count.
 *
 * Start: the keystroke's `beforeinput` event (not keydown: Playwright types Arabic letters as text
 * insertion, which fires no key events). End: the first frame painted after the results list took
 * the typed text as its `data-query`: a MutationObserver sees the attribute change in the task that
 * committed it, and a task queued from the next animation frame runs once that frame has painted.
 * (Polling from animation frames instead would add up to a frame to every figure.)
 * The search.query request's resource timing splits each figure into its three parts: before the
 * request leaves (debounce, React), the HTTP round trip (transport and engine), and after the
 * answer is in (JSON, React, layout, paint).
 */

/** Queries typed one key at a time; each prefix is a search the user sees results for. */
const TYPED_QUERIES = [
  'الحكومة',
  'ترامب',
  'كرة القدم',
  'النفط',
  'source:CNN سوريا',
  'الانتخابات الرئاسية',
  'مجلس الأمن',
  'اللاجئين',
  'وزير الخارجية',
  'الاقتصاد المصري',
  'فلسطين',
  'حقوق الإنسان',
];

export interface KeystrokeTiming {
  /** Keystroke to the frame that shows its results. */
  painted: number;
  /** Keystroke to the search.query request leaving the page. */
  beforeRequest: number;
  /** The request's HTTP round trip, to the last byte of the answer. */
  roundTrip: number;
  /** Last byte of the answer to the painted frame. */
  afterAnswer: number;
}

/* Page-side shapes: the bench program is compiled without the DOM library. */
interface HarnessElement {
  getAttribute(name: string): string | null;
}
interface HarnessResourceEntry {
  name: string;
  startTime: number;
  responseEnd: number;
}
interface TypingHarness {
  keystrokeAt: number;
  painted: Map<string, number>;
  waiters: Map<string, () => void>;
}
declare const document: {
  body: unknown;
  addEventListener(type: string, listener: () => void, capture: boolean): void;
};
declare const window: { qarinTyping?: TypingHarness };
declare const performance: {
  now(): number;
  setResourceTimingBufferSize(size: number): void;
  getEntriesByType(type: 'resource'): HarnessResourceEntry[];
};
declare const requestAnimationFrame: (callback: () => void) => number;
declare class MutationObserver {
  constructor(callback: (records: Array<{ target: HarnessElement }>) => void);
  observe(target: unknown, options: { subtree: boolean; attributes: boolean; attributeFilter: string[] }): void;
}

async function installHarness(page: Page): Promise<void> {
  await page.evaluate(() => {
    if (window.qarinTyping) return;
    const harness: TypingHarness = { keystrokeAt: Number.NaN, painted: new Map(), waiters: new Map() };
    window.qarinTyping = harness;
    performance.setResourceTimingBufferSize(100_000);
    document.addEventListener(
      'beforeinput',
      () => {
        harness.keystrokeAt = performance.now();
        harness.painted.clear();
      },
      true,
    );
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.target.getAttribute('data-testid') !== 'search-results') continue;
        const query = record.target.getAttribute('data-query');
        if (query === null) continue;
        requestAnimationFrame(() =>
          setTimeout(() => {
            if (!harness.painted.has(query)) harness.painted.set(query, performance.now());
            harness.waiters.get(query)?.();
          }, 0),
        );
      }
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-query'] });
  });
}

async function timeLastKeystroke(page: Page, query: string): Promise<KeystrokeTiming> {
  return page.evaluate(
    (expected) =>
      new Promise<KeystrokeTiming>((resolve) => {
        const harness = window.qarinTyping!;
        const finish = () => {
          harness.waiters.delete(expected);
          const paintedAt = harness.painted.get(expected)!;
          const requests = performance
            .getEntriesByType('resource')
            .filter((entry) => entry.name.includes('/api/call/search.query') && entry.startTime >= harness.keystrokeAt);
          const request = requests[requests.length - 1];
          resolve({
            painted: paintedAt - harness.keystrokeAt,
            beforeRequest: request ? request.startTime - harness.keystrokeAt : Number.NaN,
            roundTrip: request ? request.responseEnd - request.startTime : Number.NaN,
            afterAnswer: request ? paintedAt - request.responseEnd : Number.NaN,
          });
        };
        if (harness.painted.has(expected)) finish();
        else harness.waiters.set(expected, finish);
      }),
    query,
  );
}

/** The page's main thread per keystroke, in CPU time, so a loaded machine inflates it less than wall time. */
export interface KeystrokeCpu {
  /** Everything the main thread ran, the bench's own page calls included. */
  thread: number;
  script: number;
  style: number;
  layout: number;
}

type Metrics = Record<string, number>;

async function mainThreadMetrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((metric) => [metric.name, metric.value]));
}

/**
 * Types every query one key at a time, waiting for each prefix's results to be painted before the
 * next key, and times each keystroke. `afterEach` runs between keystrokes, outside the timing (its
 * page-side share, if any, counts in `cpu`).
 */
export async function keystrokeLatencies(
  page: Page,
  afterEach: (prefix: string) => Promise<void>,
): Promise<{ timings: KeystrokeTiming[]; cpu: KeystrokeCpu }> {
  await page.getByTestId('side-tab-search').click();
  await installHarness(page);
  const cdp = await page.context().newCDPSession(page);
  // Thread ticks: durations count the main thread's CPU time rather than the wall clock.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const before = await mainThreadMetrics(cdp);
  const box = page.getByTestId('search-input');
  const timings: KeystrokeTiming[] = [];
  for (const query of TYPED_QUERIES) {
    await box.fill('');
    for (let length = 1; length <= query.length; length++) {
      const prefix = query.slice(0, length);
      const key = query[length - 1]!;
      // A prefix ending in a space or a field name searches nothing new: typed, not timed.
      if (prefix.trim() === '' || prefix.endsWith(' ') || prefix.endsWith(':')) {
        await box.press(key === ' ' ? 'Space' : key);
        continue;
      }
      await box.pressSequentially(key);
      timings.push(await timeLastKeystroke(page, prefix));
      await afterEach(prefix);
    }
  }
  const after = await mainThreadMetrics(cdp);
  await cdp.detach();
  const perKey = (name: string) => (((after[name] ?? 0) - (before[name] ?? 0)) * 1000) / timings.length;
  return {
    timings,
    cpu: {
      thread: perKey('ThreadTime'),
      script: perKey('ScriptDuration'),
      style: perKey('RecalcStyleDuration'),
      layout: perKey('LayoutDuration'),
    },
  };
}
