import { useCallback, useEffect, useState } from 'react';
import type { ProjectInfo, Settings } from '../../src-main/api/types';
import { ApiProvider } from '../api/ApiContext';
import { CommandProvider } from '../commands/CommandContext';
import type { ConnectedClient } from '../api/createApiClient';
import { dictionaries } from '../i18n/dictionaries';
import { ProjectInfoProvider } from '../project/ProjectInfoContext';
import { defaultSettings, SettingsProvider } from '../settings/SettingsContext';
import { QueryCacheProvider } from '../shared/QueryCacheContext';
import { NoticeProvider } from './NoticeContext';
import { QueryInvalidation } from './QueryInvalidation';
import { Workbench } from './Workbench';
import { WorkbenchProvider } from './WorkbenchContext';

type Startup =
  | { status: 'loading' }
  | { status: 'ready'; settings: Settings; info: ProjectInfo }
  | { status: 'failed'; reason: string };

/** Loads settings and project facts before the first paint of the workbench, so it never flashes in the wrong language. */
export function Bootstrap({ connection }: { connection: ConnectedClient }) {
  const [startup, setStartup] = useState<Startup>({ status: 'loading' });

  const load = useCallback(() => {
    setStartup({ status: 'loading' });
    Promise.all([connection.client.call('settings.get', {}), connection.client.call('project.info', {})]).then(
      ([settings, info]) => setStartup({ status: 'ready', settings, info }),
      (error: unknown) =>
        setStartup({ status: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
  }, [connection]);

  useEffect(load, [load]);

  if (startup.status !== 'ready') {
    const t = dictionaries[defaultSettings.language];
    return (
      <div className="startup" role={startup.status === 'failed' ? 'alert' : 'status'}>
        <div className="empty-mark" aria-hidden="true" data-mark="قارِن" />
        {startup.status === 'loading' ? (
          <p>{t.loading}</p>
        ) : (
          <>
            <p className="error-text">{t.connectionFailed(startup.reason)}</p>
            <p className="error-text" lang="en" dir="ltr">
              {dictionaries.en.connectionFailed(startup.reason)}
            </p>
            <button type="button" className="button" onClick={load}>
              {t.retry}
            </button>
          </>
        )}
      </div>
    );
  }

  return (
    <ApiProvider client={connection.client} transport={connection.transport} uploader={connection.uploader}>
      <SettingsProvider initial={startup.settings}>
        <ProjectInfoProvider initial={startup.info}>
          <QueryCacheProvider>
            <QueryInvalidation />
            <NoticeProvider>
              <WorkbenchProvider>
                <CommandProvider>
                  <Workbench />
                </CommandProvider>
              </WorkbenchProvider>
            </NoticeProvider>
          </QueryCacheProvider>
        </ProjectInfoProvider>
      </SettingsProvider>
    </ApiProvider>
  );
}
