import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ApiError } from '../../api/apiError';
import { reportMessages } from './reportMessages';

/** Turns a report's HTML into PDF bytes: headless Chromium here, Electron's printToPDF in the app. */
export type HtmlToPdf = (html: string) => Promise<Uint8Array>;

/** Where Chromium or Chrome usually is on Linux, macOS and Windows. */
const COMMON_BROWSER_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser to print with: the one named (option, then `QARIN_CHROMIUM`), else the first common path found. */
export function findChromium(named: string | undefined = process.env.QARIN_CHROMIUM): string | undefined {
  if (named !== undefined && named.length > 0) return named;
  return COMMON_BROWSER_PATHS.find(isExecutable);
}

/** How long one print may take before the browser is stopped: a 1,000-highlight report takes seconds. */
const PRINT_TIMEOUT_MS = 120_000;

/**
 * Parts of the browser a print never shows. Headless Chromium is the whole browser without a screen,
 * and at start it loads the address bar's suggestion popup, a web page of its own, into a renderer of
 * its own: about a sixth of the CPU a 1,000-highlight report costs, for a window nobody sees. The
 * tests' and benchmarks' Chromium turns them off too, so that they time the app and not that page.
 */
export const UNSHOWN_BROWSER_FEATURES = [
  'PreloadTopChromeWebUI',
  'WebUIOmniboxPopup',
  'WebUIOmniboxFullPopup',
  'WebUIOmniboxAimPopup',
];

/**
 * Headless Chromium's command line to print one page to PDF without reaching the network. Chromium
 * calls Google's update, time and account services even with background networking off, so every
 * host name resolves to nothing and every request goes to a proxy on this machine that does not
 * exist: nothing leaves the machine, whatever the browser tries.
 *
 * The PDF is printed untagged, as Electron's `printToPDF` prints it in the app: the structure tree
 * takes the browser an accessibility tree of the whole report, a quarter of the CPU a 1,000-highlight
 * report costs, and the text is as selectable, in the same order, without it.
 */
export function chromiumPrintArgs(profileDir: string, pdfPath: string, pageUrl: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-extensions',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-default-apps',
    '--disable-domain-reliability',
    '--disable-sync',
    '--no-pings',
    '--no-first-run',
    '--no-default-browser-check',
    '--host-resolver-rules=MAP * ~NOTFOUND',
    '--proxy-server=http://127.0.0.1:9',
    `--disable-features=${UNSHOWN_BROWSER_FEATURES.join(',')}`,
    '--no-pdf-header-footer',
    '--disable-pdf-tagging',
    `--user-data-dir=${profileDir}`,
    `--print-to-pdf=${pdfPath}`,
    pageUrl,
  ];
}

/**
 * A printer that runs headless Chromium on a temporary copy of the HTML. The report's own
 * Content-Security-Policy forbids every request, and the browser runs with a throwaway profile and
 * without background networking, so printing reaches nothing beyond the file.
 */
export function chromiumPdfPrinter(browserPath?: string): HtmlToPdf {
  return async (html) => {
    const browser = findChromium(browserPath);
    if (browser === undefined || (browserPath !== undefined && !isExecutable(browser))) {
      throw new ApiError('invalid-input', reportMessages.noBrowser(browser));
    }
    const folder = await mkdtemp(join(tmpdir(), 'qarin-report-'));
    try {
      const page = join(folder, 'report.html');
      const pdf = join(folder, 'report.pdf');
      await writeFile(page, html, 'utf8');
      const args = chromiumPrintArgs(join(folder, 'profile'), pdf, pathToFileURL(page).href);
      const stderr = await new Promise<string>((resolve, reject) => {
        const child = spawn(browser, args, { stdio: ['ignore', 'ignore', 'pipe'] });
        let output = '';
        child.stderr.setEncoding('utf8');
        child.stderr.on('data', (chunk: string) => {
          output = (output + chunk).slice(-4_000);
        });
        const timer = setTimeout(() => child.kill('SIGKILL'), PRINT_TIMEOUT_MS);
        child.on('error', (error) => {
          clearTimeout(timer);
          reject(new ApiError('invalid-input', reportMessages.noBrowser(browser, error.message)));
        });
        child.on('close', () => {
          clearTimeout(timer);
          resolve(output);
        });
      });
      try {
        const bytes = await readFile(pdf);
        if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('not a PDF');
        return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      } catch {
        throw new ApiError('internal', reportMessages.printFailed(browser, stderr.trim().split('\n').pop() ?? ''));
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  };
}
