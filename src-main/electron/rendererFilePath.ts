import { join, resolve, sep } from 'node:path';
import { appHost } from './appScheme';

/**
 * The file of the built renderer that an app-scheme URL names, or undefined for a URL that names no
 * file inside `rendererDir` (another host, `..` climbing out, a NUL byte).
 */
export function rendererFilePath(rawUrl: string, rendererDir: string): string | undefined {
  let url: URL;
  let pathname: string;
  try {
    url = new URL(rawUrl);
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (url.host !== appHost || pathname.includes('\0')) return undefined;
  const root = resolve(rendererDir);
  const relativePath = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const filePath = resolve(join(root, relativePath));
  return filePath.startsWith(root + sep) ? filePath : undefined;
}
