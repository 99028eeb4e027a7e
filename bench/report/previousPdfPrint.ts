import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromiumPrintArgs, findChromium } from '../../src-main/services/report/chromiumPdf';

const run = promisify(execFile);

/** The rule that leaves passages far from the screen to the print; the report had none before. */
const DEFERRED_PASSAGES_RULE = /^\.passage \{ content-visibility: auto;[^}]*\}\n/m;

/**
 * The report printed as it was before the print was made faster, for the bench to set beside
 * today's: the same HTML without the `content-visibility` rule, and Chromium's command line without
 * the flags that keep the address bar's popup and the PDF tag tree from being built. Returns the
 * PDF's size in bytes.
 */
export async function printAsBefore(html: string): Promise<number> {
  if (!DEFERRED_PASSAGES_RULE.test(html)) throw new Error('the report no longer holds the rule this takes out');
  const browser = findChromium();
  if (browser === undefined) throw new Error('no Chromium or Chrome found');
  const folder = await mkdtemp(join(tmpdir(), 'qarin-bench-pdf-'));
  try {
    const page = join(folder, 'report.html');
    const pdf = join(folder, 'report.pdf');
    await writeFile(page, html.replace(DEFERRED_PASSAGES_RULE, ''), 'utf8');
    const args = chromiumPrintArgs(join(folder, 'profile'), pdf, pathToFileURL(page).href).filter(
      (arg) => !arg.startsWith('--disable-features=') && arg !== '--disable-pdf-tagging',
    );
    await run(browser, args, { timeout: 300_000 });
    return (await readFile(pdf)).length;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
