import { parentPort } from 'node:worker_threads';
import { SearchHost } from '../search/searchHost';
import { searchWorkerMethods } from './searchWorkerMethods';
import { serveRpc } from './workerRpc';

/** Hosts the search index off the main thread: building it over a large corpus takes seconds. */
const port = parentPort;
if (!port) throw new Error('search.worker must run as a worker thread');

serveRpc(port, searchWorkerMethods(new SearchHost()));
