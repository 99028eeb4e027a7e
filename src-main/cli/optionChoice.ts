import { CliError } from './cliError';
import type { CliContext } from './cliContext';

/** The value of an option that takes one of a few words, or a one-line refusal listing them. */
export function optionChoice<T extends string>(
  context: CliContext,
  option: string,
  value: string,
  choices: readonly T[],
): T {
  if (!(choices as readonly string[]).includes(value)) {
    throw new CliError(context.messages.badChoice(option, value, choices.join('|')), 1);
  }
  return value as T;
}
