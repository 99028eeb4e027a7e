import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ProjectInfo } from '../../src-main/api/types';
import { useApi } from '../api/ApiContext';
import { useApiEvent } from '../api/useApiEvent';

interface ProjectInfoValue {
  info: ProjectInfo;
  /** Increments whenever the library changed, so views that page through it start over. */
  libraryGeneration: number;
}

const ProjectInfoContext = createContext<ProjectInfoValue | null>(null);

export function ProjectInfoProvider({ initial, children }: { initial: ProjectInfo; children: ReactNode }) {
  const api = useApi();
  const [value, setValue] = useState<ProjectInfoValue>({ info: initial, libraryGeneration: 0 });

  const refresh = useCallback(() => {
    api.call('project.info', {}).then(
      (info) => setValue((current) => ({ info, libraryGeneration: current.libraryGeneration + 1 })),
      (error: unknown) => console.error('project.info failed', error),
    );
  }, [api]);

  useApiEvent('library.changed', refresh);
  // A transport may deliver the report without a separate change event; refreshing twice is harmless.
  useApiEvent('import.done', refresh);
  useEffect(() => setValue((current) => ({ ...current, info: initial })), [initial]);

  return <ProjectInfoContext.Provider value={value}>{children}</ProjectInfoContext.Provider>;
}

export function useProjectInfo(): ProjectInfoValue {
  const value = useContext(ProjectInfoContext);
  if (!value) throw new Error('useProjectInfo outside <ProjectInfoProvider>');
  return value;
}
