import type { Workbench } from '../services/workbench';
import type { CliOptions } from './cliOptions';
import type { CliMessages } from './messages';

/** What every command gets: its options, the messages in the user's language, and its streams. */
export interface CliContext {
  options: CliOptions;
  messages: CliMessages;
  openWorkbench(): Promise<Workbench>;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadableStream;
}

export function writeLine(stream: NodeJS.WritableStream, line: string): void {
  stream.write(`${line}\n`);
}
