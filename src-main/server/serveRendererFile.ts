import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, relative, resolve, sep } from 'node:path';
import { rendererContentType } from '../services/rendererFiles/rendererContentType';
import { sendText } from './sendJson';

/**
 * The build names every file under `assets/` after its content's hash, so a reload may take them
 * from the browser's cache for good instead of asking a main thread that may be opening the
 * project. The page itself is asked again each time, as it names the files of the build served now.
 */
function cacheControl(root: string, filePath: string): string {
  const [folder] = relative(root, filePath).split(sep);
  return folder === 'assets' ? 'private, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Serves one file of the built renderer (`out/renderer`). The request path is resolved inside
 * `rendererDir` and anything that would land outside it (`..`, encoded or not) is not found, so the
 * token cannot be used to read arbitrary files.
 */
export async function serveRendererFile(
  request: IncomingMessage,
  response: ServerResponse,
  rendererDir: string,
  pathname: string,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendText(response, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });
    return;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    sendText(response, 400, 'Malformed path.');
    return;
  }
  const root = resolve(rendererDir);
  const relativePath = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const filePath = resolve(join(root, relativePath));
  if (decoded.includes('\0') || !filePath.startsWith(root + sep)) {
    sendText(response, 404, 'Not found.');
    return;
  }
  const fileStat = await stat(filePath).catch(() => undefined);
  if (!fileStat?.isFile()) {
    const hint =
      relativePath === 'index.html' ? `The renderer is not built in ${root}: run "npm run build" first.` : 'Not found.';
    sendText(response, 404, hint);
    return;
  }
  const body = await readFile(filePath);
  response.writeHead(200, {
    'Content-Type': rendererContentType(filePath),
    'Content-Length': body.length,
    'Cache-Control': cacheControl(root, filePath),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}
