import { extname, join, resolve, sep } from 'node:path';
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

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** Chromium refuses module scripts without a JavaScript type, so the type is set, never guessed. */
export function rendererContentType(filePath: string): string {
  return contentTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}
