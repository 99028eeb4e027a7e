import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';

/** A fresh folder under the system temp dir, removed when the test file ends. */
export function tempDir(label = 'qarin-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), label));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
