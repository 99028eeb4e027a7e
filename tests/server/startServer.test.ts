import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { get, request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { homedir, networkInterfaces, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { startServer, type RunningServer } from '../../src-main/server/startServer';
import { emptyImportReport } from '../../src-main/services/import/emptyImportReport';
import { createRecordingWorkbench } from '../helpers/recordingWorkbench';
import { send } from './httpRequest';
import { makeRendererFolder } from './rendererFolder';

const workbench = createRecordingWorkbench();
let rendererDir: string;
let server: RunningServer;

function bearer(token = server.token): Record<string, string> {
  return { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
}

function call(method: string, body: string, headers = bearer()) {
  return send(server.port, { method: 'POST', path: `/api/call/${method}`, headers, body });
}

before(async () => {
  rendererDir = makeRendererFolder({
    'index.html': '<!doctype html><title>قارِن</title><script type="module" src="./assets/app.js"></script>',
    'assets/app.js': 'console.log("renderer");',
    'assets/font.woff2': Buffer.from([0x77, 0x4f, 0x46, 0x32]),
  });
  server = await startServer({ workbench, rendererDir, host: '127.0.0.1' });
});

after(async () => {
  await server.close();
  rmSync(rendererDir, { recursive: true, force: true });
});

describe('the token', () => {
  test('a call with the bearer token reaches the handler and returns its result', async () => {
    const response = await call('library.list', JSON.stringify({ limit: 5 }));
    assert.equal(response.status, 200);
    const body = JSON.parse(response.body);
    assert.equal(body.ok, true);
    assert.equal(body.result.items[0].id, 'doc-1');
    assert.equal(body.result.offset, 0, 'the contract fills the defaults before the handler runs');
  });

  const protectedRequests = [
    { name: 'an API call', method: 'POST', path: '/api/call/project.info', body: '{}' },
    { name: 'the event stream', method: 'GET', path: '/api/events' },
    { name: 'an unknown API route', method: 'GET', path: '/api/nothing' },
  ];

  for (const { name, method, path, body } of protectedRequests) {
    test(`${name} without a token gets 401 and an empty body`, async () => {
      const response = await send(server.port, { method, path, body, headers: { 'Content-Type': 'application/json' } });
      assert.equal(response.status, 401);
      assert.equal(response.body, '');
      assert.equal(response.headers['set-cookie'], undefined);
    });

    test(`${name} with a wrong token (header, query or cookie) gets 401 and an empty body`, async () => {
      const wrong = server.token.slice(0, -1) + (server.token.endsWith('A') ? 'B' : 'A');
      const separator = path.includes('?') ? '&' : '?';
      const attempts = [
        { path, headers: bearer(wrong) },
        { path: `${path}${separator}token=${wrong}`, headers: { 'Content-Type': 'application/json' } },
        { path, headers: { Cookie: `qarin-session-${server.port}=${wrong}`, 'Content-Type': 'application/json' } },
      ];
      for (const attempt of attempts) {
        const response = await send(server.port, { method, body, ...attempt });
        assert.equal(response.status, 401, attempt.path);
        assert.equal(response.body, '');
      }
    });
  }

  test('an API call is not authorised by the token in its URL or a cookie: only by its Authorization header', async () => {
    const attempts: { path: string; headers: Record<string, string> }[] = [
      { path: `/api/call/project.info?token=${server.token}`, headers: { 'Content-Type': 'application/json' } },
      {
        path: '/api/call/project.info',
        headers: { Cookie: `qarin-session-${server.port}=${server.token}`, 'Content-Type': 'application/json' },
      },
    ];
    for (const attempt of attempts) {
      const response = await send(server.port, { method: 'POST', body: '{}', ...attempt });
      assert.equal(response.status, 401, JSON.stringify(attempt.headers));
    }
  });

  test('the page without its token (or with a wrong one) is a 401 page saying in Arabic and English what to do', async () => {
    for (const path of ['/', '/index.html', '/?token=wrong']) {
      const response = await send(server.port, { path });
      assert.equal(response.status, 401, path);
      assert.match(String(response.headers['content-type']), /^text\/html; charset=utf-8/);
      assert.match(response.body, /qarin serve/);
      assert.match(response.body, /افتح العنوان الذي طبعه/);
      assert.match(response.body, /Open the address that/);
      assert.doesNotMatch(response.body, /قارِن<\/title><script type="module"/, 'not the app itself');
      assert.equal(response.headers['set-cookie'], undefined);
    }
  });

  test('the page loads with ?token=, carries the CSP, and sets no cookie at all', async () => {
    const page = await send(server.port, { path: `/?token=${server.token}` });
    assert.equal(page.status, 200);
    assert.match(String(page.headers['content-type']), /^text\/html/);
    assert.match(page.body, /قارِن/);
    assert.match(String(page.headers['content-security-policy']), /default-src 'self'/);
    assert.equal(page.headers['set-cookie'], undefined, 'a cookie would reach every other server on 127.0.0.1');
  });

  test('the app’s own files, which hold no data, load without a credential (scripts and fonts cannot send a header)', async () => {
    const asset = await send(server.port, { path: '/assets/app.js' });
    assert.equal(asset.status, 200);
    assert.match(String(asset.headers['content-type']), /^text\/javascript/);
    assert.equal(asset.body, 'console.log("renderer");');
    assert.equal(asset.headers['cross-origin-resource-policy'], 'same-origin', 'other sites cannot embed them');
    const font = await send(server.port, { path: '/assets/font.woff2' });
    assert.equal(font.headers['content-type'], 'font/woff2');
    const missing = await send(server.port, { path: '/nothing-here.js' });
    assert.equal(missing.status, 404);
    // Their names carry their content's hash: a reload takes them from the browser's cache.
    assert.match(String(asset.headers['cache-control']), /max-age=31536000/);
    assert.match(String(asset.headers['cache-control']), /immutable/);
    const page = await send(server.port, { path: `/?token=${server.token}` });
    assert.equal(page.headers['cache-control'], 'no-cache', 'the page names the files of the build served now');
    const pageThroughAssets = await send(server.port, { path: '/assets/..%2Findex.html' });
    assert.equal(pageThroughAssets.headers['cache-control'], 'no-cache', 'by the file served, not the path asked');
    const rebound = await send(server.port, {
      path: '/assets/app.js',
      headers: { Host: `evil.example:${server.port}` },
    });
    assert.equal(rebound.status, 403, 'DNS rebinding is refused for every request');
  });

  test('the URL it reports opens the page', async () => {
    const url = new URL(server.url);
    assert.equal(url.hostname, '127.0.0.1');
    assert.equal(url.searchParams.get('token'), server.token);
    const page = await send(server.port, { path: url.pathname + url.search });
    assert.equal(page.status, 200);
  });

  test('each run makes a new token', async () => {
    const other = await startServer({ workbench, rendererDir });
    try {
      assert.notEqual(other.token, server.token);
      assert.ok(other.token.length >= 32);
    } finally {
      await other.close();
    }
  });
});

describe('API calls', () => {
  test('a body that is not JSON gets 400', async () => {
    const response = await call('library.list', '{"limit": ');
    assert.equal(response.status, 400);
    const body = JSON.parse(response.body);
    assert.equal(body.ok, false);
    assert.equal(body.error.code, 'invalid-input');
  });

  test('an input the contract rejects gets 400 with the reason', async () => {
    const response = await call('library.list', JSON.stringify({ limit: 0 }));
    assert.equal(response.status, 400);
    assert.match(JSON.parse(response.body).error.message.en, /limit/);
  });

  test('an unknown method gets 404 and runs nothing', async () => {
    const before = workbench.calls.length;
    const response = await call('library.drop', '{}');
    assert.equal(response.status, 404);
    assert.equal(JSON.parse(response.body).error.code, 'unknown-method');
    assert.equal(workbench.calls.length, before);
  });

  test('a not-found error from a handler becomes 404 with its message', async () => {
    const response = await call('document.get', JSON.stringify({ id: 'missing' }));
    assert.equal(response.status, 404);
    assert.deepEqual(JSON.parse(response.body), {
      ok: false,
      error: { code: 'not-found', message: { en: 'No document "missing".', ar: 'لا تقرير «missing».' } },
    });
  });

  test('an empty body is the empty input', async () => {
    const response = await call('project.info', '');
    assert.equal(response.status, 200);
    assert.equal(JSON.parse(response.body).result.documentCount, 1);
  });

  test('a body over the limit gets 413', async () => {
    const response = await call('search.query', JSON.stringify({ query: 'x'.repeat(2 * 1024 * 1024) }));
    assert.equal(response.status, 413);
  });

  test('a call that is not JSON (as an HTML form would send) gets 415', async () => {
    const response = await call('project.info', 'a=b', {
      Authorization: `Bearer ${server.token}`,
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    assert.equal(response.status, 415);
  });

  test('GET on a call route gets 405', async () => {
    const response = await send(server.port, { path: '/api/call/project.info', headers: bearer() });
    assert.equal(response.status, 405);
  });
});

describe('same origin only', () => {
  test('a request from another origin is refused even with the token, and no CORS header is ever sent', async () => {
    const foreign = await call('project.info', '{}', { ...bearer(), Origin: 'http://evil.example' });
    assert.equal(foreign.status, 403);
    assert.equal(foreign.headers['access-control-allow-origin'], undefined);
    const own = await call('project.info', '{}', { ...bearer(), Origin: `http://127.0.0.1:${server.port}` });
    assert.equal(own.status, 200);
    assert.equal(own.headers['access-control-allow-origin'], undefined);
  });

  test('a request for another host name (DNS rebinding) is refused even with the token', async () => {
    const response = await call('project.info', '{}', { ...bearer(), Host: `evil.example:${server.port}` });
    assert.equal(response.status, 403);
  });

  test('a path that climbs out of the renderer folder is not found', async () => {
    for (const path of ['/../package.json', '/..%2f..%2f..%2fetc%2fpasswd', '/assets/..%2f..%2findex.html%00']) {
      const response = await send(server.port, { path, headers: bearer() });
      assert.ok(response.status === 404 || response.status === 400, `${path}: ${response.status}`);
      assert.doesNotMatch(response.body, /root:|"name"/);
    }
  });
});

describe('events', () => {
  test('every hub event arrives over Server-Sent Events as event name and JSON data', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = get({ host: '127.0.0.1', port: server.port, path: `/api/events?token=${server.token}` }, (res) => {
        assert.equal(res.statusCode, 200);
        assert.match(String(res.headers['content-type']), /^text\/event-stream/);
        let text = '';
        let emitted = false;
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
          if (!emitted && text.includes(': connected')) {
            emitted = true;
            workbench.events.emit('import.progress', {
              jobId: 'job-1',
              phase: 'reading',
              done: 1,
              total: 5,
              path: '/a.txt',
            });
            workbench.events.emit('library.changed', { documentCount: 6 });
          }
          if (text.includes('event: library.changed')) {
            req.destroy();
            resolve(text);
          }
        });
      });
      req.on('error', reject);
    });
    assert.match(
      received,
      /event: import\.progress\ndata: \{"jobId":"job-1","phase":"reading","done":1,"total":5,"path":"\/a\.txt"\}\n\n/,
    );
    assert.match(received, /event: library\.changed\ndata: \{"documentCount":6\}\n\n/);
  });

  test('close() ends open event streams and stops listening', async () => {
    const own = await startServer({ workbench, rendererDir });
    let closing: Promise<void> | undefined;
    const ended = new Promise<void>((resolve, reject) => {
      const req = get({ host: '127.0.0.1', port: own.port, path: `/api/events?token=${own.token}` }, (res) => {
        res.once('data', () => {
          closing = own.close();
        });
        res.on('end', resolve);
        res.on('error', () => resolve());
        res.resume();
      });
      req.on('error', reject);
    });
    await ended;
    await closing;
    await assert.rejects(send(own.port, { path: '/' }), /ECONNREFUSED/);
  });
});

