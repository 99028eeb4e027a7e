import { createContext, useContext, useReducer, type Dispatch, type ReactNode } from 'react';
import { initialWorkbenchState, workbenchReducer, type WorkbenchAction, type WorkbenchState } from './workbenchState';

const WorkbenchContext = createContext<{ state: WorkbenchState; dispatch: Dispatch<WorkbenchAction> } | null>(null);

export function WorkbenchProvider({ children }: { children: ReactNode }) {
  const [state, dispatch] = useReducer(workbenchReducer, initialWorkbenchState);
  return <WorkbenchContext.Provider value={{ state, dispatch }}>{children}</WorkbenchContext.Provider>;
}

export function useWorkbench() {
  const value = useContext(WorkbenchContext);
  if (!value) throw new Error('useWorkbench outside <WorkbenchProvider>');
  return value;
}
