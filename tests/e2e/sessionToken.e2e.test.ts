import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../../src-main/server/startServer';
import { createSeedWorkbench } from './support/seedWorkbench';
import { chromiumMissingReason, openPage } from './support/launchChromium';
import { artifactsDir, seedsDir } from './support/servedProject';
import { startServedWorkbench, type ServedWorkbench } from './support/servedWorkbench';

const skip = chromiumMissingReason();

/**
 * The session credential must never reach another web server on this machine. Browsers share
 * cookies between every port of 127.0.0.1, so a cookie of any name would be sent to them: Qarin's
 * page keeps its token in the tab (sessionStorage) and sends it only as a header to its own origin.
 */
describe('the session token in Chromium, with a second local server on another port', { skip }, () => {
  let session: ServedWorkbench;
  let served: RunningServer;
  let other: Server;
  let otherOrigin: string;
  const otherSaw: IncomingHttpHeaders[] = [];
  let browser: Browser;
  let page: Page;

  const libraryRows = (target: Page) => target.locator('[data-testid=library-list] [role=option][data-document-id]');

  before(async () => {
    session = await startServedWorkbench({
      label: 'session-token',
      workbench: () => createSeedWorkbench(seedsDir),
      goto: false,
    });
    ({ served, browser, page } = session);
    other = createServer((request, response) => {
      otherSaw.push(request.headers);
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><title>another local app</title><p>another local app</p>');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  });

  after(async () => {
    await session?.close();
    other?.close();
  });

  it('opens with the printed address, then takes the token out of the address bar', async () => {
    await page.goto(served.url);
    await libraryRows(page).first().waitFor();
    assert.equal(new URL(page.url()).search, '', `the address still shows the token: ${page.url()}`);
    assert.ok(!page.url().includes(served.token));
  });

  it('a visit to another server on 127.0.0.1 receives no cookie and no token', async () => {
    await page.goto(`${otherOrigin}/`);
    await page.goto(`${otherOrigin}/image.png?x=1`);
    assert.ok(otherSaw.length >= 2);
    for (const headers of otherSaw) {
      assert.equal(headers.cookie, undefined, `cookie sent to another port: ${headers.cookie}`);
      assert.ok(!JSON.stringify(headers).includes(served.token), 'the token reached another server');
    }
    const cookies = await page.context().cookies();
    assert.deepEqual(cookies, [], 'Qarin leaves no cookie in the browser at all');
  });

  it('coming back (or reloading) in the same tab works without the token in the address', async () => {
    await page.goto(`${new URL(served.url).origin}/`);
    await libraryRows(page).first().waitFor();
    assert.equal(new URL(page.url()).search, '');
    await page.reload();
    await libraryRows(page).first().waitFor();
    assert.equal(new URL(page.url()).search, '');
  });

  it('another tab opened on the bare address shows, in Arabic and English, what to do', async () => {
    const fresh = await openPage(browser);
    try {
      const response = await fresh.goto(`${new URL(served.url).origin}/`);
      assert.equal(response?.status(), 401);
      const text = await fresh.locator('body').innerText();
      assert.match(text, /افتح العنوان الذي طبعه/);
      assert.match(text, /Open the address that/);
      assert.match(text, /qarin serve/);
      await fresh.screenshot({ path: join(artifactsDir, 'session-401.png') });
    } finally {
      await fresh.close();
    }
  });
});
