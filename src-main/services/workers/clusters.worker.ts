import { parentPort, workerData } from 'node:worker_threads';
import { clustersFromDisk, type ClustersFromDiskParams } from '../similarity/clustersFromDisk';

/**
 * Computes story clusters once and ends (see `clustersInWorker`): the signatures and the garbage
 * of computing them leave with this thread instead of staying in the search worker.
 */
const port = parentPort;
if (!port) throw new Error('clusters.worker must run as a worker thread');

port.postMessage(await clustersFromDisk(workerData as ClustersFromDiskParams));
