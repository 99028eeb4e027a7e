import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

export const repoRoot = join(import.meta.dirname, '..', '..', '..');
export const rendererOutDir = join(repoRoot, 'out', 'renderer');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    newest = Math.max(newest, stat.isDirectory() ? newestMtime(path) : stat.mtimeMs);
  }
  return newest;
}

/** The folders whose code the renderer bundles: its own, and the helpers it shares with main. */
const RENDERER_SOURCES = ['src-renderer', 'src-shared'];

/** True when out/renderer is missing or older than any file the renderer is built from. */
export function rendererIsStale(): boolean {
  const built = join(rendererOutDir, 'index.html');
  if (!existsSync(built)) return true;
  const sources = Math.max(...RENDERER_SOURCES.map((folder) => newestMtime(join(repoRoot, folder))));
  return statSync(built).mtimeMs < sources;
}

/**
 * Builds the renderer the way the product does (electron-vite). While the main-process half of
 * that build is broken by work in progress elsewhere, the renderer alone is built with plain Vite
 * and the same root and output, so these tests still look at the current interface.
 */
export function buildRenderer(): void {
  const run = (args: string[]) =>
    spawnSync('npx', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (existsSync(join(repoRoot, 'electron.vite.config.ts'))) {
    const product = run(['electron-vite', 'build']);
    if (product.status === 0) return;
    console.warn(`electron-vite build failed; building the renderer alone.\n${product.stderr.slice(-2000)}`);
  }
  const alone = run(['vite', 'build', '--config', join(import.meta.dirname, 'vite.renderer.config.ts')]);
  if (alone.status !== 0) throw new Error(`Renderer build failed:\n${alone.stdout}\n${alone.stderr}`);
}

export function ensureRendererBuilt(): void {
  if (rendererIsStale()) buildRenderer();
}
