import { createContext, useContext, useEffect, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { useWorkbench } from '../app/WorkbenchContext';
import { focusedPane } from '../app/workbenchState';
import { CommandRegistry, type KeyChord } from './commandRegistry';

interface Commands {
  registry: CommandRegistry<KeyboardEvent>;
  /** Runs a command by id in the focused pane, else globally. */
  run(id: string): boolean;
}

const CommandContext = createContext<Commands | null>(null);

/** Owns the one window key listener of the workbench and routes each key to the focused pane's commands. */
export function CommandProvider({ children }: { children: ReactNode }) {
  const { state } = useWorkbench();
  const focusedScope = useRef<string | undefined>(undefined);
  focusedScope.current = focusedPane(state)?.id;
  const value = useMemo<Commands>(() => {
    const registry = new CommandRegistry<KeyboardEvent>();
    return { registry, run: (id) => registry.run(id, focusedScope.current) };
  }, []);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented) return;
      if (value.registry.handleKey(event, focusedScope.current)) event.preventDefault();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [value]);

  return <CommandContext.Provider value={value}>{children}</CommandContext.Provider>;
}

export function useCommands(): Commands {
  const value = useContext(CommandContext);
  if (!value) throw new Error('useCommands outside <CommandProvider>');
  return value;
}

interface CommandSpec {
  keys?: readonly KeyChord[];
  when?(event: KeyboardEvent | undefined): boolean;
  run(event: KeyboardEvent | undefined): void;
}

/**
 * Registers a command for as long as the component lives. The latest `when` and `run` are always
 * used, so callers can pass inline functions without re-registering on every render.
 */
export function useCommand(scope: string, id: string, spec: CommandSpec): void {
  const { registry } = useCommands();
  const latest = useRef(spec);
  useLayoutEffect(() => {
    latest.current = spec;
  });
  const keys = JSON.stringify(spec.keys ?? []);
  useEffect(
    () =>
      registry.register({
        id,
        scope,
        keys: JSON.parse(keys) as KeyChord[],
        when: (event) => latest.current.when?.(event) ?? true,
        run: (event) => latest.current.run(event),
      }),
    [registry, scope, id, keys],
  );
}
