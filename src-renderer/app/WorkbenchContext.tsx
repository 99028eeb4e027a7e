import { createContext, useContext, useReducer, useRef, type Dispatch, type ReactNode, type RefObject } from 'react';
import { initialWorkbenchState, workbenchReducer, type WorkbenchAction, type WorkbenchState } from './workbenchState';

interface WorkbenchContextValue {
  state: WorkbenchState;
  dispatch: Dispatch<WorkbenchAction>;
  /**
   * The latest query the search panel answered; a report opened from the library paints its hits.
   * A ref, not state: it changes on every search, and nothing needs to re-render when it does.
   */
  lastSearchQuery: RefObject<string>;
}

const WorkbenchContext = createContext<WorkbenchContextValue | null>(null);

export function WorkbenchProvider({ children }: { children: ReactNode }) {
  const [state, dispatch] = useReducer(workbenchReducer, initialWorkbenchState);
  const lastSearchQuery = useRef('');
  return <WorkbenchContext.Provider value={{ state, dispatch, lastSearchQuery }}>{children}</WorkbenchContext.Provider>;
}

export function useWorkbench(): WorkbenchContextValue {
  const value = useContext(WorkbenchContext);
  if (!value) throw new Error('useWorkbench outside <WorkbenchProvider>');
  return value;
}
