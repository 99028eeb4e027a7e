import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../../src-main/server/startServer';
import { openWorkbench } from '../../../src-main/services/openWorkbench';
import type { Workbench } from '../../../src-main/services/workbench';
import { ensureRendererBuilt, rendererOutDir } from './buildRenderer';
import { launchChromium, openPage } from './launchChromium';
import { artifactsDir } from './servedProject';

export interface ServedWorkbenchOptions {
  /** Names the temporary folders (`qarin-e2e-LABEL-project-…`, `…-uploads-…`). */
  label: string;
  /** The workbench to serve, given the temporary project folder; a real one on it by default. */
  workbench?: (projectDir: string) => Workbench | Promise<Workbench>;
  viewport?: { width: number; height: number };
  allowImportFrom?: string[];
  /** Whether the page opens the workbench at once (the default) or waits for the test to. */
  goto?: boolean;
}

/**
 * What a browser test that reaches into the services starts from: a workbench in this process
 * (the real one on a temporary project, or a stand-in), served by `startServer` as `qarin serve`
 * serves it, with its uploads in a temporary folder, and Chromium with one page on it.
 */
export interface ServedWorkbench {
  projectDir: string;
  /** Where the server keeps the files the page uploads until their import is done. */
  uploadRoot: string;
  workbench: Workbench;
  served: RunningServer;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

export async function startServedWorkbench(options: ServedWorkbenchOptions): Promise<ServedWorkbench> {
  mkdirSync(artifactsDir, { recursive: true });
  ensureRendererBuilt();
  const projectDir = mkdtempSync(join(tmpdir(), `qarin-e2e-${options.label}-project-`));
  const uploadRoot = mkdtempSync(join(tmpdir(), `qarin-e2e-${options.label}-uploads-`));
  let workbench: Workbench | undefined;
  let served: RunningServer | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await served?.close();
    await workbench?.close();
    for (const dir of [projectDir, uploadRoot]) rmSync(dir, { recursive: true, force: true });
  };
  try {
    workbench = await (options.workbench ?? ((dir: string) => openWorkbench({ projectDir: dir })))(projectDir);
    served = await startServer({
      workbench,
      rendererDir: rendererOutDir,
      uploadRoot,
      allowImportFrom: options.allowImportFrom,
    });
    browser = await launchChromium();
    const page = await openPage(browser, options.viewport);
    if (options.goto !== false) await page.goto(served.url);
    return { projectDir, uploadRoot, workbench, served, browser, page, close };
  } catch (error) {
    await close();
    throw error;
  }
}
