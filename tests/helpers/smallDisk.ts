import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';

/**
 * Runs `body` on a tmpfs of `size` (as `mount -o size=` takes it: "256k", "1m"), a disk that fills
 * up where a test wants it to, and unmounts it after. Mounting needs root: elsewhere the test is
 * skipped, saying why.
 */
export async function onSmallDisk(t: TestContext, size: string, body: (mountPoint: string) => unknown): Promise<void> {
  const mountPoint = mkdtempSync(join(tmpdir(), 'qarin-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', mountPoint], { stdio: 'ignore' });
  } catch {
    rmdirSync(mountPoint);
    t.skip('cannot mount a tmpfs here (needs root)');
    return;
  }
  try {
    await body(mountPoint);
  } finally {
    execFileSync('umount', [mountPoint]);
    rmdirSync(mountPoint);
  }
}