describe('binding', () => {
  test('only 127.0.0.1 is bound', async () => {
    const other = await startServer({ workbench, rendererDir });
    try {
      const refused = (host: string) =>
        new Promise<string>((resolve) => {
          const socket = connect({ host, port: other.port });
          socket.once('connect', () => {
            socket.destroy();
            resolve('connected');
          });
          socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
        });
      assert.equal(await refused('127.0.0.1'), 'connected');
      // Another loopback address and every other address of this machine must not answer.
      const elsewhere = [
        '127.0.0.2',
        ...Object.values(networkInterfaces()).flatMap((list) =>
          (list ?? []).filter((a) => a.family === 'IPv4' && !a.internal).map((a) => a.address),
        ),
      ];
      if (process.platform === 'linux') {
        for (const host of elsewhere) assert.notEqual(await refused(host), 'connected', host);
      }
    } finally {
      await other.close();
    }
  });

  test('the reported address is the loopback one', () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
  });
});

describe('imports through serve: only uploads and folders allowed on the command line', () => {
  let allowedDir: string;
  let outsideDir: string;
  let gated: RunningServer;

  before(async () => {
    allowedDir = mkdtempSync(join(tmpdir(), 'qarin-allowed-'));
    outsideDir = mkdtempSync(join(tmpdir(), 'qarin-outside-'));
    writeFileSync(join(allowedDir, 'report.txt'), 'تقرير');
    writeFileSync(join(outsideDir, 'secret.txt'), 'سر');
    symlinkSync(outsideDir, join(allowedDir, 'escape'));
    gated = await startServer({ workbench, rendererDir, allowImportFrom: [allowedDir] });
  });

  after(async () => {
    await gated.close();
    rmSync(allowedDir, { recursive: true, force: true });
    rmSync(outsideDir, { recursive: true, force: true });
  });

  const importCall = (target: RunningServer, paths: string[]) =>
    send(target.port, {
      method: 'POST',
      path: '/api/call/import.start',
      headers: { Authorization: `Bearer ${target.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ paths }),
    });

  test('the contract refuses /etc/passwd and a key in ~/.ssh even with the token, and the importer never runs', async () => {
    for (const target of [server, gated]) {
      for (const path of ['/etc/passwd', join(homedir(), '.ssh', 'id_ed25519'), '/']) {
        const before = workbench.calls.filter((call) => call === 'import.start').length;
        const response = await importCall(target, [path]);
        assert.equal(response.status, 403, `${path}: ${response.body}`);
        const body = JSON.parse(response.body);
        assert.equal(body.error.code, 'forbidden');
        assert.ok(body.error.message.en.includes(path), body.error.message.en);
        assert.equal(
          workbench.calls.filter((call) => call === 'import.start').length,
          before,
          'the importer must not run',
        );
      }
    }
  });

  test('a path under a folder given with --allow-import-from is imported; one that climbs or links out is refused', async () => {
    assert.equal((await importCall(gated, [join(allowedDir, 'report.txt')])).status, 200);
    assert.equal((await importCall(gated, [allowedDir])).status, 200);
    for (const path of [
      join(allowedDir, '..', basename(outsideDir), 'secret.txt'),
      join(allowedDir, 'escape', 'secret.txt'),
      'report.txt',
    ]) {
      const response = await importCall(gated, [path]);
      assert.equal(response.status, 403, path);
    }
    const mixed = await importCall(gated, [join(allowedDir, 'report.txt'), '/etc/passwd']);
    assert.equal(mixed.status, 403, 'one refused path refuses the whole call');
  });
});

describe('uploads: the browser’s way to import', () => {
  let uploadRoot: string;
  let up: RunningServer;

  before(async () => {
    uploadRoot = mkdtempSync(join(tmpdir(), 'qarin-uploads-'));
    up = await startServer({ workbench, rendererDir, uploadRoot, maxUploadFileBytes: 1024 });
  });

  after(async () => {
    await up.close();
    rmSync(uploadRoot, { recursive: true, force: true });
  });

  const auth = () => ({ Authorization: `Bearer ${up.token}` });
  const open = async () => {
    const response = await send(up.port, { method: 'POST', path: '/api/uploads', headers: auth() });
    assert.equal(response.status, 200, response.body);
    return JSON.parse(response.body).result as { uploadId: string; folder: string; maxFileBytes: number };
  };
  const put = (uploadId: string, name: string, body: string | Buffer, headers: Record<string, string> = {}) =>
    sendBytes(up.port, `/api/uploads/${uploadId}/files?name=${encodeURIComponent(name)}`, body, {
      ...auth(),
      ...headers,
    });

  test('files stream into a folder of the upload, keep their relative names, and that folder can be imported', async () => {
    const upload = await open();
    assert.equal(upload.maxFileBytes, 1024);
    assert.ok(upload.folder.startsWith(uploadRoot));
    assert.equal((await put(upload.uploadId, 'تقارير/سرت.txt', 'اجتماع عسكري في سرت')).status, 200);
    assert.equal((await put(upload.uploadId, 'top.md', '# عنوان')).status, 200);
    assert.equal(readFileSync(join(upload.folder, 'تقارير', 'سرت.txt'), 'utf8'), 'اجتماع عسكري في سرت');
    const started = await send(up.port, {
      method: 'POST',
      path: '/api/call/import.start',
      headers: { ...auth(), 'Content-Type': 'application/json' },
      body: JSON.stringify({ paths: [upload.folder] }),
    });
    assert.equal(started.status, 200, started.body);
    const { jobId } = JSON.parse(started.body).result as { jobId: string };
    const report = { ...emptyImportReport(), filesScanned: 2, elapsedMs: 1 };
    workbench.events.emit('import.done', { jobId, report });
    await waitFor(() => !existsSync(upload.folder), 'the upload’s folder is deleted once its import is done');
    const again = await put(upload.uploadId, 'late.txt', 'نص');
    assert.equal(again.status, 404, 'an imported upload takes no more files');
  });

  test('a file over the limit is refused by name (declared or streamed), nothing of it is kept, and the upload goes on', async () => {
    const upload = await open();
    const declared = await put(upload.uploadId, 'big-declared.txt', 'x'.repeat(2000));
    assert.equal(declared.status, 413);
    const body = JSON.parse(declared.body);
    assert.match(body.error.message, /big-declared\.txt/);
    assert.deepEqual(body.error.refusal, { code: 'too-large', limitBytes: 1024 });
    const streamed = await sendChunked(
      up.port,
      `/api/uploads/${upload.uploadId}/files?name=big-streamed.txt`,
      ['x'.repeat(800), 'x'.repeat(800)],
      auth(),
    );
    assert.equal(streamed.status, 413);
    assert.equal(existsSync(join(upload.folder, 'big-declared.txt')), false);
    assert.equal(existsSync(join(upload.folder, 'big-streamed.txt')), false);
    assert.equal((await put(upload.uploadId, 'small.txt', 'نص قصير')).status, 200);
    assert.deepEqual(readdirSync(upload.folder), ['small.txt']);
  });

  test('names that could leave the upload’s folder are refused; a second file of one name too', async () => {
    const upload = await open();
    for (const name of [
      '../escape.txt',
      '/etc/passwd',
      'a/../../b.txt',
      'a\\..\\b.txt',
      '',
      'a//b.txt',
      'C:/x.txt',
      'nul\u0000.txt',
    ]) {
      const response = await put(upload.uploadId, name, 'x');
      assert.equal(response.status, 400, JSON.stringify(name));
    }
    assert.equal((await put(upload.uploadId, 'same.txt', 'أ')).status, 200);
    assert.equal((await put(upload.uploadId, 'same.txt', 'ب')).status, 409);
    assert.equal(readFileSync(join(upload.folder, 'same.txt'), 'utf8'), 'أ');
    assert.deepEqual(
      readdirSync(uploadRoot).filter((name) => !name.startsWith('qarin-upload-')),
      [],
    );
  });

  test('uploads need the token in the header, and a discarded upload’s folder is gone', async () => {
    const withoutToken = await send(up.port, { method: 'POST', path: '/api/uploads' });
    assert.equal(withoutToken.status, 401);
    const upload = await open();
    const anonymous = await sendBytes(
      up.port,
      `/api/uploads/${upload.uploadId}/files?name=a.txt&token=${up.token}`,
      'x',
      {},
    );
    assert.equal(anonymous.status, 401);
    const discarded = await send(up.port, {
      method: 'DELETE',
      path: `/api/uploads/${upload.uploadId}`,
      headers: auth(),
    });
    assert.equal(discarded.status, 200);
    assert.equal(existsSync(upload.folder), false);
    const refused = await send(up.port, {
      method: 'POST',
      path: '/api/call/import.start',
      headers: { ...auth(), 'Content-Type': 'application/json' },
      body: JSON.stringify({ paths: [upload.folder] }),
    });
    assert.equal(refused.status, 403, 'a discarded upload’s folder is no longer importable');
  });
});

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.fail(what);
}

function sendBytes(port: number, path: string, body: string | Buffer, headers: Record<string, string>) {
  return send(port, {
    method: 'PUT',
    path,
    body: body as string,
    headers: { 'Content-Type': 'application/octet-stream', ...headers },
  });
}

/** A PUT whose size is not declared (chunked), so only the streamed count can refuse it. */
function sendChunked(port: number, path: string, chunks: string[], headers: Record<string, string>) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: 'PUT',
        path,
        headers: { 'Content-Type': 'application/octet-stream', ...headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}
