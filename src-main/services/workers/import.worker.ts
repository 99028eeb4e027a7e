import { setImmediate as nextTurn } from 'node:timers/promises';
import { parentPort } from 'node:worker_threads';
import { prepareFile } from '../import/prepareFile';
import type {
  ImportWorkerCommand,
  ImportWorkerMessage,
  PostedDocument,
  PreparedDocument,
  PreparedFileMessage,
} from '../import/preparedDocument';
import { TextStore } from '../project/textStore';
import { nodeErrorCode } from '../persistence/nodeErrorCode';
import { readBehindTheIndex } from './readBehindTheIndex';
import { textBuffers, textUnits } from './textUnits';

/**
 * Reads, decodes, parses, checks and stores files off the main thread, so the main process stays
 * responsive and can stop the work between two files. Storing texts here, where the text already
 * is, spares the main thread tens of thousands of file writes (most of its time in a large import).
 * A stored text is part of the project only once the library names it, so storing the text of a
 * report the main thread then finds to be a duplicate costs nothing: texts are stored by content.
 * Results are sent in groups, at most FILES_PER_MESSAGE files or MESSAGE_INTERVAL_MS old, so the
 * main thread gets few large messages yet never waits long for the next files; a group's texts are
 * stored together, with one append, just before the group is sent.
 */
const FILES_PER_MESSAGE = 64;
const MESSAGE_INTERVAL_MS = 50;

const port = parentPort;
if (!port) throw new Error('import.worker must run as a worker thread');
readBehindTheIndex();

let cancelled = false;
/** Set while paused: resolves when reading may go on (a resume, or a cancel). */
let paused: { until: Promise<void>; go: () => void } | undefined;
const post = (message: ImportWorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

/** Files as prepared, their texts still strings: stored as such, then posted as code units. */
type PreparedFiles = PreparedFileMessage<PreparedDocument>[];

/** Ends a pause, if there is one. */
function goOn(): void {
  paused?.go();
  paused = undefined;
}

port.on('message', async (command: ImportWorkerCommand) => {
  if (command.type === 'cancel') {
    cancelled = true;
    goOn();
    return;
  }
  if (command.type === 'pause') {
    if (!paused) {
      let go = () => {};
      const until = new Promise<void>((resolve) => (go = resolve));
      paused = { until, go };
    }
    return;
  }
  if (command.type === 'resume') {
    goOn();
    return;
  }
  const texts = command.textsDir === undefined ? undefined : new TextStore(command.textsDir);
  const send = (prepared: PreparedFiles) => {
    if (texts) storeGroup(texts, prepared);
    const files = prepared.map(posted);
    post({ type: 'files', files }, textBuffers(files.flatMap((file) => file.documents.map(({ text }) => text))));
  };
  let group: PreparedFiles = [];
  let groupStarted = performance.now();
  for (const { index, path } of command.files) {
    if (cancelled) break;
    const { documents, errors } = await prepareFile(path, command.maxFileBytes);
    group.push({ index, path, errors, documents });
    if (group.length >= FILES_PER_MESSAGE || performance.now() - groupStarted >= MESSAGE_INTERVAL_MS) {
      send(group);
      group = [];
      groupStarted = performance.now();
      // Reading is synchronous: let a cancel or a pause that has arrived meanwhile be seen.
      await nextTurn();
      if (paused) await paused.until;
    }
  }
  if (group.length > 0) send(group);
  post({ type: 'finished', cancelled });
});

/**
 * Stores the texts of a group of files before the group is posted (the main thread then saves a
 * library naming them), in one append. If that fails, stores them again file by file to find the
 * first text that cannot be stored: that file says why and keeps the documents before it, and the
 * files after it keep none, so no report reaches the library without its text.
 */
function storeGroup(texts: TextStore, group: PreparedFiles): void {
  try {
    texts.writeMany(group.flatMap((file) => file.documents));
    return;
  } catch {
    // Found again, with the file it belongs to, below.
  }
  let failed = false;
  for (const [n, file] of group.entries()) {
    if (failed) {
      group[n] = { ...file, documents: [] };
      continue;
    }
    const stored = store(texts, file.documents);
    group[n] = { ...file, ...stored };
    failed = stored.storeFailure !== undefined;
  }
}

/** Stores the documents' texts in order, up to the first that cannot be stored. */
function store(
  texts: TextStore,
  documents: PreparedDocument[],
): Pick<PreparedFileMessage<PreparedDocument>, 'documents' | 'storeFailure'> {
  for (const [position, document] of documents.entries()) {
    try {
      texts.write(document.sha256, document.text);
    } catch (error) {
      return {
        documents: documents.slice(0, position),
        storeFailure: {
          message: error instanceof Error ? error.message : String(error),
          code: nodeErrorCode(error),
        },
      };
    }
  }
  return { documents };
}

/** A file as posted: its documents' texts as code units, in one buffer the message transfers. */
function posted(file: PreparedFileMessage<PreparedDocument>): PreparedFileMessage {
  const units = textUnits(file.documents.map(({ text }) => text));
  const documents = file.documents.map((document, n): PostedDocument => ({ ...document, text: units[n]! }));
  return { ...file, documents };
}
