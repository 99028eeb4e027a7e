import { parentPort } from 'node:worker_threads';
import { prepareFile } from '../import/prepareFile';
import type { ImportWorkerCommand, ImportWorkerMessage } from '../import/preparedDocument';

/**
 * Reads, decodes, parses and checks files off the main thread, one message per file, so the main
 * process stays responsive and can stop the work between two files.
 */
const port = parentPort;
if (!port) throw new Error('import.worker must run as a worker thread');

let cancelled = false;
const post = (message: ImportWorkerMessage) => port.postMessage(message);

port.on('message', async (command: ImportWorkerCommand) => {
  if (command.type === 'cancel') {
    cancelled = true;
    return;
  }
  for (const { index, path } of command.files) {
    if (cancelled) break;
    const { documents, errors } = await prepareFile(path, command.maxFileBytes);
    post({ type: 'file', index, path, documents, errors });
  }
  post({ type: 'finished', cancelled });
});
