/**
 * Where the worker `<name>.worker` lives, for `new Worker(resolveWorkerUrl(name))`.
 *
 * Two ways the code runs, told apart by this module's own file name:
 *
 * - From source through tsx (the command line, `qarin serve`, the tests): this file is
 *   `src-main/services/workers/resolveWorkerUrl.ts` and the worker is `<name>.worker.ts` beside it.
 *   Node does not pass tsx's loader on to worker threads (neither `--import tsx` nor tsx's
 *   `register()` reach them: the worker fails with "Unknown file extension .ts"), so the URL is a
 *   small `data:` module that registers tsx inside the worker and then imports the `.ts` worker.
 * - Built by electron-vite (the desktop app): this code is bundled into `out/main/`, which the config
 *   keeps flat, and every `*.worker.ts` is emitted there as `<name>.worker.js`, so the worker is the
 *   sibling `./<name>.worker.js` of whichever bundle file this code ended up in.
 */
export function resolveWorkerUrl(name: string, moduleUrl: string = import.meta.url): URL {
  if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new Error(`Invalid worker name "${name}".`);
  if (!isTypeScriptSource(moduleUrl)) return new URL(`./${name}.worker.js`, moduleUrl);
  const workerSource = new URL(`./${name}.worker.ts`, moduleUrl).href;
  const tsxLoader = import.meta.resolve('tsx/esm/api');
  const bootstrap = [
    `import { register } from ${JSON.stringify(tsxLoader)};`,
    'register();',
    `await import(${JSON.stringify(workerSource)});`,
  ].join('\n');
  return new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`);
}

function isTypeScriptSource(moduleUrl: string): boolean {
  return /\.[cm]?ts$/.test(new URL(moduleUrl).pathname);
}
