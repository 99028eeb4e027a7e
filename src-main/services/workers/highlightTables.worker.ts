import { parentPort, workerData } from 'node:worker_threads';
import { refreshHighlightTables } from '../search/tables/keepHighlightTables';

/**
 * Brings a project's highlights' tables up to date once and ends (see `refreshHighlightTablesInWorker`):
 * reading and indexing ten thousand highlights takes over a second, which the app's main thread
 * must not spend, and the annotations read for it leave with this thread.
 */
const port = parentPort;
if (!port) throw new Error('highlightTables.worker must run as a worker thread');

port.postMessage(await refreshHighlightTables((workerData as { projectDir: string }).projectDir));
