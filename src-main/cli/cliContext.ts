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
}

/** What every command gets: its options, the messages in the user's language, and its streams. */
export interface CliContext {
  options: CliOptions;
  messages: CliMessages;
  transports: CliTransports;
  openWorkbench(): Promise<Workbench>;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadableStream;
}

export function writeLine(stream: NodeJS.WritableStream, line: string): void {
  stream.write(`${line}\n`);
}
