import { open, readdir, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { nodeErrorCode } from './nodeErrorCode';
import { processIsRunning } from './processIsRunning';
import { contentBytes, type FileContent } from './fileContent';

/**
 * Error codes with which some platforms refuse to open or fsync a directory. Windows cannot
 * open a directory as a file at all (EISDIR/EPERM), and some file systems do not support
 * syncing one (EINVAL/ENOTSUP); a folder we may write but not read refuses with EACCES. There the
 * rename is as durable as the platform allows, so we go on rather than fail a save that has landed.
 */
const DIRECTORY_SYNC_REFUSALS = new Set(['EPERM', 'EISDIR', 'EINVAL', 'ENOTSUP', 'EACCES']);

let temporaryFileCounter = 0;

/**
 * The temporary name sits in the target's own folder unless `folder` says where else (on the same
 * file system: a rename is atomic only within one). The pid, the thread and a counter keep two
 * writers (or a write and a leftover from a killed process) from ever sharing a temporary file:
 * each worker thread counts from zero, and two threads of one process may write one target (the
 * search worker and the clusters thread both save the similarity signatures). The leading dot
 * keeps it out of casual listings.
 */
export function temporaryPathFor(targetPath: string, folder = dirname(targetPath)): string {
  temporaryFileCounter += 1;
  const writer = `${process.pid}-${threadId}`;
  return join(folder, `.${basename(targetPath)}.${writer}.${temporaryFileCounter}.tmp`);
}

/** Makes the rename itself durable: without this a power cut can bring back the old directory entry. */
export async function syncDirectory(directoryPath: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(directoryPath, 'r');
    await handle.sync();
  } catch (error) {
    const code = nodeErrorCode(error);
    if (code === undefined || !DIRECTORY_SYNC_REFUSALS.has(code)) throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * Replaces the file at `targetPath` with `content` so that, whatever happens (process killed, power
 * lost), the path afterwards holds either the complete old content or the complete new content.
 * The data is flushed to disk before the rename, so the rename can never expose an empty or
 * partial file, and the folder is flushed after it, so the new name survives a power cut.
 * `beforeRename` may refuse the write at the last moment (by throwing), e.g. when the target changed
 * since it was read; the target is then left as it was.
 */
export async function writeFileDurably(
  targetPath: string,
  content: FileContent,
  {
    beforeRename,
    temporaryFolder,
  }: {
    beforeRename?: () => Promise<void>;
    /**
     * Where the temporary file is written, on the same file system, when not beside the target:
     * the target's folder may be replaced before the rename (see `writeLibraryListing`).
     */
    temporaryFolder?: string;
  } = {},
): Promise<void> {
  const temporaryPath = temporaryPathFor(targetPath, temporaryFolder);
  const handle = await open(temporaryPath, 'wx');
  try {
    await writeContent(handle, content);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temporaryPath).catch(() => undefined);
    throw error;
  }
  await putInPlace(handle, temporaryPath, targetPath, beforeRename);
}

/**
 * Writes `content` where `handle` stands (at its end, for a file opened to append), a piece at a
 * time: writing a long text whole encodes all of it into one buffer first.
 */
export async function writeContent(handle: FileHandle, content: FileContent): Promise<void> {
  for (const piece of contentBytes(content)) {
    let written = 0;
    while (written < piece.length) written += (await handle.write(piece, written)).bytesWritten;
  }
}

/**
 * The end of every durable write: flushes the temporary file open as `handle` to disk, closes it,
 * lets `beforeRename` refuse at the last moment, renames it over `targetPath` and flushes the
 * target's folder, and the temporary file's when that is another (so that its name does not come
 * back after a power cut). On any failure the temporary file is removed and the target left as it was.
 */
export async function putInPlace(
  handle: FileHandle,
  temporaryPath: string,
  targetPath: string,
  beforeRename?: () => Promise<void>,
): Promise<void> {
  try {
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await beforeRename?.();
    await rename(temporaryPath, targetPath);
  } catch (error) {
    await unlink(temporaryPath).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dirname(targetPath));
  if (dirname(temporaryPath) !== dirname(targetPath)) await syncDirectory(dirname(temporaryPath));
}

// Names without the thread were written by earlier versions.
const TEMPORARY_NAME = /^\.(.+)\.(\d+)(?:-\d+)?\.\d+\.tmp$/;

/**
 * A process killed between creating its temporary file and renaming it leaves that file behind.
 * It never holds anything its target does not (the rename did not happen), so removing it loses
 * nothing. Only temporaries whose target name passes `isTarget` are removed, so that stores
 * sharing a folder do not remove each other's writes in flight, and only those of processes no
 * longer running (the pid is in the name): a reader opening a store while the app, or a thread
 * of its own process, saves it must not remove that save's file.
 */
export async function removeLeftoverTemporaryFiles(
  folder: string,
  isTarget: (targetName: string) => boolean,
): Promise<void> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if (nodeErrorCode(error) === 'ENOENT') return;
    throw error;
  }
  const leftovers = names.filter((name) => {
    const [, targetName, pid] = TEMPORARY_NAME.exec(name) ?? [];
    return targetName !== undefined && isTarget(targetName) && !processIsRunning(Number(pid));
  });
  await Promise.all(leftovers.map((name) => unlink(join(folder, name)).catch(() => undefined)));
}
