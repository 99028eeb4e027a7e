import type { ApiClient } from '../../src-main/api/types';
import { createBridgeClient } from './createBridgeClient';
import { createHttpClient } from './createHttpClient';
import { createHttpUploader, type Uploader } from './createHttpUploader';
import { findBridge } from './qarinBridge';
import { takeSessionToken } from './sessionToken';

export type ApiTransport = 'electron' | 'http';

export interface ConnectedClient {
  client: ApiClient;
  transport: ApiTransport;
  /** In the browser only: files are uploaded to the server, which cannot see the browser's paths. */
  uploader?: Uploader;
}

/**
 * Electron's preload bridge when the page runs in the desktop app; otherwise the HTTP bridge of
 * `qarin serve`, authenticated with the token the CLI put in the page's URL (then kept in the tab).
 */
export function createApiClient(): ConnectedClient {
  const bridge = findBridge();
  if (bridge) return { client: createBridgeClient(bridge), transport: 'electron' };
  const token = takeSessionToken();
  return { client: createHttpClient(token), transport: 'http', uploader: createHttpUploader(token) };
}
