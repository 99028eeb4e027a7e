import { Worker } from 'node:worker_threads';
import { resolveWorkerUrl } from '../workers/resolveWorkerUrl';
import type { ClustersFromDiskParams } from './clustersFromDisk';

/**
 * `clustersFromDisk` in a thread of its own that ends with the answer. Over ANT, computing the
 * clusters in the search worker left its signatures (about 80 MB) and the garbage of the
 * computation in that long-lived thread, and a process's resident memory does not shrink back
 * after such a peak; a thread that ends takes its heap with it. Undefined: the tables on disk are
 * not of the corpus asked about.
 */
export function clustersInWorker(params: ClustersFromDiskParams): Promise<string[][] | undefined> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(resolveWorkerUrl('clusters'), { workerData: params });
    let answer: { groups: string[][] | undefined } | undefined;
    worker.once('message', (groups: string[][] | undefined) => (answer = { groups }));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (answer) resolve(answer.groups);
      else reject(new Error(`The clusters worker ended (code ${code}) without an answer.`));
    });
  });
}
