import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumPrintArgs } from '../../src-main/services/report/chromiumPdf';
import { missingTool } from './support/requireTool';

const skip = missingTool('chromium', 'chromium');

/** Chromium's net log, read even when the browser was stopped before it closed the JSON. */
function readNetLog(path: string): { constants: { logEventTypes: Record<string, number> }; events: NetEvent[] } {
  const text = readFileSync(path, 'utf8').trim();
  try {
    return JSON.parse(text);
  } catch {
    return JSON.parse(`${text.replace(/,?\s*\]?\s*\}?\s*$/, '')}]}`);
  }
}

interface NetEvent {
  type: number;
  params?: { address?: string };
}

const LOOPBACK = /^(127\.|\[::1\]|localhost)/;
/** Events that mean bytes went to, or came from, another machine (a UDP "connect" alone sends nothing). */
const TRAFFIC = ['UDP_BYTES_SENT', 'UDP_BYTES_RECEIVED', 'TCP_CONNECT_ATTEMPT', 'TCP_CONNECT'];

describe('printing a report to PDF from the command line', { skip }, () => {
  it('lets nothing leave the machine, though Chromium tries to call home', () => {
    const folder = mkdtempSync(join(tmpdir(), 'qarin-pdf-offline-'));
    try {
      const page = join(folder, 'report.html');
      writeFileSync(page, '<!doctype html><html lang="ar" dir="rtl"><meta charset="utf-8"><p>تقرير</p></html>');
      const netLog = join(folder, 'net-log.json');
      const pdf = join(folder, 'report.pdf');
      const args = chromiumPrintArgs(join(folder, 'profile'), pdf, pathToFileURL(page).href);
      execFileSync('chromium', [`--log-net-log=${netLog}`, ...args], { stdio: 'ignore', timeout: 120_000 });
      assert.equal(readFileSync(pdf).subarray(0, 5).toString('latin1'), '%PDF-');

      const log = readNetLog(netLog);
      const names = new Map(Object.entries(log.constants.logEventTypes).map(([name, id]) => [id, name]));
      const attempted = log.events.filter((event) => /"https?:\/\//.test(JSON.stringify(event.params ?? {})));
      // The check below would prove nothing if the browser had tried nothing.
      assert.ok(attempted.length > 0, 'Chromium asked for something beyond the page');
      const traffic = log.events
        .filter((event) => TRAFFIC.includes(names.get(event.type) ?? '') && event.params?.address !== undefined)
        .filter((event) => !LOOPBACK.test(event.params?.address ?? ''))
        .map((event) => `${names.get(event.type)} ${event.params?.address}`);
      assert.deepEqual(traffic, [], 'no packet to or from another machine');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
