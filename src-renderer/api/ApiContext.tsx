import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClient } from '../../src-main/api/types';
import type { ApiTransport } from './createApiClient';

interface ApiContextValue {
  client: ApiClient;
  transport: ApiTransport;
}

const ApiContext = createContext<ApiContextValue | null>(null);

export function ApiProvider({ client, transport, children }: ApiContextValue & { children: ReactNode }) {
  return <ApiContext.Provider value={{ client, transport }}>{children}</ApiContext.Provider>;
}

export function useApiContext(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi outside <ApiProvider>');
  return value;
}

export function useApi(): ApiClient {
  return useApiContext().client;
}
