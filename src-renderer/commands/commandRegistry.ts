/**
 * The workbench's keyboard commands in one table. A command belongs to a scope: a pane's id, or
 * `GLOBAL_SCOPE`. A key goes first to the commands of the focused pane, then to the global ones, so
 * with four panes open F3 moves the hits of the pane being read, not of all four. Commands can also
 * be run by id (from a menu or a button), which replaces the focus "signal" counters passed as props.
 */

export const GLOBAL_SCOPE = 'global';

/** What a key press is matched on; a KeyboardEvent satisfies it. */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export interface KeyChord {
  /** Matched on `event.key`, case-insensitively ("F3", "Escape", "f"). */
  key?: string;
  /** Matched on `event.code`, the key's position, so letters work on an Arabic layout too ("KeyH"). */
  code?: string;
  /** Ctrl or ⌘ held (true), not held (false, the default). */
  mod?: boolean;
  /** Shift held (true), not held (false), either (undefined, the default). */
  shift?: boolean;
}

export interface Command<E extends KeyPress = KeyPress> {
  id: string;
  scope: string;
  keys: readonly KeyChord[];
  /** Whether the command applies now; when it does not, the key falls through to the next scope. */
  when?(event: E | undefined): boolean;
  run(event: E | undefined): void;
}

export function chordMatches(chord: KeyChord, event: KeyPress): boolean {
  if (event.altKey) return false;
  if (chord.key !== undefined && chord.key.toLowerCase() !== event.key.toLowerCase()) return false;
  if (chord.code !== undefined && chord.code !== event.code) return false;
  if ((chord.mod ?? false) !== (event.ctrlKey || event.metaKey)) return false;
  if (chord.shift !== undefined && chord.shift !== event.shiftKey) return false;
  return true;
}

export class CommandRegistry<E extends KeyPress = KeyPress> {
  private commands: Command<E>[] = [];

  /** Adds a command; the returned function removes it. The latest registration of an id in a scope wins. */
  register(command: Command<E>): () => void {
    this.commands.push(command);
    return () => {
      this.commands = this.commands.filter((each) => each !== command);
    };
  }

  /** The command a key press runs when `focusedScope` has the focus, if any. */
  commandForKey(event: E, focusedScope: string | undefined): Command<E> | undefined {
    for (const scope of this.scopeOrder(focusedScope)) {
      const found = this.latest(
        (command) =>
          command.scope === scope &&
          command.keys.some((chord) => chordMatches(chord, event)) &&
          (command.when?.(event) ?? true),
      );
      if (found) return found;
    }
    return undefined;
  }

  /** Runs the command a key press asks for; true when one ran (the caller then prevents the default). */
  handleKey(event: E, focusedScope: string | undefined): boolean {
    const command = this.commandForKey(event, focusedScope);
    command?.run(event);
    return command !== undefined;
  }

  /** Runs a command by id, in the focused scope first, then globally; true when one ran. */
  run(id: string, focusedScope: string | undefined): boolean {
    for (const scope of this.scopeOrder(focusedScope)) {
      const found = this.latest(
        (command) => command.scope === scope && command.id === id && (command.when?.(undefined) ?? true),
      );
      if (found) {
        found.run(undefined);
        return true;
      }
    }
    return false;
  }

  private scopeOrder(focusedScope: string | undefined): string[] {
    return focusedScope && focusedScope !== GLOBAL_SCOPE ? [focusedScope, GLOBAL_SCOPE] : [GLOBAL_SCOPE];
  }

  private latest(test: (command: Command<E>) => boolean): Command<E> | undefined {
    for (let index = this.commands.length - 1; index >= 0; index--) {
      const command = this.commands[index]!;
      if (test(command)) return command;
    }
    return undefined;
  }
}
