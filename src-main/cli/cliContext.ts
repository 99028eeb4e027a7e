import type { OneShotSearch } from '../services/search/oneShotSearch';
import type { Workbench } from '../services/workbench';
import type { CliOptions } from './cliOptions';
import type { CliMessages } from './messages';

/** A server of the contract over HTTP, started for `qarin serve`; the HTTP transport provides it. */
export type StartBrowserMode = (options: {
  workbench: Workbench;
  port: number;
  rendererDir: string;
  /** Folders the page may import typed paths from; otherwise it imports only what it uploads. */
  allowImportFrom: readonly string[];
}) => Promise<{ url: string; close(): Promise<void> }>;

/** Other transports the command line starts but, by the layering rules, may not import itself. */
export interface CliTransports {
  startBrowserMode: StartBrowserMode;
  /** The built interface that `qarin serve` serves (out/renderer), wherever the launcher runs from. */
  rendererDir: string;
}

/** What every command gets: its options, the messages in the user's language, and its streams. */
export interface CliContext {
  options: CliOptions;
  messages: CliMessages;
  transports: CliTransports;
  /** The project folder the command works on (`--project`, else the app's). */
  projectDir: string;
  openWorkbench(): Promise<Workbench>;
  /** The project's on-disk search tables, or undefined when the workbench must be opened instead. */
  openOneShotSearch(): Promise<OneShotSearch | undefined>;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadableStream;
}

/** Once the reader of a pipe has gone (`qarin search … | head -3`), output is dropped, not an error. */
export function writeLine(stream: NodeJS.WritableStream, line: string): void {
  if (isClosed(stream)) return;
  stream.write(`${line}\n`);
}

export function isClosed(stream: NodeJS.WritableStream): boolean {
  return (stream as { destroyed?: boolean }).destroyed === true;
}

/**
 * A closed pipe (EPIPE) ends the output quietly: the stream is destroyed, later writes are skipped,
 * and the command finishes its work without a stack trace. Other write errors still surface.
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.WritableStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
    throw error;
  });
}
