import { BrowserWindow, session } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A session of its own, in memory: the report's page shares nothing with the app's page. */
const PRINT_PARTITION = 'qarin-report-print';

/**
 * Prints a report's HTML to PDF with Electron's own Chromium (`webContents.printToPDF`), in a hidden
 * window that runs no script and may load nothing but the report file itself: the one `file:` URL
 * it is given and the `data:` fonts inside it. The report is written to a temporary file rather
 * than a data: URL, which Chromium caps at 2 MB.
 */
export async function printReportToPdf(html: string): Promise<Uint8Array> {
  const folder = await mkdtemp(join(tmpdir(), 'qarin-report-'));
  const page = join(folder, 'report.html');
  const pageUrl = pathToFileURL(page).href;
  await writeFile(page, html, 'utf8');
  const printSession = session.fromPartition(PRINT_PARTITION, { cache: false });
  printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  printSession.setPermissionCheckHandler(() => false);
  printSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !(details.url === pageUrl || details.url.startsWith('data:')) });
  });
  const window = new BrowserWindow({
    show: false,
    width: 1000,
    height: 1400,
    webPreferences: {
      session: printSession,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      offscreen: true,
    },
  });
  try {
    await window.loadURL(pageUrl);
    const pdf = await window.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      generateDocumentOutline: true,
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    window.destroy();
    await rm(folder, { recursive: true, force: true });
  }
}
