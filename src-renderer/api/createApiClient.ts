import type { ApiClient } from '../../src-main/api/types';
import { createBridgeClient } from './createBridgeClient';
import { createHttpClient } from './createHttpClient';
import { findBridge } from './qarinBridge';

export type ApiTransport = 'electron' | 'http';

export interface ConnectedClient {
  client: ApiClient;
  transport: ApiTransport;
}

/**
 * Electron's preload bridge when the page runs in the desktop app; otherwise the HTTP bridge of
 * `qarin serve`, authenticated with the token the CLI put in the page's URL.
 */
export function createApiClient(): ConnectedClient {
  const bridge = findBridge();
  if (bridge) return { client: createBridgeClient(bridge), transport: 'electron' };
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  return { client: createHttpClient(token), transport: 'http' };
}
