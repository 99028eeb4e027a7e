import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { resolveWorkerUrl } from '../workers/resolveWorkerUrl';
import type { ImportWorkerCommand, ImportWorkerMessage, PreparedFileMessage } from './preparedDocument';

type FileMessage = PreparedFileMessage;

export interface WorkerReading {
  /** Resolves when every worker has stopped: true if it was because of a cancel. */
  finished: Promise<boolean>;
  cancel(): void;
  /** Asks the workers to stop reading after the group at hand, until `resume`: the results wait unread. */
  pause(): void;
  resume(): void;
}

/** Below this many files per worker, starting another worker costs more than it saves. */
const FILES_PER_EXTRA_WORKER = 200;
const MAX_WORKERS = 4;

/**
 * The cores left once the search worker has its own: it analyses every text as it comes, a core's
 * worth of work through an import. On two cores a second import worker only took turns with it,
 * and cost its own compiling and collecting: ANT imported in the same time or less with one
 * (10.3 / 10.2 / 10.8 s against 10.7 / 10.7 / 10.4 s), with 0.5 to 1 s less CPU.
 */
function coresBesidesSearch(): number {
  return Math.max(1, availableParallelism() - 1);
}

/**
 * Reads and parses files in import workers, one for each core but the search worker's, and hands
 * each file's result to `onFile` in the order of `files` whatever worker finishes first, so which
 * of two identical texts counts as the original never depends on timing.
 */
export function readFilesInWorkers(
  files: string[],
  options: { maxFileBytes: number; textsDir?: string },
  onFile: (message: FileMessage) => void,
): WorkerReading {
  const { maxFileBytes, textsDir } = options;
  const count = Math.max(
    1,
    Math.min(MAX_WORKERS, coresBesidesSearch(), Math.ceil(files.length / FILES_PER_EXTRA_WORKER)),
  );
  const workers = Array.from({ length: count }, () => new Worker(resolveWorkerUrl('import')));
  const waiting = new Map<number, FileMessage>();
  let next = 0;
  let cancelled = false;

  const deliverInOrder = () => {
    for (let message = waiting.get(next); message; message = waiting.get(next)) {
      waiting.delete(next++);
      onFile(message);
    }
  };

  const finished = Promise.all(
    workers.map(
      (worker, slot) =>
        new Promise<boolean>((resolve, reject) => {
          worker.on('error', reject);
          worker.on('exit', (code) => reject(new Error(`import worker stopped with exit code ${code}`)));
          worker.on('message', (message: ImportWorkerMessage) => {
            if (message.type === 'finished') return resolve(message.cancelled);
            for (const file of message.files) waiting.set(file.index, file);
            deliverInOrder();
          });
          const share = files.flatMap((path, index) => (index % count === slot ? [{ index, path }] : []));
          worker.postMessage({ type: 'start', files: share, maxFileBytes, textsDir } satisfies ImportWorkerCommand);
        }),
    ),
  )
    .then((stopped) => {
      // After a cancel, files read past a gap are still consistent results: keep them, in order.
      for (const index of [...waiting.keys()].sort((a, b) => a - b)) onFile(waiting.get(index) as FileMessage);
      waiting.clear();
      return cancelled || stopped.some(Boolean);
    })
    .finally(() =>
      Promise.all(
        workers.map((worker) => {
          worker.removeAllListeners('exit');
          return worker.terminate();
        }),
      ),
    );

  const tell = (command: ImportWorkerCommand) => {
    for (const worker of workers) worker.postMessage(command);
  };

  return {
    finished,
    cancel() {
      cancelled = true;
      tell({ type: 'cancel' });
    },
    pause: () => tell({ type: 'pause' }),
    resume: () => tell({ type: 'resume' }),
  };
}
