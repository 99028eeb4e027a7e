// Traces what a served Qarin holds after each call it answers, to find which calls grow its memory.
// Loaded into `qarin serve` (and, through NODE_OPTIONS, into every process the bench starts; it acts
// only in a `serve` process's main thread and in its workers):
//
//   NODE_OPTIONS="--import ./bench/traceServeCalls.mjs" QARIN_TRACE_DIR=/tmp/trace \
//     QARIN_BENCH_PROJECT=DIR npm run bench -- ui
//
// Each served process writes QARIN_TRACE_DIR/calls-<pid>.tsv: one line per /api/ request (method,
// request and reply bytes, milliseconds) and one every 5 s, with the process's resident memory and
// the main thread's V8 heap, external and array-buffer memory in MB, then each worker thread's heap
// and external memory as that worker last wrote them (every 300 ms). With QARIN_TRACE_GC=1 and
// `--expose-gc` in NODE_OPTIONS, every thread collects its garbage before it measures, so the
// figures are what is retained rather than what is waiting to be collected.
import { appendFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { isMainThread, threadId } from 'node:worker_threads';

const dir = process.env.QARIN_TRACE_DIR ?? '/tmp/qarin-trace';
const collectFirst = process.env.QARIN_TRACE_GC === '1' && typeof globalThis.gc === 'function';
const mb = (bytes) => (bytes / 1048576).toFixed(0);
const memory = () => {
  if (collectFirst) globalThis.gc();
  return process.memoryUsage();
};

function traceWorker() {
  const file = `${dir}/worker-${process.pid}-${threadId}.json`;
  setInterval(() => {
    const { heapUsed, external } = memory();
    writeFileSync(file, JSON.stringify({ heapUsed, external }));
  }, 300).unref();
}

function workersNow() {
  const prefix = `worker-${process.pid}-`;
  return readdirSync(dir)
    .filter((name) => name.startsWith(prefix))
    .map((name) => {
      const thread = name.slice(prefix.length, -'.json'.length);
      try {
        const { heapUsed, external } = JSON.parse(readFileSync(`${dir}/${name}`, 'utf8'));
        return `${thread}:${mb(heapUsed)}/${mb(external)}`;
      } catch {
        return `${thread}:?`;
      }
    })
    .join(' ');
}

function traceServer() {
  const log = `${dir}/calls-${process.pid}.tsv`;
  const started = Date.now();
  appendFileSync(
    log,
    's\tmethod\trequest B\treply B\tms\trss\theap\theap total\texternal\tarray buffers\tworkers heap/ext\n',
  );
  const line = (method, requestBytes, replyBytes, ms) => {
    const m = memory();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const figures = [m.rss, m.heapUsed, m.heapTotal, m.external, m.arrayBuffers].map(mb).join('\t');
    appendFileSync(log, `${seconds}\t${method}\t${requestBytes}\t${replyBytes}\t${ms}\t${figures}\t${workersNow()}\n`);
  };
  setInterval(() => line('(every 5 s)', 0, 0, 0), 5000).unref();
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (event, request, response) {
    if (event === 'request' && request.url?.startsWith('/api/')) {
      const begun = Date.now();
      const method = request.url.split('?')[0].replace('/api/call/', '');
      let requestBytes = 0;
      request.on('data', (chunk) => (requestBytes += chunk.length));
      let replyBytes = 0;
      const count = (chunk) => {
        if (typeof chunk === 'string') replyBytes += Buffer.byteLength(chunk);
        else if (chunk && typeof chunk !== 'function') replyBytes += chunk.length;
      };
      const write = response.write;
      const end = response.end;
      response.write = function (chunk, ...rest) {
        count(chunk);
        return write.call(this, chunk, ...rest);
      };
      response.end = function (chunk, ...rest) {
        count(chunk);
        return end.call(this, chunk, ...rest);
      };
      response.on('finish', () => line(method, requestBytes, replyBytes, Date.now() - begun));
    }
    return emit.apply(this, arguments);
  };
}

mkdirSync(dir, { recursive: true });
if (!isMainThread) traceWorker();
else if (process.argv.includes('serve')) traceServer();
