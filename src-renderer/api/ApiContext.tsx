import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClient } from '../../src-main/api/types';
import type { ApiTransport } from './createApiClient';
import type { Uploader } from './createHttpUploader';

interface ApiContextValue {
  client: ApiClient;
  transport: ApiTransport;
  uploader?: Uploader;
}

const ApiContext = createContext<ApiContextValue | null>(null);

export function ApiProvider({ client, transport, uploader, children }: ApiContextValue & { children: ReactNode }) {
  return <ApiContext.Provider value={{ client, transport, uploader }}>{children}</ApiContext.Provider>;
}

export function useApiContext(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi outside <ApiProvider>');
  return value;
}

export function useApi(): ApiClient {
  return useApiContext().client;
}
