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

/** True when out/renderer is missing or older than any file under src-renderer. */
export function rendererIsStale(): boolean {
  const built = join(rendererOutDir, 'index.html');
  if (!existsSync(built)) return true;
  return statSync(built).mtimeMs < newestMtime(join(repoRoot, 'src-renderer'));
}

/**
 * Builds the renderer the way the product does (electron-vite), falling back to plain Vite with
 * the same root and output while the project's electron-vite config does not exist yet.
 */
export function buildRenderer(): void {
  const viaElectronVite = existsSync(join(repoRoot, 'electron.vite.config.ts'));
  const command = viaElectronVite
    ? ['electron-vite', 'build']
    : ['vite', 'build', '--config', join(import.meta.dirname, 'vite.renderer.config.ts')];
  const result = spawnSync('npx', command, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) throw new Error(`Renderer build failed:\n${result.stdout}\n${result.stderr}`);
}

export function ensureRendererBuilt(): void {
  if (rendererIsStale()) buildRenderer();
}
