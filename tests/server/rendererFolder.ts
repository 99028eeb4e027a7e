import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * A stand-in for the built renderer that `startServer` serves: an `index.html` and an `assets/`
 * folder, plus `files` (paths inside the folder) when a test serves more. Remove it after.
 */
export function makeRendererFolder(files: Record<string, string | Uint8Array> = {}): string {
  const folder = mkdtempSync(join(tmpdir(), 'qarin-renderer-'));
  mkdirSync(join(folder, 'assets'));
  const all = { 'index.html': '<!doctype html><title>قارِن</title>', ...files };
  for (const [path, content] of Object.entries(all)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), content);
  }
  return folder;
}
