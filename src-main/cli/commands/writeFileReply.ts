import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { writeFileDurably } from '../../services/persistence';
import { fileSystemReason } from '../../services/persistence/fileSystemReason';
import { nodeErrorCode } from '../../services/persistence/nodeErrorCode';
import { CliError } from '../cliError';
import type { CliContext } from '../cliContext';

/** A file as the contract returns it (exports, reports): text, or bytes in base64. */
export interface FileReply {
  content: string;
  encoding: 'utf8' | 'base64';
}

/**
 * Writes a file the contract returned to `out`, through a synced temporary file and a rename, so
 * a failed write leaves the previous file whole; a failure is one line naming the path and the
 * reason in words (the system's message names the temporary file). Returns the absolute path written.
 */
export async function writeFileReply({ messages }: CliContext, out: string, reply: FileReply): Promise<string> {
  const path = resolve(out);
  try {
    await writeFileDurably(path, reply.encoding === 'base64' ? Buffer.from(reply.content, 'base64') : reply.content);
  } catch (error) {
    // ENOENT also stands for a name the system refuses (Windows), in a folder that exists.
    const reason =
      nodeErrorCode(error) === 'ENOENT' && !existsSync(dirname(path))
        ? messages.folderMissing(dirname(path))
        : fileSystemReason(error)[messages.language];
    throw new CliError(messages.cannotWrite(path, reason), 1);
  }
  return path;
}
