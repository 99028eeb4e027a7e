import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
const fromRoot = (...parts: string[]) => resolve(root, ...parts);

/**
 * Every `src-main/services/workers/<name>.worker.ts` becomes an entry of the main build, emitted as
 * `out/main/<name>.worker.js`. Services find it with `resolveWorkerUrl(name)`, which also covers
 * running from source through tsx.
 */
function workerEntries(): Record<string, string> {
  const folder = fromRoot('src-main', 'services', 'workers');
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return {};
  }
  return Object.fromEntries(
    names
      .filter((name) => name.endsWith('.worker.ts'))
      .map((name) => [name.slice(0, -'.ts'.length), resolve(folder, name)]),
  );
}

/**
 * The desktop app's build: main, preload and renderer into `out/`.
 *
 * - main: ES modules (package.json says "type": "module"), flat in `out/main` so a worker is always the
 *   sibling of whichever bundle file spawns it. The command line (`cli.js`) and the HTTP server of
 *   `qarin serve` (`browserMode.js`) are entries of this build too, so they share its chunks and
 *   workers and run without tsx. Production dependencies (flexsearch, lowdb, iconv-lite, mammoth,
 *   htmlparser2…) stay external and ship in app.asar's node_modules, because several are CommonJS
 *   with dynamic requires that bundle badly; zod, plain ES modules, is bundled (below).
 * - preload: CommonJS (`index.cjs`), because a sandboxed preload cannot be an ES module, and fully
 *   bundled, because a sandboxed preload can only require `electron` and a few Node built-ins.
 * - renderer: the React app in `src-renderer/`, with relative asset URLs so it loads from the app
 *   scheme and from `qarin serve` alike.
 */
export default defineConfig({
  main: {
    build: {
      outDir: fromRoot('out', 'main'),
      // zod is bundled: loaded from node_modules, its hundreds of modules cost every start (the app's,
      // `qarin serve`'s, each command's that checks its input) about 110 ms; the parts the contract
      // uses, bundled, about 40.
      externalizeDeps: { exclude: ['zod'] },
      rolldownOptions: {
        input: {
          index: fromRoot('src-main', 'electron', 'main.ts'),
          ...workerEntries(),
          // The command line and the HTTP server it starts for `qarin serve`, loaded by bin/qarin.mjs.
          cli: fromRoot('src-main', 'cli', 'main.ts'),
          browserMode: fromRoot('src-main', 'server', 'startServer.ts'),
        },
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: fromRoot('out', 'preload'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: fromRoot('src-main', 'preload', 'index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs' },
      },
    },
  },
  renderer: {
    root: fromRoot('src-renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: fromRoot('out', 'renderer'),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified; minified, the page the window and the browser
      // parse at every start is a third of the size.
      minify: true,
      rolldownOptions: { input: fromRoot('src-renderer', 'index.html') },
    },
    // The renderer imports the contract's types from src-main and fonts from node_modules, both
    // outside its root, which the dev server refuses to serve unless allowed.
    server: { fs: { allow: [root] } },
  },
});
