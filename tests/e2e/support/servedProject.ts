import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { CallReply } from '../../../src-main/api/callReply';
import { ensureRendererBuilt, repoRoot } from './buildRenderer';
import { launchChromium, openPage } from './launchChromium';
import { importWithCli, startQarinServe, type ServedQarin } from './startQarinServe';

export const seedsDir = join(repoRoot, 'seeds');
export const artifactsDir = join(repoRoot, 'test-artifacts', 'e2e');

/** Addresses a page may load besides its own origin: none of them reaches the network. */
const LOCAL_SCHEMES = /^(data|blob|about):/;

export interface ServedProjectOptions {
  /** Names the temporary folder (`qarin-e2e-LABEL-…`). */
  label: string;
  /** What `qarin import` reads, given the temporary folder to write generated inputs into; the seeds by default. */
  inputs?: (workDir: string) => string[];
  /** The project's folder inside the temporary one, when the test keeps its own files beside it. */
  projectFolder?: string;
  /** Folders the page may import typed paths from (`--allow-import-from`). */
  allowImportFrom?: string[];
  /** The page's size (openPage's default unless told). */
  viewport?: { width: number; height: number };
  /** Whether the page opens the workbench at once (the default) or waits for the test to. */
  goto?: boolean;
}

/**
 * What an end-to-end test of the browser mode starts from: a temporary project filled by the real
 * `qarin import`, the real `qarin serve` on it, and Chromium with one page on the workbench that
 * records its uncaught errors and any request that leaves the served origin.
 */
export interface ServedProject {
  /** The temporary folder, removed by `close`. */
  workDir: string;
  projectDir: string;
  served: ServedQarin;
  browser: Browser;
  page: Page;
  pageErrors: string[];
  offOrigin: string[];
  /** The contract calls the page has made, in order, with their inputs. */
  calls: Array<{ method: string; input: unknown }>;
  /** A contract call over HTTP with the session's token, as the page makes it; a refusal throws. */
  callApi<T>(method: string, input: unknown): Promise<T>;
  /** Seed number ("000") → document id, from the seeds' file names in the library. */
  seedIds(): Promise<Map<string, string>>;
  /** A screenshot of the page into test-artifacts/e2e/NAME.png. */
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

export async function startServedProject(options: ServedProjectOptions): Promise<ServedProject> {
  mkdirSync(artifactsDir, { recursive: true });
  ensureRendererBuilt();
  const workDir = mkdtempSync(join(tmpdir(), `qarin-e2e-${options.label}-`));
  const projectDir = options.projectFolder ? join(workDir, options.projectFolder) : workDir;
  let served: ServedQarin | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await served?.stop();
    rmSync(workDir, { recursive: true, force: true });
  };
  try {
    importWithCli(projectDir, options.inputs?.(workDir) ?? [seedsDir]);
    served = await startQarinServe(projectDir, { allowImportFrom: options.allowImportFrom });
    browser = await launchChromium();
    const pageErrors: string[] = [];
    const offOrigin: string[] = [];
    const calls: ServedProject['calls'] = [];
    const page = await openPage(browser, options.viewport);
    const { origin, token } = served;
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !LOCAL_SCHEMES.test(url)) offOrigin.push(url);
      const method = url.startsWith(`${origin}/api/call/`) ? url.slice(`${origin}/api/call/`.length) : undefined;
      if (method) calls.push({ method, input: JSON.parse(request.postData() ?? 'null') as unknown });
    });
    if (options.goto !== false) await page.goto(served.url);
    const callApi = async <T>(method: string, input: unknown): Promise<T> => {
      const response = await fetch(`${origin}/api/call/${method}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      const body = (await response.json()) as CallReply<T>;
      if (!body.ok) throw new Error(`${method}: ${body.error.message.en}`);
      return body.result;
    };
    return {
      workDir,
      projectDir,
      served,
      browser,
      page,
      pageErrors,
      offOrigin,
      calls,
      callApi,
      seedIds: async () => {
        const listed = await callApi<{ items: Array<{ id: string; path: string }> }>('library.list', { limit: 100 });
        return new Map(listed.items.map((item) => [basename(item.path).slice(0, 3), item.id]));
      },
      shot: async (name) => {
        await page.screenshot({ path: join(artifactsDir, `${name}.png`) });
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
